import type { CardInfo, CardList, FaceInfo, FaceState, ReviewScope } from '@shared/api'
import type { Db } from '../db/open'
import type { FaceRow, Scheduler } from '../review/scheduler'
import { stateName, stateNumber } from '../review/scheduler'
import { buildMatchQuery } from '../search/query'
import type { CardRow } from './card-store'
import { splitTags } from './card-text'

interface CardViewRow extends CardRow {
  slide_index: number | null
  slide_title: string | null
  chapter_index: number | null
  chapter_title: string | null
}

const cardSelect = `
  SELECT c.*, s.position AS slide_index, s.title AS slide_title, s.chapter_index, h.title AS chapter_title
    FROM cards c
    LEFT JOIN slides s ON s.id = c.slide_id
    LEFT JOIN chapters h ON h.course_id = s.course_id AND h.position = s.chapter_index`

/** SQL and parameters restricting cards (alias c, slides alias s) to a review scope. */
export function scopeFilter(scope: ReviewScope | undefined): { sql: string; params: unknown[] } {
  if (scope?.chapterIndex !== undefined) {
    return { sql: 's.course_id = ? AND s.chapter_index = ?', params: [scope.courseId, scope.chapterIndex] }
  }
  if (scope?.courseId !== undefined) return { sql: 'c.course_id = ?', params: [scope.courseId] }
  return { sql: '1', params: [] }
}

export interface ListQuery {
  scope?: ReviewScope
  query?: string
  tag?: string
  origin?: CardInfo['origin']
  state?: FaceState | 'suspended'
  includeRetired?: boolean
  offset?: number
  limit?: number
}

/** Read side of cards: what the card browser, the slide view and the editor show. */
export class CardViews {
  constructor(
    private readonly db: Db,
    private readonly scheduler: () => Scheduler,
    private readonly now: () => number
  ) {}

  get(id: string): CardInfo | undefined {
    const row = this.db.prepare<[string], CardViewRow>(`${cardSelect} WHERE c.id = ?`).get(id)
    return row && this.toInfos([row])[0]
  }

  forSlide(slideId: string): CardInfo[] {
    const rows = this.db
      .prepare<[string], CardViewRow>(`${cardSelect} WHERE c.slide_id = ? AND c.retired = 0 ORDER BY c.position, c.created_at`)
      .all(slideId)
    return this.toInfos(rows)
  }

  list(query: ListQuery): CardList {
    const where: string[] = []
    const params: unknown[] = []
    const scope = scopeFilter(query.scope)
    where.push(scope.sql)
    params.push(...scope.params)
    if (!query.includeRetired) where.push('c.retired = 0')
    if (query.origin) {
      where.push('c.origin = ?')
      params.push(query.origin)
    }
    if (query.state === 'suspended') {
      where.push(`EXISTS (SELECT 1 FROM faces f WHERE f.card_id = c.id AND f.retired = 0)
                  AND NOT EXISTS (SELECT 1 FROM faces f WHERE f.card_id = c.id AND f.retired = 0 AND f.suspended = 0)`)
    } else if (query.state) {
      where.push('EXISTS (SELECT 1 FROM faces f WHERE f.card_id = c.id AND f.retired = 0 AND f.suspended = 0 AND f.state = ?)')
      params.push(stateNumber(query.state))
    }
    if (query.tag) {
      where.push("(' ' || c.tags || ' ') LIKE ?")
      params.push(`% ${query.tag.replace(/^#/, '').replace(/[%_]/g, '')} %`)
    }
    const match = query.query ? buildMatchQuery(query.query) : null
    if (match) {
      where.push(`c.id IN (SELECT d.ref_id FROM search_fts JOIN search_docs d ON d.id = search_fts.rowid
                            WHERE search_fts MATCH ? AND d.kind = 'card')`)
      params.push(match.match)
    }
    const filter = `WHERE ${where.join(' AND ')}`
    const total = this.db
      .prepare<unknown[], { n: number }>(`SELECT count(*) AS n FROM cards c LEFT JOIN slides s ON s.id = c.slide_id ${filter}`)
      .get(...params)!.n
    const rows = this.db
      .prepare<unknown[], CardViewRow>(
        `${cardSelect} ${filter} ORDER BY c.course_id IS NULL, c.course_id, s.position, c.position, c.created_at, c.id LIMIT ? OFFSET ?`
      )
      .all(...params, query.limit ?? 100, query.offset ?? 0)
    return { cards: this.toInfos(rows), total }
  }

  private faceInfo(face: FaceRow, now: number): FaceInfo {
    return {
      key: face.key,
      variant: face.variant,
      state: stateName(face.state),
      due: face.due,
      stability: face.stability,
      difficulty: face.difficulty,
      reps: face.reps,
      lapses: face.lapses,
      lastReview: face.last_review,
      retrievability: this.scheduler().retrievability(face, now),
      suspended: face.suspended === 1,
      retired: face.retired === 1
    }
  }

  private toInfos(rows: CardViewRow[]): CardInfo[] {
    if (rows.length === 0) return []
    const faces = new Map<string, FaceRow[]>()
    const select = this.db.prepare<unknown[], FaceRow>(
      `SELECT * FROM faces WHERE card_id IN (${rows.map(() => '?').join(', ')}) ORDER BY ord, id`
    )
    for (const face of select.all(...rows.map((r) => r.id))) faces.set(face.card_id, [...(faces.get(face.card_id) ?? []), face])
    const now = this.now()
    return rows.map((row) => {
      const own = (faces.get(row.id) ?? []).map((f) => this.faceInfo(f, now))
      const live = own.filter((f) => !f.retired)
      return {
        id: row.id,
        origin: row.origin,
        type: row.type,
        front: row.front,
        back: row.back,
        tags: splitTags(row.tags),
        deck: row.deck,
        courseId: row.course_id,
        slideId: row.slide_id,
        slideIndex: row.slide_index,
        slideTitle: row.slide_title,
        chapterIndex: row.chapter_index,
        chapterTitle: row.chapter_title ?? row.chapter,
        source: row.source,
        suspended: live.length > 0 && live.every((f) => f.suspended),
        retired: row.retired === 1,
        editable: row.origin !== 'deck',
        faces: own,
        createdAt: row.created_at,
        updatedAt: row.updated_at
      }
    })
  }
}
