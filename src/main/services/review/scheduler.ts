import {
  fsrs,
  generatorParameters,
  Rating as FsrsRating,
  State,
  type Card,
  type FSRS,
  type Grade,
  type ReviewLog,
  type StepUnit
} from 'ts-fsrs'
import type { FaceState, IntervalPreview, Rating, SchedulerSettings } from '@shared/api'

/** A row of `faces`: one reviewable side with its FSRS memory state (times in epoch ms). */
export interface FaceRow {
  id: number
  key: string
  card_id: string
  variant: string
  ord: number
  suspended: number
  retired: number
  state: number
  due: number
  stability: number
  difficulty: number
  elapsed_days: number
  scheduled_days: number
  learning_steps: number
  reps: number
  lapses: number
  last_review: number | null
}

/** The memory-state columns of `faces`, as written after an answer or an undo. */
export type FaceMemory = Pick<
  FaceRow,
  'state' | 'due' | 'stability' | 'difficulty' | 'elapsed_days' | 'scheduled_days' | 'learning_steps' | 'reps' | 'lapses' | 'last_review'
>

export interface ReviewLogRow {
  id: number
  card_key: string
  rating: number
  state: number
  due: number
  stability: number
  difficulty: number
  elapsed_days: number
  last_elapsed_days: number
  scheduled_days: number
  learning_steps: number
  review_time: number
  duration_ms: number | null
  prev_due: number
}

const stateNames: FaceState[] = ['new', 'learning', 'review', 'relearning']
export const stateName = (state: number): FaceState => stateNames[state] ?? 'new'
export const stateNumber = (state: FaceState): number => stateNames.indexOf(state)

function toFsrsCard(row: FaceMemory): Card {
  return {
    due: new Date(row.due),
    stability: row.stability,
    difficulty: row.difficulty,
    elapsed_days: row.elapsed_days,
    scheduled_days: row.scheduled_days,
    learning_steps: row.learning_steps,
    reps: row.reps,
    lapses: row.lapses,
    state: row.state as State,
    last_review: row.last_review === null ? undefined : new Date(row.last_review)
  }
}

function fromFsrsCard(card: Card): FaceMemory {
  return {
    state: card.state,
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    last_review: card.last_review ? card.last_review.getTime() : null
  }
}

function toFsrsLog(row: ReviewLogRow): ReviewLog {
  return {
    rating: row.rating as FsrsRating,
    state: row.state as State,
    due: new Date(row.due),
    stability: row.stability,
    difficulty: row.difficulty,
    elapsed_days: row.elapsed_days,
    last_elapsed_days: row.last_elapsed_days,
    scheduled_days: row.scheduled_days,
    learning_steps: row.learning_steps,
    review: new Date(row.review_time)
  }
}

/** ts-fsrs configured from the learner's settings, with FSRS-6 default weights. */
export class Scheduler {
  private engine: FSRS
  private settingsUsed: SchedulerSettings

  constructor(settings: SchedulerSettings) {
    this.settingsUsed = settings
    this.engine = build(settings)
  }

  /** Rebuilds the engine when the settings object changed (settings are replaced, never mutated). */
  use(settings: SchedulerSettings): this {
    if (settings !== this.settingsUsed) {
      this.settingsUsed = settings
      this.engine = build(settings)
    }
    return this
  }

  answer(face: FaceMemory, rating: Rating, now: number): { memory: FaceMemory; log: ReviewLog } {
    const { card, log } = this.engine.next(toFsrsCard(face), new Date(now), rating as Grade)
    return { memory: fromFsrsCard(card), log }
  }

  preview(face: FaceMemory, now: number): IntervalPreview[] {
    const outcomes = this.engine.repeat(toFsrsCard(face), new Date(now))
    return ([1, 2, 3, 4] as const).map((rating) => {
      const due = outcomes[rating as Grade].card.due.getTime()
      return { rating, due, intervalMs: due - now }
    })
  }

  /** The state before `log`'s answer: ts-fsrs' rollback, with the exact due date it cannot know. */
  rollback(face: FaceMemory, log: ReviewLogRow): FaceMemory {
    const previous = fromFsrsCard(this.engine.rollback(toFsrsCard(face), toFsrsLog(log)))
    return { ...previous, due: log.prev_due }
  }

  /** Probability of recall now; null for a face never reviewed. */
  retrievability(face: FaceMemory, now: number): number | null {
    if (face.state === State.New || face.last_review === null) return null
    return this.engine.get_retrievability(toFsrsCard(face), new Date(now), false)
  }
}

function build(settings: SchedulerSettings): FSRS {
  return fsrs(
    generatorParameters({
      request_retention: settings.desiredRetention,
      maximum_interval: settings.maximumInterval,
      enable_fuzz: settings.fuzz,
      enable_short_term: true,
      learning_steps: settings.learningSteps as StepUnit[],
      relearning_steps: settings.relearningSteps as StepUnit[]
    })
  )
}
