import { computeDecayFactor, default_w, State } from 'ts-fsrs'
import type { DayCount, RetentionFigure, ReviewScope, SchedulerSettings, StatsSummary } from '@shared/api'
import type { Db } from '../db/open'
import { studyDate, studyDay } from '../review/study-day'

const dayMs = 86_400_000
/** Anki calls a card mature once its interval reaches 21 days. */
const matureDays = 21

/** Figures for the statistics view, all computed in SQLite from the faces and the review log. */
export class StatsService {
  constructor(
    private readonly db: Db,
    private readonly settings: () => SchedulerSettings,
    private readonly now: () => number = Date.now
  ) {}

  summary(scope: ReviewScope = {}, retentionDays = 30): StatsSummary {
    const now = this.now()
    const { dayStartHour } = this.settings()
    const faces = facesOf(scope)
    const logs = `FROM review_log r ${scope.courseId === undefined ? '' : `JOIN faces f ON f.key = r.card_key ${faces.join}`}
                  WHERE ${scope.courseId === undefined ? '1' : faces.where}`
    const shift = dayStartHour * 3_600_000
    const localDay = (column: string) => `date((${column} - ${shift}) / 1000, 'unixepoch', 'localtime')`

    const heatmap = this.db
      .prepare<unknown[], DayCount>(
        `SELECT ${localDay('r.review_time')} AS day, count(*) AS count ${logs} AND r.review_time >= ? GROUP BY day ORDER BY day`
      )
      .all(...faces.params, now - 365 * dayMs)

    const today = studyDate(now, dayStartHour)
    const horizon = studyDay(now + 29 * dayMs, dayStartHour).end
    const due = this.db
      .prepare<unknown[], DayCount>(
        `SELECT ${localDay('f.due')} AS day, count(*) AS count FROM faces f ${faces.join}
          WHERE ${faces.where} AND f.suspended = 0 AND f.retired = 0 AND f.state != ${State.New} AND f.due < ?
          GROUP BY day`
      )
      .all(...faces.params, horizon)
    const forecast = nextDays(now, dayStartHour, 30).map((day) => ({
      day,
      count: due.filter((d) => (day === today ? d.day <= today : d.day === day)).reduce((sum, d) => sum + d.count, 0)
    }))

    const retention = (extra: string): RetentionFigure => {
      const row = this.db
        .prepare<unknown[], { reviews: number; passed: number | null }>(
          `SELECT count(*) AS reviews, sum(r.rating > 1) AS passed ${logs}
             AND r.review_time >= ? AND r.state = ${State.Review} ${extra}`
        )
        .get(...faces.params, now - retentionDays * dayMs)!
      const passed = row.passed ?? 0
      return { reviews: row.reviews, passed, rate: row.reviews ? passed / row.reviews : null }
    }

    const states = this.db
      .prepare<unknown[], StatsSummary['states']>(
        `SELECT sum(f.retired = 0 AND f.suspended = 0 AND f.state = 0) AS new,
                sum(f.retired = 0 AND f.suspended = 0 AND f.state = 1) AS learning,
                sum(f.retired = 0 AND f.suspended = 0 AND f.state = 2) AS review,
                sum(f.retired = 0 AND f.suspended = 0 AND f.state = 3) AS relearning,
                sum(f.retired = 0 AND f.suspended = 1) AS suspended,
                sum(f.retired = 1) AS retired
           FROM faces f ${faces.join} WHERE ${faces.where}`
      )
      .get(...faces.params)!

    return {
      scope,
      heatmap,
      forecast,
      retention: { ...retention(''), days: retentionDays, mature: retention(`AND r.scheduled_days >= ${matureDays}`) },
      states: Object.fromEntries(Object.entries(states).map(([k, v]) => [k, v ?? 0])) as StatsSummary['states'],
      mastery: this.mastery(scope, now)
    }
  }

  /** Mean probability of recall, now, of each chapter's studied faces (FSRS-6 forgetting curve). */
  private mastery(scope: ReviewScope, now: number): StatsSummary['mastery'] {
    const { decay, factor } = computeDecayFactor(default_w)
    const where = [scope.courseId === undefined ? '' : 'h.course_id = ?', scope.chapterIndex === undefined ? '' : 'h.position = ?']
      .filter(Boolean)
      .join(' AND ')
    const rows = this.db
      .prepare<unknown[], { course_id: string; position: number; title: string; faces: number; studied: number; mean: number | null }>(
        `SELECT h.course_id, h.position, h.title, count(f.id) AS faces, count(f.last_review) AS studied,
                avg(CASE WHEN f.last_review IS NOT NULL
                    THEN pow(1 + ? * max(? - f.last_review, 0) / ${dayMs}.0 / max(f.stability, 0.001), ?) END) AS mean
           FROM chapters h
           LEFT JOIN slides s ON s.course_id = h.course_id AND s.chapter_index = h.position
           LEFT JOIN cards c ON c.slide_id = s.id AND c.retired = 0
           LEFT JOIN faces f ON f.card_id = c.id AND f.retired = 0 AND f.suspended = 0
          WHERE h.course_id IN (SELECT DISTINCT course_id FROM cards WHERE course_id IS NOT NULL) ${where ? `AND ${where}` : ''}
          GROUP BY h.course_id, h.position ORDER BY h.course_id, h.position`
      )
      .all(factor, now, decay, ...(scope.courseId === undefined ? [] : [scope.courseId]), ...(scope.chapterIndex === undefined ? [] : [scope.chapterIndex]))
    return rows.map((r) => ({
      courseId: r.course_id,
      chapterIndex: r.position,
      title: r.title,
      faces: r.faces,
      studied: r.studied,
      meanRetrievability: r.mean
    }))
  }
}

function facesOf(scope: ReviewScope): { join: string; where: string; params: unknown[] } {
  if (scope.chapterIndex !== undefined) {
    return {
      join: 'JOIN cards c ON c.id = f.card_id JOIN slides s ON s.id = c.slide_id',
      where: 's.course_id = ? AND s.chapter_index = ?',
      params: [scope.courseId, scope.chapterIndex]
    }
  }
  if (scope.courseId !== undefined) return { join: '', where: 'f.course_id = ?', params: [scope.courseId] }
  return { join: '', where: '1', params: [] }
}

function nextDays(now: number, dayStartHour: number, count: number): string[] {
  const start = studyDay(now, dayStartHour).start
  return Array.from({ length: count }, (_, i) => {
    const d = new Date(start)
    d.setDate(d.getDate() + i)
    return studyDate(d.getTime(), dayStartHour)
  })
}
