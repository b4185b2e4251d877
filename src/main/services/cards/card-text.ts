import type { CardType } from '@shared/api'
import { scanClozes } from '@shared/cards/cloze'
import type { SearchDoc } from '../search/search-index'

// Cheap markdown-to-text for indexing: cards are short and an import may bring a
// hundred thousand of them, too many for a full markdown parse each.
const clozePattern = /\{\{c\d+::((?:(?!\}\}|::).)*)(?:::(?:(?!\}\})[\s\S])*)?\}\}/g

function cardPlainText(markdown: string): string {
  return markdown
    .replace(clozePattern, '$1')
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)/gm, '')
    .replace(/^(?:`{3,}|~{3,}).*$/gm, '')
    .replace(/[*_`~]+/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

export interface CardText {
  id: string
  type: CardType
  front: string
  back: string
  tags: string[]
  courseId: string | null
  slideId: string | null
}

const maxTitle = 140

/**
 * A card as a search document: the question is the title, the answer and tags the body
 * (so a hit shows the answer as its snippet). Only the part of a long question that
 * does not fit the title is repeated in the body: an import indexes 100,000 cards.
 */
export function cardSearchDoc(card: CardText): SearchDoc {
  const front = cardPlainText(card.front)
  const space = front.lastIndexOf(' ', maxTitle - 1)
  const cut = front.length <= maxTitle ? front.length : space > maxTitle / 2 ? space : maxTitle - 1
  return {
    kind: 'card',
    refId: card.id,
    courseId: card.courseId,
    slideId: card.slideId,
    title: cut < front.length ? `${front.slice(0, cut)}…` : front,
    body: [front.slice(cut).trim(), cardPlainText(card.back), card.tags.join(' ')].filter(Boolean).join('\n')
  }
}

/** Why a card cannot be saved as written, or null. Same rules as the curated deck. */
export function cardProblem(type: CardType, front: string, back: string, requireBack: boolean): string | null {
  if (front.trim() === '') return 'the front is empty'
  // Most imported cards hold no braces at all: skip the cloze scan for them.
  if (type !== 'cloze' && !front.includes('{{') && !back.includes('{{')) {
    return requireBack && back.trim() === '' ? 'the back is empty' : null
  }
  const frontScan = scanClozes(front)
  if (type === 'cloze') {
    if (frontScan.problems.length > 0) return frontScan.problems[0].message
    if (frontScan.clozes.length === 0) return 'a cloze card needs at least one {{c1::…}} deletion'
    if (scanClozes(back).clozes.length > 0) return 'the extra text of a cloze card cannot hold deletions'
    return null
  }
  if (frontScan.clozes.length > 0 || scanClozes(back).clozes.length > 0) return `cloze deletion in a ${type} card: use the cloze type`
  if (requireBack && back.trim() === '') return 'the back is empty'
  return null
}

export const joinTags = (tags: string[]): string => [...new Set(tags)].join(' ')
export const splitTags = (tags: string): string[] => (tags === '' ? [] : tags.split(' '))
