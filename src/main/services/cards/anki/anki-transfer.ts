import { createHash, randomBytes } from 'node:crypto'
import { ApiError, type AnkiImportResult, type CardType, type ReviewScope } from '@shared/api'
import type { Db } from '../../db/open'
import type { CardRow, CardStore } from '../card-store'
import { joinTags } from '../card-text'
import { scopeFilter } from '../card-views'
import { parseAnkiText, type CardDraft } from './anki-text'
import { DelimitedError, formatField } from './delimited'
import { markdownToHtml } from './html-fields'

const notetypeNames: Record<CardType, string> = {
  basic: 'Basic',
  'basic-and-reversed': 'Basic (and reversed card)',
  cloze: 'Cloze'
}

/**
 * Imports an Anki text file: the whole file is parsed and checked first, then every
 * card is written in one transaction, so a broken file imports nothing. A card with a
 * guid updates the card of that id (KubeStudy's own exports carry the card ids);
 * without one, a card whose type and front already exist is skipped.
 */
export function importAnkiText(db: Db, store: CardStore, text: string, fallbackDeck: string | undefined, now: number): AnkiImportResult {
  let drafts: CardDraft[]
  try {
    drafts = parseAnkiText(text).drafts
  } catch (error) {
    if (error instanceof DelimitedError) throw new ApiError('invalid-request', `Nothing imported: ${error.message}.`)
    throw error
  }
  return withLargeCache(db, () => db.transaction(() => writeDrafts(db, store, drafts, fallbackDeck, now))())
}

function writeDrafts(db: Db, store: CardStore, drafts: CardDraft[], fallbackDeck: string | undefined, now: number): AnkiImportResult {
  const result: AnkiImportResult = { total: drafts.length, added: 0, updated: 0, unchanged: 0 }
  // Ids of cards without guid follow each other, so their rows append to the indexes
  // instead of landing all over them; the front check keeps a re-import from duplicating.
  const batch = `a-${now.toString(36)}${randomBytes(3).toString('hex')}`
  const known = new Set(
    db
      .prepare<[], { type: string; front: string }>('SELECT type, front FROM cards WHERE retired = 0')
      .all()
      .map((c) => contentKey(c.type, c.front))
  )
  drafts.forEach((draft, index) => {
    if (!draft.guid && known.has(contentKey(draft.type, draft.front))) {
      result.unchanged++
      return
    }
    const deck = draft.deck ?? fallbackDeck ?? null
    const fields = { origin: 'import' as const, deck, type: draft.type, front: draft.front, back: draft.back, tags: draft.tags }
    const existing = draft.guid ? (store.get(draft.guid) ?? store.get(importId(draft.guid))) : undefined
    const id = existing?.id ?? (draft.guid ? importId(draft.guid) : `${batch}-${index.toString(36).padStart(4, '0')}`)
    const current = existing ?? store.get(id)
    if (!current) {
      store.insert({ id, ...fields, position: index }, now)
      result.added++
    } else if (current.origin === 'deck' || (current.retired === 0 && sameText(current, draft))) {
      result.unchanged++
    } else {
      store.update(
        {
          ...fields,
          id,
          origin: current.origin,
          deck: current.deck ?? deck,
          courseId: current.course_id,
          slideId: current.slide_id,
          chapter: current.chapter,
          position: current.position
        },
        now
      )
      result.updated++
    }
    known.add(contentKey(draft.type, draft.front))
  })
  return result
}

/** A large import touches pages all over the cards, faces and search indexes: a page cache to match while it runs. */
function withLargeCache<T>(db: Db, work: () => T): T {
  const cacheSize = db.pragma('cache_size', { simple: true }) as number
  db.pragma('cache_size = -65536')
  try {
    return work()
  } finally {
    db.pragma(`cache_size = ${cacheSize}`)
  }
}

/** Writes cards as an Anki notes text file: guid, notetype, deck, the two fields, tags. */
export function exportAnkiText(db: Db, scope: ReviewScope | undefined, separator: 'tab' | 'comma', html: boolean): { text: string; count: number } {
  const sep = separator === 'tab' ? '\t' : ','
  const filter = scopeFilter(scope)
  const rows = db
    .prepare<unknown[], CardRow>(
      `SELECT c.* FROM cards c LEFT JOIN slides s ON s.id = c.slide_id
        WHERE c.retired = 0 AND ${filter.sql} ORDER BY c.origin, c.deck, c.position, c.created_at, c.id`
    )
    .all(...filter.params)
  const lines = [
    `#separator:${separator}`,
    `#html:${html}`,
    '#guid column:1',
    '#notetype column:2',
    '#deck column:3',
    '#tags column:6',
    `#columns:${['guid', 'notetype', 'deck', 'Front', 'Back', 'tags'].join(sep)}`
  ]
  const field = (value: string) => formatField(html ? markdownToHtml(value) : value, sep)
  for (const row of rows) {
    const deck = row.origin === 'deck' ? `KubeStudy::${row.deck}` : row.origin === 'user' ? 'KubeStudy::Mes cartes' : (row.deck ?? 'KubeStudy')
    lines.push(
      [formatField(row.id, sep), notetypeNames[row.type], formatField(deck, sep), field(row.front), field(row.back), formatField(row.tags, sep)].join(sep)
    )
  }
  return { text: `${lines.join('\n')}\n`, count: rows.length }
}

function importId(seed: string): string {
  return /^[A-Za-z0-9_-]{1,64}$/.test(seed) ? `a-${seed}` : `a-${createHash('sha256').update(seed).digest('hex').slice(0, 16)}`
}

function contentKey(type: string, front: string): string {
  return `${type}\n${front.trim()}`
}

function sameText(row: CardRow, draft: CardDraft): boolean {
  return row.type === draft.type && row.front === draft.front && row.back === draft.back && row.tags === joinTags(draft.tags)
}
