import type { Migration } from '../migrate'

// A note is keyed by its slide's stable id and deliberately has no foreign key to
// slides: when a slide disappears from the course its note is kept (listed as
// detached), never deleted. Attachment is resolved at read time by joining slides.
// The slide and chapter titles are a snapshot, so a detached note still says where it
// came from.
export const notes: Migration = {
  version: 4,
  name: 'notes',
  sql: `
    CREATE TABLE notes (
      slide_id TEXT PRIMARY KEY,
      course_id TEXT NOT NULL,
      slide_title TEXT NOT NULL,
      chapter_title TEXT NOT NULL DEFAULT '',
      markdown TEXT NOT NULL,
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL
    ) WITHOUT ROWID;
    CREATE INDEX notes_by_course ON notes (course_id);

    CREATE TRIGGER slides_bd_notes BEFORE DELETE ON slides BEGIN
      UPDATE notes SET slide_title = old.title,
        chapter_title = coalesce(
          (SELECT title FROM chapters WHERE course_id = old.course_id AND position = old.chapter_index),
          chapter_title)
      WHERE slide_id = old.id;
    END;

    -- A note's search result is titled by its slide.
    CREATE TRIGGER slides_au_title_notes AFTER UPDATE OF title ON slides BEGIN
      UPDATE notes SET slide_title = new.title WHERE slide_id = new.id;
      UPDATE search_docs SET title = new.title WHERE kind = 'note' AND ref_id = new.id;
    END;
  `
}
