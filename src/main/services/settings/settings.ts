import type { Settings } from '@shared/api'
import type { Db } from '../db/open'

const defaults: Settings = { theme: 'system' }

/**
 * A key/value store of JSON values. The user-facing settings live under `settings.*`;
 * the main process keeps its own state (window bounds, last position) under other keys.
 */
export class SettingsStore {
  private readonly getStmt
  private readonly setStmt

  constructor(db: Db) {
    this.getStmt = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?')
    this.setStmt = db.prepare(
      'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'
    )
  }

  read<T>(key: string): T | undefined {
    const row = this.getStmt.get(key)
    if (!row) return undefined
    try {
      return JSON.parse(row.value) as T
    } catch {
      return undefined
    }
  }

  write(key: string, value: unknown): void {
    this.setStmt.run(key, JSON.stringify(value))
  }

  get(): Settings {
    return { ...defaults, ...this.read<Partial<Settings>>('settings.user') }
  }

  set(changes: Partial<Settings>): Settings {
    const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined))
    const next = { ...this.get(), ...defined }
    this.write('settings.user', next)
    return next
  }
}
