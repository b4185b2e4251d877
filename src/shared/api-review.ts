// Reviewing cards with FSRS and the statistics of it, spread into api.ts.
import { z } from 'zod'
import { reviewScope, type CardType, type FaceState, type ReviewScope } from './api-cards'
import { folderPath } from './api-notes'

const key = z.string().min(1).max(220)
const step = z.string().regex(/^\d+(\.\d+)?[mhd]$/, 'a step is a number and m, h or d: 1m, 10m, 1d')

export const reviewRequests = {
  'review.queue': z.object({ scope: reviewScope.optional() }).strict(),
  'review.answer': z
    .object({
      key,
      /** 1 Again, 2 Hard, 3 Good, 4 Easy. */
      rating: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
      /** Time spent on the card, for the optimizer's review_duration. */
      durationMs: z.number().int().min(0).max(86_400_000).optional(),
      /** `reps` of the face as shown: a second answer to the same showing is refused. */
      reps: z.number().int().min(0).optional(),
      /** The queue the next card is taken from. */
      scope: reviewScope.optional()
    })
    .strict(),
  /** Undoes the last answer: the face and its review-log row are restored exactly. */
  'review.undo': z.object({ scope: reviewScope.optional() }).strict(),
  'review.preview': z.object({ key }).strict(),
  'review.getSettings': z.object({}).strict(),
  'review.setSettings': z
    .object({
      desiredRetention: z.number().min(0.7).max(0.99).optional(),
      newPerDay: z.number().int().min(0).max(9999).optional(),
      reviewsPerDay: z.number().int().min(0).max(99_999).optional(),
      learningSteps: z.array(step).max(10).optional(),
      relearningSteps: z.array(step).max(10).optional(),
      maximumInterval: z.number().int().min(1).max(36_500).optional(),
      fuzz: z.boolean().optional(),
      dayStartHour: z.number().int().min(0).max(23).optional()
    })
    .strict(),
  /** The review log as the FSRS optimizer reads it; without `path` the reply carries the text. */
  'review.exportLog': z.object({ path: folderPath.optional() }).strict(),
  'stats.summary': z
    .object({ scope: reviewScope.optional(), retentionDays: z.number().int().min(1).max(3650).optional() })
    .strict()
} as const

export type Rating = 1 | 2 | 3 | 4

export interface SchedulerSettings {
  /** Probability of recall FSRS aims for when a card comes back (default 0.90). */
  desiredRetention: number
  newPerDay: number
  reviewsPerDay: number
  learningSteps: string[]
  relearningSteps: string[]
  /** Days. */
  maximumInterval: number
  fuzz: boolean
  /** Local hour at which a new study day begins (as Anki: 4). */
  dayStartHour: number
}

export interface IntervalPreview {
  rating: Rating
  /** Epoch ms the card would come back. */
  due: number
  intervalMs: number
}

/** A face ready to show: its sides rendered for this face (cloze deletions hidden on the front). */
export interface ReviewItem {
  key: string
  cardId: string
  variant: string
  type: CardType
  /** Markdown of the question. */
  front: string
  /** Markdown of the answer side. */
  back: string
  tags: string[]
  state: FaceState
  reps: number
  lapses: number
  due: number
  retrievability: number | null
  courseId: string | null
  slideId: string | null
  slideIndex: number | null
  slideTitle: string | null
  /** Again, Hard, Good, Easy: what each button would give. */
  preview: IntervalPreview[]
}

export interface ReviewQueue {
  scope: ReviewScope
  /** What is left today, limits applied. */
  counts: { new: number; learning: number; review: number }
  next: ReviewItem | null
  /** When `next` is null but learning cards come back later today: the time of the first. */
  nextDueAt: number | null
  doneToday: { new: number; review: number; total: number }
  limits: { newPerDay: number; reviewsPerDay: number }
}

export interface AnswerResult extends ReviewQueue {
  reviewId: number
  answered: { key: string; state: FaceState; due: number; intervalMs: number }
}

export interface UndoResult extends ReviewQueue {
  /** The face shown again (it is also `next`). */
  undone: { key: string; reviewId: number }
}

export interface DayCount {
  /** Local study day, YYYY-MM-DD. */
  day: string
  count: number
}

export interface RetentionFigure {
  reviews: number
  passed: number
  /** passed / reviews; null without reviews. */
  rate: number | null
}

export interface StatsSummary {
  scope: ReviewScope
  /** Reviews per study day over the past 365 days (days without reviews omitted). */
  heatmap: DayCount[]
  /** Faces coming due on each of the next 30 days; the first day includes the overdue ones. */
  forecast: DayCount[]
  /** Reviews of learned cards (review state) not rated Again, over `days`; mature: interval ≥ 21 days. */
  retention: RetentionFigure & { days: number; mature: RetentionFigure }
  states: { new: number; learning: number; review: number; relearning: number; suspended: number; retired: number }
  /** Per chapter of each course: mean probability of recall of its studied faces. */
  mastery: {
    courseId: string
    chapterIndex: number
    title: string
    faces: number
    studied: number
    meanRetrievability: number | null
  }[]
}

export interface ReviewReplies {
  'review.queue': ReviewQueue
  'review.answer': AnswerResult
  'review.undo': UndoResult
  'review.preview': IntervalPreview[]
  'review.getSettings': SchedulerSettings
  'review.setSettings': SchedulerSettings
  'review.exportLog': { count: number; path: string | null; text: string | null }
  'stats.summary': StatsSummary
}
