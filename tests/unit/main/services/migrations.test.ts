import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { migrate, type Migration } from '../../../../src/main/services/db/migrate'
import { migrations } from '../../../../src/main/services/db/migrations'
import { openDatabase } from '../../../../src/main/services/db/open'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kubestudy-db-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('database', () => {
  it('creates one WAL database with foreign keys and the whole schema', () => {
    const db = openDatabase(join(dir, 'nested', 'kubestudy.db'))
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length)
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all().map((r) => (r as { name: string }).name)
    expect(tables).toEqual(expect.arrayContaining(['folders', 'files', 'courses', 'slides', 'search_docs', 'search_fts', 'settings']))
    db.close()
  })

  it('applies only the migrations a database lacks, and reopening changes nothing', () => {
    const file = join(dir, 'kubestudy.db')
    const old = new Database(file)
    migrate(old, migrations.slice(0, 1))
    old.prepare("INSERT INTO folders (id, path, builtin, added_at) VALUES ('f', '/x', 0, 1)").run()
    old.close()

    const db = openDatabase(file)
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length)
    expect(db.prepare('SELECT id FROM folders').all()).toEqual([{ id: 'f' }])
    db.close()
    const again = openDatabase(file)
    expect(again.pragma('user_version', { simple: true })).toBe(migrations.length)
    again.close()
  })

  it('rolls a failing migration back whole, leaving the version where it was', () => {
    const db = new Database(join(dir, 'kubestudy.db'))
    const broken: Migration[] = [
      { version: 1, name: 'ok', sql: 'CREATE TABLE a (x INTEGER);' },
      { version: 2, name: 'broken', sql: 'CREATE TABLE b (y INTEGER); INSERT INTO missing VALUES (1);' }
    ]
    expect(() => migrate(db, broken)).toThrow(/no such table: missing/)
    expect(db.pragma('user_version', { simple: true })).toBe(1)
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'b'").get()).toEqual({ n: 0 })
    db.close()
  })

  it('refuses a database written by a newer version of the app', () => {
    const file = join(dir, 'kubestudy.db')
    const db = new Database(file)
    db.pragma(`user_version = ${migrations.length + 1}`)
    db.close()
    expect(() => openDatabase(file)).toThrow(/newer than this version/)
  })

  it('rejects a migration list with a gap', () => {
    const db = new Database(':memory:')
    expect(() => migrate(db, [{ version: 2, name: 'gap', sql: '' }])).toThrow(/expected 1/)
  })

  it('numbers the shipped migrations 1, 2, 3… in order', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1))
  })
})
