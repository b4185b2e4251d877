import { readdirSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import type { DeckStatus } from '@shared/api'
import { DeckFormatError, parseDeck, type DeckProblem } from '@shared/cards/deck-format'
import type { Db } from '../db/open'
import { contentHash } from '../library/ids'
import type { CardStore } from './card-store'
import { resolveSources, type Unresolved } from './source-links'

const deckSuffix = '.cards.md'

interface DeckRow {
  id: string
  path: string
  hash: string | null
  problems: string | null
  loaded_at: number
}

/**
 * The curated decks of content/cards: `<course>.cards.md` belongs to course `<course>`.
 * A new release of a file updates card texts in place; the learner's history follows
 * the stable card ids. Cards gone from the file are retired, never deleted. A file that
 * does not parse is refused whole and the cards already loaded stay as they were.
 */
export class DeckLoader {
  private readonly unresolved = new Map<string, Unresolved[]>()

  constructor(
    private readonly db: Db,
    private readonly store: CardStore,
    private readonly cardsDir: string,
    private readonly now: () => number
  ) {}

  deckFiles(): string[] {
    try {
      return readdirSync(this.cardsDir)
        .filter((name) => name.endsWith(deckSuffix) && !name.startsWith('.'))
        .sort()
    } catch {
      return []
    }
  }

  loadAll(): void {
    for (const name of this.deckFiles()) this.load(name)
  }

  /** Loads one deck file if its bytes changed since the last load; true when its cards were rewritten. */
  load(name: string): boolean {
    const id = basename(name, deckSuffix)
    const path = join(this.cardsDir, name)
    let bytes: Buffer
    try {
      bytes = readFileSync(path)
    } catch {
      return false
    }
    const hash = contentHash(bytes)
    if (this.row(id)?.hash === hash) return false
    let cards
    try {
      cards = parseDeck(bytes.toString('utf8'), name).cards
    } catch (error) {
      if (!(error instanceof DeckFormatError)) throw error
      this.saveRow(id, path, hash, error.problems)
      console.error(`[cards] ${error.message}`)
      return false
    }
    const problems: DeckProblem[] = []
    const now = this.now()
    this.db.transaction(() => {
      const before = new Set(
        this.db
          .prepare<[string], { id: string }>("SELECT id FROM cards WHERE deck = ? AND origin = 'deck'")
          .all(id)
          .map((r) => r.id)
      )
      cards.forEach((card, position) => {
        const fields = { ...card, origin: 'deck' as const, deck: id, courseId: id, chapter: card.chapter, position }
        const existing = this.store.get(card.id)
        if (!existing) this.store.insert(fields, now)
        else if (existing.origin === 'deck' && existing.deck === id) {
          this.store.update({ ...fields, slideId: existing.slide_id }, now)
          before.delete(card.id)
        } else problems.push({ line: card.line, message: `id "${card.id}" is already used by another card` })
      })
      for (const gone of before) this.store.retire(gone, now)
      this.saveRow(id, path, hash, problems)
    })()
    this.resolve(id)
    return true
  }

  /** Re-links the cards of a course (or all) to slides after the library changed. */
  resolve(courseId?: string): void {
    const found = resolveSources(this.db, this.store, courseId)
    if (courseId) this.unresolved.set(courseId, found)
    else {
      this.unresolved.clear()
      for (const item of found) {
        const course = this.store.get(item.cardId)?.course_id ?? ''
        this.unresolved.set(course, [...(this.unresolved.get(course) ?? []), item])
      }
    }
  }

  status(): DeckStatus[] {
    return this.db
      .prepare<[], DeckRow & { cards: number; retired: number }>(
        `SELECT d.*, (SELECT count(*) FROM cards c WHERE c.deck = d.id AND c.origin = 'deck' AND c.retired = 0) AS cards,
                (SELECT count(*) FROM cards c WHERE c.deck = d.id AND c.origin = 'deck' AND c.retired = 1) AS retired
           FROM decks d ORDER BY d.id`
      )
      .all()
      .map((row) => ({
        id: row.id,
        path: row.path,
        courseId: row.id,
        cards: row.cards,
        retired: row.retired,
        unresolved: this.unresolved.get(row.id) ?? [],
        problems: row.problems ? (JSON.parse(row.problems) as DeckProblem[]) : [],
        loadedAt: row.loaded_at
      }))
  }

  private row(id: string): DeckRow | undefined {
    return this.db.prepare<[string], DeckRow>('SELECT * FROM decks WHERE id = ?').get(id)
  }

  private saveRow(id: string, path: string, hash: string, problems: DeckProblem[]): void {
    this.db
      .prepare(
        `INSERT INTO decks (id, path, hash, problems, loaded_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET path = excluded.path, hash = excluded.hash, problems = excluded.problems,
           loaded_at = excluded.loaded_at`
      )
      .run(id, path, hash, problems.length ? JSON.stringify(problems) : null, this.now())
  }
}
