import type { Migration } from '../migrate'

// cards: what the author or the learner wrote (one row per card, markdown fields).
// faces: what gets scheduled, one per reviewable side (`id`, `id:reverse`, `id:cN`),
//   with its FSRS memory state. A face whose card left the deck, or whose cloze
//   number disappeared, is retired rather than deleted, so its history survives.
// review_log: one row per answer, never tied to faces by a foreign key: deleting a
//   card keeps its reviews for statistics and the optimizer export. `prev_due` is the
//   one piece of the previous state ts-fsrs' log does not hold, so undo is exact.
export const cards: Migration = {
  version: 5,
  name: 'cards',
  sql: `
    CREATE TABLE decks (
      id TEXT PRIMARY KEY,
      path TEXT NOT NULL,
      hash TEXT,
      problems TEXT,
      loaded_at INTEGER NOT NULL
    ) WITHOUT ROWID;

    CREATE TABLE cards (
      id TEXT PRIMARY KEY,
      origin TEXT NOT NULL CHECK (origin IN ('deck', 'user', 'import')),
      deck TEXT,
      course_id TEXT,
      slide_id TEXT,
      chapter TEXT,
      source TEXT,
      type TEXT NOT NULL CHECK (type IN ('basic', 'basic-and-reversed', 'cloze')),
      front TEXT NOT NULL,
      back TEXT NOT NULL,
      tags TEXT NOT NULL DEFAULT '',
      position INTEGER NOT NULL DEFAULT 0,
      retired INTEGER NOT NULL DEFAULT 0,
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL
    );
    CREATE INDEX cards_by_course ON cards (course_id);
    CREATE INDEX cards_by_slide ON cards (slide_id);
    CREATE INDEX cards_by_deck ON cards (deck, origin);

    CREATE TABLE faces (
      id INTEGER PRIMARY KEY,
      key TEXT NOT NULL UNIQUE,
      card_id TEXT NOT NULL REFERENCES cards(id) ON DELETE CASCADE,
      variant TEXT NOT NULL,
      -- 0 for a card's first face, 1, 2… for its siblings: new siblings wait until every
      -- first face has been introduced, so a reverse or c2 never follows its c1 at once.
      ord INTEGER NOT NULL DEFAULT 0,
      suspended INTEGER NOT NULL DEFAULT 0,
      retired INTEGER NOT NULL DEFAULT 0,
      state INTEGER NOT NULL DEFAULT 0,
      due INTEGER NOT NULL,
      stability REAL NOT NULL DEFAULT 0,
      difficulty REAL NOT NULL DEFAULT 0,
      elapsed_days REAL NOT NULL DEFAULT 0,
      scheduled_days REAL NOT NULL DEFAULT 0,
      learning_steps INTEGER NOT NULL DEFAULT 0,
      reps INTEGER NOT NULL DEFAULT 0,
      lapses INTEGER NOT NULL DEFAULT 0,
      last_review INTEGER
    );
    CREATE INDEX faces_by_card ON faces (card_id);
    -- Today's queue reads only live faces, by state then due date.
    CREATE INDEX faces_queue ON faces (state, due) WHERE suspended = 0 AND retired = 0;
    CREATE INDEX faces_new ON faces (ord, due, id) WHERE state = 0 AND suspended = 0 AND retired = 0;

    CREATE TABLE review_log (
      id INTEGER PRIMARY KEY,
      card_key TEXT NOT NULL,
      rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
      state INTEGER NOT NULL,
      due INTEGER NOT NULL,
      stability REAL NOT NULL,
      difficulty REAL NOT NULL,
      elapsed_days REAL NOT NULL,
      last_elapsed_days REAL NOT NULL,
      scheduled_days REAL NOT NULL,
      learning_steps INTEGER NOT NULL,
      review_time INTEGER NOT NULL,
      duration_ms INTEGER,
      prev_due INTEGER NOT NULL
    );
    CREATE INDEX review_log_by_time ON review_log (review_time);
    CREATE INDEX review_log_by_key ON review_log (card_key, review_time);
  `
}
