import type Database from 'better-sqlite3'

export interface Migration {
  /** 1, 2, 3… in order, without gaps; stored in SQLite's `user_version` once applied. */
  version: number
  name: string
  sql: string
}

/**
 * Applies every migration newer than the database's `user_version`, each in its own
 * transaction together with the version bump, so a failed migration leaves the
 * database exactly as it was.
 */
export function migrate(db: Database.Database, migrations: readonly Migration[]): number {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migration ${m.name} has version ${m.version}, expected ${i + 1}`)
  })
  const current = db.pragma('user_version', { simple: true }) as number
  if (current > migrations.length) {
    throw new Error(
      `This database has schema version ${current}, newer than this version of KubeStudy knows (${migrations.length}).`
    )
  }
  for (const m of migrations.slice(current)) {
    db.transaction(() => {
      db.exec(m.sql)
      db.pragma(`user_version = ${m.version}`)
    })()
  }
  return db.pragma('user_version', { simple: true }) as number
}
