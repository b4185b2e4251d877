import { clozeNumbers, renderCloze } from './cloze'
import type { DeckCard } from './deck-types'

/**
 * One reviewable face of a card. A learner's review history is keyed on `key`, which
 * depends only on the card id and the face's place: `id` (front → back), `id:reverse`
 * (back → front), `id:cN` (cloze N). Editing a card's text never changes its keys.
 */
export interface CardFace {
  key: string
  cardId: string
  variant: 'forward' | 'reverse' | `c${number}`
  /** Markdown of the question side. */
  front: string
  /** Markdown of the answer side. */
  back: string
}

export function cardFaces(card: Pick<DeckCard, 'id' | 'type' | 'front' | 'back'>): CardFace[] {
  const forward: CardFace = { key: card.id, cardId: card.id, variant: 'forward', front: card.front, back: card.back }
  switch (card.type) {
    case 'basic':
      return [forward]
    case 'basic-and-reversed':
      return [forward, { key: `${card.id}:reverse`, cardId: card.id, variant: 'reverse', front: card.back, back: card.front }]
    case 'cloze':
      return clozeNumbers(card.front).map((n) => ({
        key: `${card.id}:c${n}`,
        cardId: card.id,
        variant: `c${n}` as const,
        front: renderCloze(card.front, n, 'front'),
        back: card.back === '' ? renderCloze(card.front, n, 'back') : `${renderCloze(card.front, n, 'back')}\n\n${card.back}`
      }))
  }
}
