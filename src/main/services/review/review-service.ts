import {
  ApiError,
  type AnswerResult,
  type ExportResult,
  type IntervalPreview,
  type Rating,
  type ReviewQueue,
  type ReviewScope,
  type SchedulerSettings,
  type UndoResult
} from '@shared/api'
import { writeText } from '../cards/user-files'
import type { Db } from '../db/open'
import { QueueBuilder } from './queue'
import { ReviewItems } from './review-item'
import { reviewLogCsv } from './review-log-csv'
import type { ReviewSettings } from './review-settings'
import { Scheduler, stateName, type FaceMemory, type FaceRow, type ReviewLogRow } from './scheduler'

export interface Answer {
  key: string
  rating: Rating
  durationMs?: number
  reps?: number
  scope?: ReviewScope
}

/** Reviewing: today's queue, answers and their undo, each answer written in one transaction. */
export class ReviewService {
  private readonly scheduler: Scheduler
  private readonly items: ReviewItems
  private readonly queues: QueueBuilder
  private readonly faceStmt
  private readonly writeFaceStmt
  private readonly insertLogStmt

  constructor(
    private readonly db: Db,
    private readonly settings: ReviewSettings,
    private readonly now: () => number = Date.now
  ) {
    this.scheduler = new Scheduler(settings.get())
    this.items = new ReviewItems(db)
    this.queues = new QueueBuilder(db, this.items)
    this.faceStmt = db.prepare<[string], FaceRow>('SELECT * FROM faces WHERE key = ?')
    this.writeFaceStmt = db.prepare(
      `UPDATE faces SET state = @state, due = @due, stability = @stability, difficulty = @difficulty,
         elapsed_days = @elapsed_days, scheduled_days = @scheduled_days, learning_steps = @learning_steps,
         reps = @reps, lapses = @lapses, last_review = @last_review
       WHERE id = @id`
    )
    this.insertLogStmt = db.prepare(
      `INSERT INTO review_log (card_key, rating, state, due, stability, difficulty, elapsed_days, last_elapsed_days,
         scheduled_days, learning_steps, review_time, duration_ms, prev_due)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
    )
  }

  /** ts-fsrs set up with the current settings (shared with the card views for retrievability). */
  currentScheduler(): Scheduler {
    return this.scheduler.use(this.settings.get())
  }

  queue(scope: ReviewScope = {}): ReviewQueue {
    return this.queues.build(scope, this.settings.get(), this.currentScheduler(), this.now())
  }

  /** Answers a face and replies with what the review screen shows next. */
  answer({ key, rating, durationMs, reps, scope = {} }: Answer): AnswerResult {
    const { reviewId, memory, now } = this.record({ key, rating, durationMs, reps })
    return {
      ...this.queue(scope),
      reviewId,
      answered: { key, state: stateName(memory.state), due: memory.due, intervalMs: memory.due - now }
    }
  }

  /** Schedules the face with ts-fsrs and writes its new state and its log row in one transaction. */
  record({ key, rating, durationMs, reps }: Omit<Answer, 'scope'>): { reviewId: number; memory: FaceMemory; now: number } {
    const now = this.now()
    return this.db.transaction(() => {
      const face = this.requireFace(key)
      if (face.suspended === 1 || face.retired === 1) throw new ApiError('invalid-request', `Card ${key} is suspended or retired.`)
      if (reps !== undefined && reps !== face.reps) {
        throw new ApiError('invalid-request', `Card ${key} was already answered (reps ${face.reps}, not ${reps}).`)
      }
      const { memory, log } = this.currentScheduler().answer(face, rating, now)
      this.writeFaceStmt.run({ ...memory, id: face.id })
      const { lastInsertRowid } = this.insertLogStmt.run(
        key,
        log.rating,
        log.state,
        log.due.getTime(),
        log.stability,
        log.difficulty,
        log.elapsed_days,
        log.last_elapsed_days,
        log.scheduled_days,
        log.learning_steps,
        log.review.getTime(),
        durationMs ?? null,
        face.due
      )
      return { reviewId: Number(lastInsertRowid), memory, now }
    })()
  }

  /** Restores the face of the last answer exactly and removes that answer's log row. */
  undo(scope: ReviewScope = {}): UndoResult {
    const { face, reviewId } = this.db.transaction(() => {
      const log = this.db.prepare<[], ReviewLogRow>('SELECT * FROM review_log ORDER BY id DESC LIMIT 1').get()
      if (!log) throw new ApiError('invalid-request', 'There is no answer to undo.')
      const face = this.faceStmt.get(log.card_key)
      if (!face) throw new ApiError('not-found', `The card of the last answer (${log.card_key}) was deleted.`)
      if (face.last_review !== log.review_time) {
        throw new ApiError('invalid-request', `Card ${log.card_key} changed after its last answer; it cannot be undone.`)
      }
      const previous: FaceMemory = this.currentScheduler().rollback(face, log)
      this.writeFaceStmt.run({ ...previous, id: face.id })
      this.db.prepare('DELETE FROM review_log WHERE id = ?').run(log.id)
      return { face: { ...face, ...previous }, reviewId: log.id }
    })()
    const queue = this.queue(scope)
    return {
      ...queue,
      next: this.items.build(face, this.currentScheduler(), this.now()),
      undone: { key: face.key, reviewId }
    }
  }

  getSettings(): SchedulerSettings {
    return this.settings.get()
  }

  setSettings(changes: Partial<SchedulerSettings>): SchedulerSettings {
    return this.settings.set(changes)
  }

  /** The review log for the FSRS optimizer, written to `path` or returned as text. */
  exportLog(path?: string): ExportResult {
    const { text, count } = reviewLogCsv(this.db)
    if (path === undefined) return { count, path: null, text }
    writeText(path, text, ['.csv'])
    return { count, path, text: null }
  }

  preview(key: string): IntervalPreview[] {
    return this.currentScheduler().preview(this.requireFace(key), this.now())
  }

  private requireFace(key: string): FaceRow {
    const face = this.faceStmt.get(key)
    if (!face) throw new ApiError('not-found', `No card with key ${key}`)
    return face
  }
}
