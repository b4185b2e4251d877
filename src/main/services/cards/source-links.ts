import { normaliseSourceText } from '@shared/cards/source-phrase'
import type { Db } from '../db/open'
import type { CardRow, CardStore } from './card-store'

export interface Unresolved {
  cardId: string
  source: string
  matches: number
}

/**
 * Links each curated card to the slide its `source` phrase comes from, through the
 * indexed slides. A card keeps its slide while that slide still holds the phrase, or
 * when the phrase left it but the slide (same stable id) is still in the course: the
 * author fixed a typo, the card is still about that slide.
 */
export function resolveSources(db: Db, store: CardStore, courseId?: string): Unresolved[] {
  const cards = db
    .prepare<unknown[], CardRow>(
      `SELECT * FROM cards WHERE origin = 'deck' AND source IS NOT NULL ${courseId ? 'AND course_id = ?' : ''}`
    )
    .all(...(courseId ? [courseId] : []))
  // The rule of sourceMatches (shared with the deck's own tests), with each slide normalised once rather than once per card.
  const slidesOf = new Map<string, { id: string; text: string }[]>()
  const slides = (course: string) => {
    let list = slidesOf.get(course)
    if (!list) {
      list = db
        .prepare<[string], { id: string; markdown: string }>('SELECT id, markdown FROM slides WHERE course_id = ? ORDER BY position')
        .all(course)
        .map((s) => ({ id: s.id, text: normaliseSourceText(s.markdown) }))
      slidesOf.set(course, list)
    }
    return list
  }

  const unresolved: Unresolved[] = []
  db.transaction(() => {
    for (const card of cards) {
      if (!card.course_id) continue
      const all = slides(card.course_id)
      const needle = normaliseSourceText(card.source!)
      const matches = needle === '' ? [] : all.filter((s) => s.text.includes(needle))
      const current = card.slide_id ? all.find((s) => s.id === card.slide_id) : undefined
      let slideId: string | null
      if (current && (matches.length === 0 || matches.includes(current))) slideId = current.id
      else if (matches.length === 1) slideId = matches[0].id
      else slideId = null
      if (slideId === null && card.retired === 0) unresolved.push({ cardId: card.id, source: card.source!, matches: matches.length })
      if (slideId !== card.slide_id) store.relink(card, slideId)
    }
  })()
  return unresolved
}
