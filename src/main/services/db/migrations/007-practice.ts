import type { Migration } from '../migrate'

// Progress on the graded exercises, keyed by the exercise's id from its file. No row
// hangs on a slide and none is deleted when an exercise leaves content/: a learner who
// passed it keeps that, and it shows again if the exercise comes back.
export const practice: Migration = {
  version: 7,
  name: 'practice',
  sql: `
    CREATE TABLE exercise_progress (
      exercise_id TEXT PRIMARY KEY,
      started_at INTEGER,
      checks INTEGER NOT NULL DEFAULT 0,
      passed_at INTEGER,
      last_checked_at INTEGER,
      last_passed INTEGER,
      hints_revealed INTEGER NOT NULL DEFAULT 0,
      solution_revealed_at INTEGER,
      updated_at INTEGER NOT NULL
    ) WITHOUT ROWID;
  `
}
