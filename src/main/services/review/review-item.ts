import type { ReviewItem } from '@shared/api'
import { cardFaces } from '@shared/cards/card-faces'
import type { Db } from '../db/open'
import type { CardRow } from '../cards/card-store'
import { splitTags } from '../cards/card-text'
import { stateName, type FaceRow, type Scheduler } from './scheduler'

interface ItemCardRow extends CardRow {
  slide_index: number | null
  slide_title: string | null
}

/** Builds what the review screen shows for one face: its two sides, where it comes from, the four intervals. */
export class ReviewItems {
  private readonly cardStmt

  constructor(db: Db) {
    this.cardStmt = db.prepare<[string], ItemCardRow>(
      `SELECT c.*, s.position AS slide_index, s.title AS slide_title
         FROM cards c LEFT JOIN slides s ON s.id = c.slide_id WHERE c.id = ?`
    )
  }

  build(face: FaceRow, scheduler: Scheduler, now: number): ReviewItem {
    const card = this.cardStmt.get(face.card_id)
    if (!card) throw new Error(`Face ${face.key} has no card`)
    const side = cardFaces(card).find((f) => f.key === face.key)
    return {
      key: face.key,
      cardId: card.id,
      variant: face.variant,
      type: card.type,
      // A retired side (its cloze number was removed) is never queued; undo may still show it once.
      front: side?.front ?? card.front,
      back: side?.back ?? card.back,
      tags: splitTags(card.tags),
      state: stateName(face.state),
      reps: face.reps,
      lapses: face.lapses,
      due: face.due,
      retrievability: scheduler.retrievability(face, now),
      courseId: card.course_id,
      slideId: card.slide_id,
      slideIndex: card.slide_index,
      slideTitle: card.slide_title,
      preview: scheduler.preview(face, now)
    }
  }
}
