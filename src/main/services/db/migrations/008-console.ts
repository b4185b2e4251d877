import type { Migration } from '../migrate'

// The kubectl console's saved state. The simulator runs in the renderer; one row holds
// its last snapshot (cluster gzipped, session and history as JSON), replaced whole in
// one transaction so a crash keeps either the old state or the new one, never a mix.
// Workspace files are rows of their own: the learner edits them one at a time.
export const consoleState: Migration = {
  version: 8,
  name: 'console',
  sql: `
    CREATE TABLE console_state (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      cluster BLOB NOT NULL,
      session TEXT NOT NULL,
      history TEXT NOT NULL,
      saved_at INTEGER NOT NULL
    );
    CREATE TABLE console_files (
      path TEXT PRIMARY KEY,
      content TEXT NOT NULL,
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL
    ) WITHOUT ROWID;
  `
}
