import type { CardOrigin, CardType } from '@shared/api'
import { cardFaces } from '@shared/cards/card-faces'
import type { Db } from '../db/open'
import type { SearchIndex } from '../search/search-index'
import { cardSearchDoc, joinTags, splitTags } from './card-text'

export interface CardRow {
  id: string
  origin: CardOrigin
  deck: string | null
  course_id: string | null
  slide_id: string | null
  chapter: string | null
  source: string | null
  type: CardType
  front: string
  back: string
  tags: string
  position: number
  retired: number
  created_at: number
  updated_at: number
}

export interface CardFields {
  id: string
  origin: CardOrigin
  deck?: string | null
  courseId?: string | null
  slideId?: string | null
  chapter?: string | null
  source?: string | null
  type: CardType
  front: string
  back: string
  tags: string[]
  position?: number
}

/**
 * Writes cards and keeps their faces and search documents in step. Callers hold the
 * transaction: an import writes thousands of cards in one.
 */
export class CardStore {
  private readonly insertCardStmt
  private readonly updateCardStmt
  private readonly insertFaceStmt
  private readonly facesOfStmt
  private readonly reviveFaceStmt
  private readonly retireFaceStmt
  private readonly getStmt

  constructor(
    private readonly db: Db,
    private readonly search: SearchIndex
  ) {
    this.insertCardStmt = db.prepare(
      `INSERT INTO cards (id, origin, deck, course_id, slide_id, chapter, source, type, front, back, tags, position, retired, created_at, updated_at)
       VALUES (@id, @origin, @deck, @courseId, @slideId, @chapter, @source, @type, @front, @back, @tags, @position, 0, @now, @now)`
    )
    this.updateCardStmt = db.prepare(
      `UPDATE cards SET deck = @deck, course_id = @courseId, slide_id = @slideId, chapter = @chapter, source = @source,
         type = @type, front = @front, back = @back, tags = @tags, position = @position, retired = 0,
         updated_at = CASE WHEN type IS NOT @type OR front IS NOT @front OR back IS NOT @back OR tags IS NOT @tags
                           THEN @now ELSE updated_at END
       WHERE id = @id`
    )
    this.insertFaceStmt = db.prepare(
      'INSERT INTO faces (key, card_id, course_id, variant, ord, suspended, due) VALUES (?, ?, ?, ?, ?, ?, ?)'
    )
    this.facesOfStmt = db.prepare<[string], { key: string; retired: number; suspended: number }>(
      'SELECT key, retired, suspended FROM faces WHERE card_id = ?'
    )
    this.reviveFaceStmt = db.prepare('UPDATE faces SET retired = 0, ord = ? WHERE key = ?')
    this.retireFaceStmt = db.prepare('UPDATE faces SET retired = 1 WHERE key = ?')
    this.getStmt = db.prepare<[string], CardRow>('SELECT * FROM cards WHERE id = ?')
  }

  get(id: string): CardRow | undefined {
    return this.getStmt.get(id)
  }

  insert(card: CardFields, now: number): void {
    this.insertCardStmt.run(this.params(card, now))
    cardFaces(card).forEach((face, ord) => this.insertFaceStmt.run(face.key, card.id, card.courseId ?? null, face.variant, ord, 0, now))
    this.search.upsert(cardSearchDoc({ ...card, courseId: card.courseId ?? null, slideId: card.slideId ?? null }))
  }

  /** Replaces a card's text (and revives it if it was retired); faces keep their history by key. */
  update(card: CardFields, now: number): void {
    this.updateCardStmt.run(this.params(card, now))
    this.setFacesCourse(card.id, card.courseId ?? null)
    this.syncFaces(card, now)
    this.search.upsert(cardSearchDoc({ ...card, courseId: card.courseId ?? null, slideId: card.slideId ?? null }))
  }

  /** A card that left its deck: hidden from reviews and search, history kept. */
  retire(id: string, now: number): void {
    this.db.prepare('UPDATE cards SET retired = 1, updated_at = ? WHERE id = ? AND retired = 0').run(now, id)
    this.db.prepare('UPDATE faces SET retired = 1 WHERE card_id = ?').run(id)
    this.search.remove('card', id)
  }

  delete(id: string): boolean {
    const { changes } = this.db.prepare('DELETE FROM cards WHERE id = ?').run(id)
    this.search.remove('card', id)
    return changes > 0
  }

  setSuspended(id: string, suspended: boolean): void {
    this.db.prepare('UPDATE faces SET suspended = ? WHERE card_id = ?').run(suspended ? 1 : 0, id)
  }

  /** Re-links a card to a slide of its course (its source phrase moved) and keeps its search document in step. */
  relink(row: CardRow, slideId: string | null): void {
    this.db.prepare('UPDATE cards SET slide_id = ? WHERE id = ?').run(slideId, row.id)
    if (row.retired === 0) {
      this.search.upsert(cardSearchDoc({ ...row, tags: splitTags(row.tags), courseId: row.course_id, slideId }))
    }
  }

  private setFacesCourse(cardId: string, courseId: string | null): void {
    this.db.prepare('UPDATE faces SET course_id = ? WHERE card_id = ? AND course_id IS NOT ?').run(courseId, cardId, courseId)
  }

  /**
   * Gives the card one face per reviewable side. A new side starts as a new face; a side
   * the card no longer has is retired, so its history comes back if the side does.
   */
  private syncFaces(card: CardFields, now: number): void {
    const wanted = cardFaces(card)
    const existing = new Map(this.facesOfStmt.all(card.id).map((f) => [f.key, f]))
    const suspended = existing.size > 0 && [...existing.values()].every((f) => f.suspended === 1) ? 1 : 0
    wanted.forEach((face, ord) => {
      const old = existing.get(face.key)
      if (!old) this.insertFaceStmt.run(face.key, card.id, card.courseId ?? null, face.variant, ord, suspended, now)
      else this.reviveFaceStmt.run(ord, face.key)
      existing.delete(face.key)
    })
    for (const key of existing.keys()) this.retireFaceStmt.run(key)
  }

  private params(card: CardFields, now: number): Record<string, unknown> {
    return {
      id: card.id,
      origin: card.origin,
      deck: card.deck ?? null,
      courseId: card.courseId ?? null,
      slideId: card.slideId ?? null,
      chapter: card.chapter ?? null,
      source: card.source ?? null,
      type: card.type,
      front: card.front,
      back: card.back,
      tags: joinTags(card.tags),
      position: card.position ?? 0,
      now
    }
  }
}
