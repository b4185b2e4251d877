import { watch, type FSWatcher } from 'chokidar'
import { ApiError, type AnkiImportResult, type ApiEvent, type CardInfo, type DeckStatus, type ExportResult, type ReviewScope } from '@shared/api'
import type { Db } from '../db/open'
import type { Scheduler } from '../review/scheduler'
import type { SearchIndex } from '../search/search-index'
import { exportAnkiText, importAnkiText } from './anki/anki-transfer'
import { CardStore } from './card-store'
import { CardViews } from './card-views'
import { DeckLoader } from './deck-loader'
import { UserCards } from './user-cards'
import { readText, writeText } from './user-files'

export interface CardsOptions {
  db: Db
  search: SearchIndex
  /** content/cards: one `<course>.cards.md` per course. */
  cardsDir: string
  scheduler: () => Scheduler
  now?: () => number
  /** Reload a deck file when it changes on disk (off in one-shot runs and most tests). */
  watch?: boolean
  emit?: (event: ApiEvent) => void
}

// Editors save in bursts; wait for the file to settle, as the course watcher does.
const settleMs = 150

/** Flashcards: the curated decks, the learner's own cards, Anki text import and export. */
export class CardsService {
  readonly store: CardStore
  readonly views: CardViews
  readonly decks: DeckLoader
  readonly user: UserCards
  private watcher: FSWatcher | null = null
  private readonly timers = new Map<string, NodeJS.Timeout>()
  private readonly now: () => number

  constructor(private readonly options: CardsOptions) {
    this.now = options.now ?? Date.now
    this.store = new CardStore(options.db, options.search)
    this.views = new CardViews(options.db, options.scheduler, this.now)
    this.decks = new DeckLoader(options.db, this.store, options.cardsDir, this.now)
    this.user = new UserCards(options.db, this.store, this.views, this.now)
  }

  /** Loads the decks (only files that changed since the last run) and links cards to the slides indexed so far. */
  start(): void {
    this.decks.loadAll()
    this.decks.resolve()
    if (this.options.watch) this.watchDecks()
  }

  /** The library re-indexed a course: its slides may have moved, so cards are linked again. */
  onLibraryEvent(event: ApiEvent): void {
    if (event.type === 'library.changed') this.decks.resolve()
    else if (event.type === 'course.changed') this.decks.resolve(event.courseId)
  }

  get(cardId: string): CardInfo {
    const card = this.views.get(cardId)
    if (!card) throw new ApiError('not-found', `No card with id ${cardId}`)
    return card
  }

  deckStatus(): DeckStatus[] {
    return this.decks.status()
  }

  importAnki(request: { path?: string; text?: string; deck?: string }): AnkiImportResult {
    const text = request.path === undefined ? request.text! : readText(request.path)
    return importAnkiText(this.options.db, this.store, text, request.deck, this.now())
  }

  exportAnki(request: { path?: string; scope?: ReviewScope; separator?: 'tab' | 'comma'; html?: boolean }): ExportResult {
    const { text, count } = exportAnkiText(this.options.db, request.scope, request.separator ?? 'tab', request.html ?? false)
    if (request.path === undefined) return { count, path: null, text }
    writeText(request.path, text, ['.txt', '.tsv', '.csv'])
    return { count, path: request.path, text: null }
  }

  async close(): Promise<void> {
    for (const timer of this.timers.values()) clearTimeout(timer)
    this.timers.clear()
    await this.watcher?.close()
    this.watcher = null
  }

  private watchDecks(): void {
    this.watcher = watch(this.options.cardsDir, { ignoreInitial: true, depth: 0 })
    const changed = (file: string): void => {
      const name = file.split(/[\\/]/).pop() ?? ''
      if (!name.endsWith('.cards.md')) return
      clearTimeout(this.timers.get(name))
      this.timers.set(
        name,
        setTimeout(() => {
          this.timers.delete(name)
          try {
            if (this.decks.load(name)) this.options.emit?.({ type: 'cards.changed' })
          } catch (error) {
            console.error(`[cards] reloading ${name} failed`, error)
          }
        }, settleMs)
      )
    }
    this.watcher.on('add', changed).on('change', changed)
    this.watcher.on('error', (error) => console.error('[cards] deck watcher', error))
  }
}
