import type { Migration } from '../migrate'

// One full-text index for everything the user can search. Each capability writes its
// own kind of row into search_docs (slides now; notes, cards and cheatsheets later) and
// the triggers keep the FTS5 table in step, so search needs no change when a kind joins.
export const search: Migration = {
  version: 2,
  name: 'search',
  sql: `
    CREATE TABLE search_docs (
      id INTEGER PRIMARY KEY,
      kind TEXT NOT NULL,
      ref_id TEXT NOT NULL,
      course_id TEXT,
      slide_id TEXT,
      title TEXT NOT NULL,
      body TEXT NOT NULL,
      UNIQUE (kind, ref_id)
    );

    CREATE VIRTUAL TABLE search_fts USING fts5(
      title, body,
      content = 'search_docs', content_rowid = 'id',
      tokenize = 'unicode61 remove_diacritics 2',
      prefix = '2 3'
    );

    CREATE TRIGGER search_docs_ai AFTER INSERT ON search_docs BEGIN
      INSERT INTO search_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
    END;
    CREATE TRIGGER search_docs_ad AFTER DELETE ON search_docs BEGIN
      INSERT INTO search_fts (search_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
    END;
    CREATE TRIGGER search_docs_au AFTER UPDATE ON search_docs BEGIN
      INSERT INTO search_fts (search_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
      INSERT INTO search_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
    END;

    -- A slide leaves the index with its row, including through ON DELETE CASCADE.
    CREATE TRIGGER slides_ad_search AFTER DELETE ON slides BEGIN
      DELETE FROM search_docs WHERE kind = 'slide' AND ref_id = old.id;
    END;
  `
}
