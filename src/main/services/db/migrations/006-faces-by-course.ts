import type { Migration } from '../migrate'

// Reviewing one course must not look up the card of every face in the collection: each
// face carries its card's course, with the queue index led by it.
export const facesByCourse: Migration = {
  version: 6,
  name: 'faces-by-course',
  sql: `
    ALTER TABLE faces ADD COLUMN course_id TEXT;
    UPDATE faces SET course_id = (SELECT course_id FROM cards WHERE cards.id = faces.card_id);
    CREATE INDEX faces_course_queue ON faces (course_id, state, due, last_review, stability) WHERE suspended = 0 AND retired = 0;
    DROP INDEX faces_queue;
    CREATE INDEX faces_queue ON faces (state, due, last_review, stability) WHERE suspended = 0 AND retired = 0;
  `
}
