import type { CardInfo, CardType } from '@shared/api'
import { scanClozes } from '@shared/cards/cloze'
import { fmt, messages } from '../i18n'

/** What the card editor holds: the fields as typed, tags as one line. */
export interface CardDraft {
  type: CardType
  front: string
  back: string
  tags: string
  slideId: string | null
  slideTitle: string | null
}

export function emptyDraft(slide?: { id: string; title: string }, text = ''): CardDraft {
  return { type: 'basic', front: text, back: '', tags: '', slideId: slide?.id ?? null, slideTitle: slide?.title ?? null }
}

export function draftOf(card: CardInfo): CardDraft {
  return {
    type: card.type,
    front: card.front,
    back: card.back,
    tags: card.tags.join(' '),
    slideId: card.slideId,
    slideTitle: card.slideTitle
  }
}

/** `#k8s  réseau` → `['k8s', 'réseau']`: a leading # is accepted and dropped, duplicates removed. */
export function parseTags(line: string): string[] {
  return [...new Set(line.split(/\s+/).map((t) => t.replace(/^#+/, '')).filter(Boolean))]
}

const m = messages.cards.errors

/** What is wrong with a draft, in the user's words; empty when it can be saved. */
export function draftProblems(draft: CardDraft): string[] {
  const problems: string[] = []
  if (!draft.front.trim()) problems.push(m.emptyFront)
  if (draft.type === 'cloze') {
    const { clozes, problems: malformed } = scanClozes(draft.front)
    for (const problem of malformed) {
      problems.push(fmt(m.badCloze, { excerpt: draft.front.slice(problem.offset, problem.offset + 24) }))
    }
    if (draft.front.trim() && clozes.length === 0 && malformed.length === 0) problems.push(m.noCloze)
  } else if (!draft.back.trim()) problems.push(m.emptyBack)
  if (parseTags(draft.tags).some((tag) => tag.length > 64 || tag.includes('#'))) problems.push(m.badTag)
  return problems
}
