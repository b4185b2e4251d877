import type { Migration } from '../migrate'

export const progressAndSettings: Migration = {
  version: 3,
  name: 'progress-settings',
  sql: `
    CREATE TABLE slides_seen (
      slide_id TEXT PRIMARY KEY REFERENCES slides(id) ON DELETE CASCADE,
      seen_at INTEGER NOT NULL
    ) WITHOUT ROWID;

    CREATE TABLE settings (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) WITHOUT ROWID;
  `
}
