import { ApiError, type Note, type NoteSaveResult } from '@shared/api'
import { slidePlainText } from '@shared/markdown'
import type { Db } from '../db/open'
import type { SearchIndex } from '../search/search-index'
import { extractTags } from './note-tags'

interface NoteRow {
  slide_id: string
  course_id: string
  slide_title: string
  chapter_title: string
  markdown: string
  created_at: number
  updated_at: number
  /** From the joined slide: null when the note is detached. */
  position: number | null
  chapter_index: number | null
  live_title: string | null
  live_course: string | null
  live_chapter: string | null
}

/** Attachment is resolved here, at read time: a note is attached while its slide exists. */
const noteSelect = `
  SELECT n.slide_id, n.course_id, n.slide_title, n.chapter_title, n.markdown, n.created_at, n.updated_at,
         s.position, s.chapter_index, s.title AS live_title, s.course_id AS live_course, h.title AS live_chapter
    FROM notes n
    LEFT JOIN slides s ON s.id = n.slide_id
    LEFT JOIN chapters h ON h.course_id = s.course_id AND h.position = s.chapter_index`

function toNote(row: NoteRow): Note {
  const attached = row.position !== null
  const note: Note = {
    slideId: row.slide_id,
    courseId: row.live_course ?? row.course_id,
    markdown: row.markdown,
    tags: extractTags(row.markdown),
    attached,
    slideTitle: row.live_title ?? row.slide_title,
    chapterTitle: row.live_chapter ?? row.chapter_title,
    createdAt: row.created_at,
    updatedAt: row.updated_at
  }
  if (attached) {
    note.slideIndex = row.position!
    note.chapterIndex = row.chapter_index!
  }
  return note
}

interface SlidePlace {
  course_id: string
  title: string
  chapter_title: string | null
}

export interface NoteWrite {
  slideId: string
  markdown: string
  /** Where the note belongs when its slide is not in the library (import of a detached note). */
  fallback?: { courseId: string; slideTitle: string; chapterTitle: string }
}

/** One note per slide, written whole on every save and mirrored into the search index. */
export class NoteStore {
  constructor(
    private readonly db: Db,
    private readonly search: SearchIndex,
    private readonly now: () => number
  ) {}

  get(slideId: string): Note | null {
    const row = this.db.prepare<[string], NoteRow>(`${noteSelect} WHERE n.slide_id = ?`).get(slideId)
    return row ? toNote(row) : null
  }

  all(): Note[] {
    return this.db.prepare<[], NoteRow>(noteSelect).all().map(toNote)
  }

  /**
   * Stores the full text of a slide's note; saving the same text again writes nothing.
   * Blank text removes the note. A note can be created only on a slide that exists,
   * but a detached note stays editable.
   */
  save(slideId: string, markdown: string): NoteSaveResult {
    return this.db.transaction((): NoteSaveResult => {
      const existing = this.get(slideId)
      if (markdown.trim() === '') {
        if (existing) this.remove(slideId)
        return { slideId, note: null }
      }
      if (existing?.markdown === markdown) return { slideId, note: existing }
      if (!existing && !this.slidePlace(slideId)) throw new ApiError('not-found', `No slide with id ${slideId}`)
      this.write({ slideId, markdown })
      return { slideId, note: this.get(slideId) }
    })()
  }

  delete(slideId: string): boolean {
    return this.db.transaction(() => this.remove(slideId))()
  }

  /** Inserts or replaces a note; callers hold the transaction. */
  write({ slideId, markdown, fallback }: NoteWrite): void {
    const place = this.slidePlace(slideId)
    const kept = this.db
      .prepare<[string], { course_id: string; slide_title: string; chapter_title: string }>(
        'SELECT course_id, slide_title, chapter_title FROM notes WHERE slide_id = ?'
      )
      .get(slideId)
    const courseId = place?.course_id ?? kept?.course_id ?? fallback?.courseId
    if (!courseId) throw new ApiError('not-found', `No slide with id ${slideId}`)
    const slideTitle = place?.title ?? kept?.slide_title ?? fallback?.slideTitle ?? ''
    const chapterTitle = place?.chapter_title ?? kept?.chapter_title ?? fallback?.chapterTitle ?? ''
    const now = this.now()
    this.db
      .prepare(
        `INSERT INTO notes (slide_id, course_id, slide_title, chapter_title, markdown, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (slide_id) DO UPDATE SET course_id = excluded.course_id, slide_title = excluded.slide_title,
           chapter_title = excluded.chapter_title, markdown = excluded.markdown, updated_at = excluded.updated_at`
      )
      .run(slideId, courseId, slideTitle, chapterTitle, markdown, now, now)
    this.search.upsert({
      kind: 'note',
      refId: slideId,
      courseId,
      slideId,
      title: slideTitle,
      body: slidePlainText(markdown)
    })
  }

  private remove(slideId: string): boolean {
    const { changes } = this.db.prepare('DELETE FROM notes WHERE slide_id = ?').run(slideId)
    this.search.remove('note', slideId)
    return changes > 0
  }

  private slidePlace(slideId: string): SlidePlace | undefined {
    return this.db
      .prepare<[string], SlidePlace>(
        `SELECT s.course_id, s.title, h.title AS chapter_title FROM slides s
           LEFT JOIN chapters h ON h.course_id = s.course_id AND h.position = s.chapter_index
          WHERE s.id = ?`
      )
      .get(slideId)
  }
}
