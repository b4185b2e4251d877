import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { CourseFolder } from '@shared/api'
import type { Db } from '../db/open'
import { folderIdFor } from './ids'

interface FolderRow {
  id: string
  path: string
  builtin: number
}

const toFolder = (row: FolderRow): CourseFolder => ({ id: row.id, path: row.path, builtin: row.builtin === 1 })

/** The folders the library reads: one per built-in pack, plus those the user added. */
export class FolderStore {
  constructor(private readonly db: Db) {}

  all(): CourseFolder[] {
    return this.db
      .prepare<[], FolderRow>('SELECT id, path, builtin FROM folders ORDER BY builtin DESC, added_at, id')
      .all()
      .map(toFolder)
  }

  get(id: string): CourseFolder | undefined {
    const row = this.db.prepare<[string], FolderRow>('SELECT id, path, builtin FROM folders WHERE id = ?').get(id)
    return row && toFolder(row)
  }

  byPath(path: string): CourseFolder | undefined {
    const row = this.db.prepare<[string], FolderRow>('SELECT id, path, builtin FROM folders WHERE path = ?').get(path)
    return row && toFolder(row)
  }

  /**
   * Registers every pack under the built-in content directory. The app may have moved
   * since the last run, so a pack keeps its id and only its path is updated; packs that
   * are no longer shipped are dropped.
   */
  syncBuiltin(coursesDir: string): void {
    let packs: string[] = []
    try {
      packs = readdirSync(coursesDir, { withFileTypes: true })
        .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
        .map((e) => e.name)
    } catch {
      packs = []
    }
    const upsert = this.db.prepare(`
      INSERT INTO folders (id, path, builtin, added_at) VALUES (?, ?, 1, ?)
      ON CONFLICT (id) DO UPDATE SET path = excluded.path WHERE path IS NOT excluded.path`)
    this.db.transaction(() => {
      const ids = packs.map((name) => {
        const id = folderIdFor('', name)
        upsert.run(id, join(coursesDir, name), 0)
        return id
      })
      const stale = this.db
        .prepare<[], { id: string }>('SELECT id FROM folders WHERE builtin = 1')
        .all()
        .filter((r) => !ids.includes(r.id))
      for (const { id } of stale) this.db.prepare('DELETE FROM folders WHERE id = ?').run(id)
    })()
  }

  addUser(path: string): CourseFolder {
    const existing = this.byPath(path)
    if (existing) return existing
    const id = folderIdFor(path)
    this.db.prepare('INSERT INTO folders (id, path, builtin, added_at) VALUES (?, ?, 0, ?)').run(id, path, Date.now())
    return { id, path, builtin: false }
  }

  remove(id: string): void {
    this.db.prepare('DELETE FROM folders WHERE id = ?').run(id)
  }
}
