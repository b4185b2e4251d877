import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import Database from 'better-sqlite3'
import { migrate } from './migrate'
import { migrations } from './migrations'

export type Db = Database.Database

export interface OpenOptions {
  /** Path to a better-sqlite3 addon built for another runtime (Electron); Node's own build otherwise. */
  nativeBinding?: string
}

export const databaseFileName = 'kubestudy.db'

/** Opens (creating if needed) the one database of a data dir and brings its schema up to date. */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  mkdirSync(dirname(file), { recursive: true })
  const db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {})
  db.pragma('journal_mode = WAL')
  db.pragma('foreign_keys = ON')
  // WAL makes NORMAL durable across application crashes; only a power cut can lose the last commit.
  db.pragma('synchronous = NORMAL')
  db.pragma('busy_timeout = 5000')
  migrate(db, migrations)
  return db
}
