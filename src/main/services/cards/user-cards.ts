import { randomUUID } from 'node:crypto'
import { ApiError, type CardInfo, type CardType } from '@shared/api'
import type { Db } from '../db/open'
import type { CardRow, CardStore } from './card-store'
import { cardProblem, splitTags } from './card-text'
import type { CardViews } from './card-views'

export interface NewUserCard {
  slideId?: string
  type: CardType
  front: string
  back: string
  tags?: string[]
}

export interface CardEdit {
  cardId: string
  type?: CardType
  front?: string
  back?: string
  tags?: string[]
}

/** Cards the learner writes: created from a slide (or not), edited, deleted, suspended. */
export class UserCards {
  constructor(
    private readonly db: Db,
    private readonly store: CardStore,
    private readonly views: CardViews,
    private readonly now: () => number
  ) {}

  create(card: NewUserCard): CardInfo {
    check(card.type, card.front, card.back)
    const id = `u-${randomUUID().replaceAll('-', '').slice(0, 16)}`
    this.db.transaction(() => {
      const place = card.slideId ? this.slidePlace(card.slideId) : undefined
      this.store.insert(
        {
          id,
          origin: 'user',
          courseId: place?.course_id ?? null,
          slideId: card.slideId ?? null,
          chapter: place?.chapter ?? null,
          type: card.type,
          front: card.front,
          back: card.back,
          tags: card.tags ?? [],
          position: this.now()
        },
        this.now()
      )
    })()
    return this.views.get(id)!
  }

  update(edit: CardEdit): CardInfo {
    this.db.transaction(() => {
      const row = this.editable(edit.cardId, 'edited')
      const type = edit.type ?? row.type
      const front = edit.front ?? row.front
      const back = edit.back ?? row.back
      check(type, front, back)
      this.store.update(
        {
          id: row.id,
          origin: row.origin,
          deck: row.deck,
          courseId: row.course_id,
          slideId: row.slide_id,
          chapter: row.chapter,
          source: row.source,
          type,
          front,
          back,
          tags: edit.tags ?? splitTags(row.tags),
          position: row.position
        },
        this.now()
      )
    })()
    return this.views.get(edit.cardId)!
  }

  delete(cardId: string): boolean {
    return this.db.transaction(() => {
      this.editable(cardId, 'deleted')
      return this.store.delete(cardId)
    })()
  }

  suspend(cardId: string, suspended: boolean): CardInfo {
    this.db.transaction(() => {
      this.require(cardId)
      this.store.setSuspended(cardId, suspended)
    })()
    return this.views.get(cardId)!
  }

  private require(cardId: string): CardRow {
    const row = this.store.get(cardId)
    if (!row) throw new ApiError('not-found', `No card with id ${cardId}`)
    return row
  }

  private editable(cardId: string, verb: string): CardRow {
    const row = this.require(cardId)
    if (row.origin === 'deck') {
      throw new ApiError('forbidden', `Card ${cardId} comes with the course and cannot be ${verb}; suspend it instead.`)
    }
    return row
  }

  private slidePlace(slideId: string): { course_id: string; chapter: string | null } {
    const place = this.db
      .prepare<[string], { course_id: string; chapter: string | null }>(
        `SELECT s.course_id, h.title AS chapter FROM slides s
           LEFT JOIN chapters h ON h.course_id = s.course_id AND h.position = s.chapter_index WHERE s.id = ?`
      )
      .get(slideId)
    if (!place) throw new ApiError('not-found', `No slide with id ${slideId}`)
    return place
  }
}

function check(type: CardType, front: string, back: string): void {
  const problem = cardProblem(type, front, back, true)
  if (problem) throw new ApiError('invalid-request', `Card not saved: ${problem}.`)
}
