import { join } from 'node:path'
import { openDatabase, databaseFileName, type Db } from './db/open'
import { EventBus } from './events'
import { Library } from './library/library'
import type { CourseFileParser } from './library/types'
import { ProgressStore } from './progress/progress'
import { SearchIndex } from './search/search-index'
import { SettingsStore } from './settings/settings'

export interface ServicesOptions {
  dataDir: string
  /** `content/courses` of the app. */
  coursesDir: string
  parse: CourseFileParser
  /** better-sqlite3 addon for Electron's ABI; Node's own build when absent. */
  nativeBinding?: string
  watch?: boolean
}

export interface Services {
  db: Db
  events: EventBus
  settings: SettingsStore
  progress: ProgressStore
  search: SearchIndex
  library: Library
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
  return {
    db,
    events,
    settings,
    progress: new ProgressStore(db, settings),
    search,
    library,
    async close() {
      await library.close()
      db.close()
    }
  }
}
