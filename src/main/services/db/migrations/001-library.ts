import type { Migration } from '../migrate'

// Slides are updated in place by id, never deleted and re-inserted, so rows that later
// issues attach to a slide (notes, cards) survive a re-index of its file.
export const library: Migration = {
  version: 1,
  name: 'library',
  sql: `
    CREATE TABLE folders (
      id TEXT PRIMARY KEY,
      path TEXT NOT NULL UNIQUE,
      builtin INTEGER NOT NULL DEFAULT 0,
      added_at INTEGER NOT NULL
    );

    CREATE TABLE files (
      id INTEGER PRIMARY KEY,
      folder_id TEXT NOT NULL REFERENCES folders(id) ON DELETE CASCADE,
      path TEXT NOT NULL,
      hash TEXT NOT NULL,
      error TEXT,
      repaired_from TEXT,
      indexed_at INTEGER NOT NULL,
      UNIQUE (folder_id, path)
    );

    CREATE TABLE courses (
      id TEXT PRIMARY KEY,
      file_id INTEGER NOT NULL UNIQUE REFERENCES files(id) ON DELETE CASCADE,
      title TEXT NOT NULL,
      license TEXT,
      license_url TEXT,
      attribution TEXT
    );

    CREATE TABLE chapters (
      course_id TEXT NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      title TEXT NOT NULL,
      PRIMARY KEY (course_id, position)
    ) WITHOUT ROWID;

    CREATE TABLE slides (
      id TEXT PRIMARY KEY,
      course_id TEXT NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      chapter_index INTEGER NOT NULL,
      title TEXT NOT NULL,
      layout TEXT NOT NULL,
      markdown TEXT NOT NULL,
      text TEXT NOT NULL,
      is_toc INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX slides_by_course ON slides (course_id, position);
  `
}
