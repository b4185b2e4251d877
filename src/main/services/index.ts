import { dirname, join } from 'node:path'
import type { ApiEvent } from '@shared/api'
import { CardsService } from './cards/cards-service'
import { ConsoleService } from './console/console-service'
import { openDatabase, databaseFileName, type Db } from './db/open'
import { EventBus } from './events'
import { Library } from './library/library'
import type { CourseFileParser } from './library/types'
import { NotesService } from './notes/notes'
import { CheatsheetsService } from './practice/cheatsheets-service'
import { ExercisesService } from './practice/exercises-service'
import { ProgressStore } from './progress/progress'
import { ReviewService } from './review/review-service'
import { ReviewSettings } from './review/review-settings'
import { SearchIndex } from './search/search-index'
import { SettingsStore } from './settings/settings'
import { StatsService } from './stats/stats'

export interface ServicesOptions {
  dataDir: string
  /** `content/courses` of the app. */
  coursesDir: string
  parse: CourseFileParser
  /** better-sqlite3 addon for Electron's ABI; Node's own build when absent. */
  nativeBinding?: string
  watch?: boolean
  /** `content/cards` of the app (curated decks); beside `coursesDir` when absent. */
  cardsDir?: string
  /** `content/exercises` and `content/cheatsheets` of the app; beside `coursesDir` when absent. */
  exercisesDir?: string
  cheatsheetsDir?: string
  /** The clock of notes and reviews; tests fix it. */
  now?: () => number
}

export interface Services {
  db: Db
  events: EventBus
  settings: SettingsStore
  progress: ProgressStore
  search: SearchIndex
  library: Library
  notes: NotesService
  cards: CardsService
  review: ReviewService
  stats: StatsService
  console: ConsoleService
  exercises: ExercisesService
  cheatsheets: CheatsheetsService
  close(): Promise<void>
}

/** Every capability of the app over one database, with no knowledge of Electron or HTTP. */
export function openServices(options: ServicesOptions): Services {
  const db = openDatabase(join(options.dataDir, databaseFileName), { nativeBinding: options.nativeBinding })
  const events = new EventBus()
  const settings = new SettingsStore(db)
  const search = new SearchIndex(db)
  const library = new Library({
    db,
    search,
    coursesDir: options.coursesDir,
    parse: options.parse,
    emit: (event) => events.emit(event),
    watch: options.watch
  })
  const now = options.now ?? Date.now
  const reviewSettings = new ReviewSettings(settings)
  const review = new ReviewService(db, reviewSettings, now)
  const cards = new CardsService({
    db,
    search,
    cardsDir: options.cardsDir ?? join(dirname(options.coursesDir), 'cards'),
    scheduler: () => review.currentScheduler(),
    now,
    watch: options.watch !== false,
    emit: (event) => events.emit(event)
  })
  // Curated cards follow their slides: re-link them whenever the library re-indexes.
  events.subscribe((event) => cards.onLibraryEvent(event))
  cards.start()
  const contentDir = dirname(options.coursesDir)
  const emit = (event: ApiEvent) => events.emit(event)
  const exercises = new ExercisesService({
    db,
    search,
    dir: options.exercisesDir ?? join(contentDir, 'exercises'),
    emit,
    now,
    watch: options.watch !== false
  })
  const cheatsheets = new CheatsheetsService({
    db,
    search,
    dir: options.cheatsheetsDir ?? join(contentDir, 'cheatsheets'),
    emit,
    watch: options.watch !== false
  })
  // Exercises name their slide by a phrase: place them again whenever the library re-indexes.
  events.subscribe((event) => exercises.onLibraryEvent(event))
  exercises.start()
  cheatsheets.start()
  return {
    db,
    events,
    settings,
    progress: new ProgressStore(db, settings),
    search,
    library,
    notes: new NotesService(db, search, now),
    cards,
    review,
    stats: new StatsService(db, () => reviewSettings.get(), now),
    console: new ConsoleService(db, now),
    exercises,
    cheatsheets,
    async close() {
      await Promise.all([exercises.close(), cheatsheets.close()])
      await cards.close()
      await library.close()
      db.close()
    }
  }
}
