import { State as St } from 'ts-fsrs'
import type { ReviewQueue, ReviewScope, SchedulerSettings } from '@shared/api'
import type { Statement } from 'better-sqlite3'
import type { Db } from '../db/open'
import type { ReviewItems } from './review-item'
import type { FaceRow, Scheduler } from './scheduler'
import { studyDay } from './study-day'

/** Like Anki's learn-ahead limit: with nothing else left, a learning card due this soon is shown now. */
const learnAheadMs = 20 * 60_000

/**
 * Today's queue, computed from the database on every call so it survives a crash and
 * needs no session state:
 *   1. learning and relearning faces due now, earliest first;
 *   2. review faces due today, lowest retrievability first, within the daily review
 *      limit: after a long break the learner sees the most at-risk cards, not the oldest;
 *   3. new faces within the daily new limit, first faces of every card before siblings;
 *   4. learning faces due within the learn-ahead window.
 * Daily limits count answers in the review log since the study day began, across scopes.
 */
export class QueueBuilder {
  private readonly statements = new Map<string, Statement>()

  constructor(
    private readonly db: Db,
    private readonly items: ReviewItems
  ) {}

  build(scope: ReviewScope, settings: SchedulerSettings, scheduler: Scheduler, now: number): ReviewQueue {
    const day = studyDay(now, settings.dayStartHour)
    const done = this.doneToday(day.start)
    const newLeft = Math.max(0, settings.newPerDay - done.new)
    const reviewLeft = Math.max(0, settings.reviewsPerDay - done.review)
    const from = this.from(scope)

    const count = (where: string, params: unknown[], cap?: number): number => {
      const limit = cap === undefined ? '' : 'LIMIT ?'
      const sql = `SELECT count(*) AS n FROM (SELECT 1 ${from.sql} AND ${where} ${limit})`
      const row = this.prepare(sql).get(...from.params, ...params, ...(cap === undefined ? [] : [cap])) as { n: number }
      return row.n
    }
    const first = (where: string, params: unknown[], order: string): FaceRow | undefined =>
      this.prepare(`SELECT f.* ${from.sql} AND ${where} ORDER BY ${order} LIMIT 1`).get(...from.params, ...params) as FaceRow | undefined

    const learning = `f.state IN (${St.Learning}, ${St.Relearning})`
    const counts = {
      learning: count(`${learning} AND f.due < ?`, [day.end]),
      review: reviewLeft === 0 ? 0 : count(`f.state = ${St.Review} AND f.due < ?`, [day.end], reviewLeft),
      new: newLeft === 0 ? 0 : count(`f.state = ${St.New}`, [], newLeft)
    }

    const next =
      first(`${learning} AND f.due <= ?`, [now], 'f.due, f.id') ??
      (counts.review > 0
        ? first(`f.state = ${St.Review} AND f.due < ?`, [day.end, now], '(? - f.last_review) / max(f.stability, 0.001) DESC, f.id')
        : undefined) ??
      (counts.new > 0 ? first(`f.state = ${St.New}`, [], 'f.ord, f.due, f.id') : undefined) ??
      first(`${learning} AND f.due <= ?`, [now + learnAheadMs], 'f.due, f.id')
    let nextDueAt: number | null = null
    if (!next) nextDueAt = first(`${learning} AND f.due < ?`, [day.end], 'f.due, f.id')?.due ?? null

    return {
      scope,
      counts,
      next: next ? this.items.build(next, scheduler, now) : null,
      nextDueAt,
      doneToday: done,
      limits: { newPerDay: settings.newPerDay, reviewsPerDay: settings.reviewsPerDay }
    }
  }

  private doneToday(dayStart: number): { new: number; review: number; total: number } {
    const rows = this.prepare('SELECT state, count(*) AS n FROM review_log WHERE review_time >= ? GROUP BY state').all(dayStart) as {
      state: number
      n: number
    }[]
    const of = (state: number) => rows.find((r) => r.state === state)?.n ?? 0
    return { new: of(St.New), review: of(St.Review), total: rows.reduce((sum, r) => sum + r.n, 0) }
  }

  private prepare(sql: string): Statement {
    let statement = this.statements.get(sql)
    if (!statement) {
      statement = this.db.prepare(sql)
      this.statements.set(sql, statement)
    }
    return statement
  }

  /** Live faces of the scope; the joins are paid only when a scope needs them. */
  private from(scope: ReviewScope): { sql: string; params: unknown[] } {
    const live = 'f.suspended = 0 AND f.retired = 0'
    if (scope.chapterIndex !== undefined) {
      return {
        sql: `FROM faces f JOIN cards c ON c.id = f.card_id JOIN slides s ON s.id = c.slide_id
              WHERE ${live} AND f.course_id = ? AND s.course_id = f.course_id AND s.chapter_index = ?`,
        params: [scope.courseId, scope.chapterIndex]
      }
    }
    if (scope.courseId !== undefined) {
      return { sql: `FROM faces f WHERE ${live} AND f.course_id = ?`, params: [scope.courseId] }
    }
    return { sql: `FROM faces f WHERE ${live}`, params: [] }
  }
}
