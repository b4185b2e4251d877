import { randomBytes } from 'node:crypto'
import type { Db } from '../db/open'
import type { SearchIndex } from '../search/search-index'
import type { SlideRow } from './course-queries'
import type { PackInfo } from './packs'
import type { IndexedCourse, StoredSlide } from './types'

export interface FileRecord {
  id: number
  hash: string
  error: string | null
}

/** Writes courses, their chapters and slides, keeping the search index in step. */
export class CourseStore {
  constructor(
    private readonly db: Db,
    private readonly search: SearchIndex
  ) {}

  fileRecord(folderId: string, path: string): FileRecord | undefined {
    return this.db
      .prepare<[string, string], FileRecord>('SELECT id, hash, error FROM files WHERE folder_id = ? AND path = ?')
      .get(folderId, path)
  }

  filePaths(folderId: string): string[] {
    return this.db
      .prepare<[string], { path: string }>('SELECT path FROM files WHERE folder_id = ? ORDER BY path')
      .all(folderId)
      .map((r) => r.path)
  }

  courseIdOfFile(folderId: string, path: string): string | undefined {
    return this.db
      .prepare<[string, string], { id: string }>(
        'SELECT c.id FROM courses c JOIN files f ON f.id = c.file_id WHERE f.folder_id = ? AND f.path = ?'
      )
      .get(folderId, path)?.id
  }

  storedSlides(courseId: string): StoredSlide[] {
    return this.db
      .prepare<[string], StoredSlide>('SELECT id, title, text FROM slides WHERE course_id = ? ORDER BY position')
      .all(courseId)
  }

  /** A random id for a new slide, unused by every course. */
  newSlideId(): string {
    const taken = this.db.prepare('SELECT 1 FROM slides WHERE id = ?')
    for (;;) {
      const id = randomBytes(9).toString('base64url')
      if (!taken.get(id)) return id
    }
  }

  /** Stores a parsed file in one transaction: slides keep their rows (and what hangs on them) by id. */
  saveCourse(folderId: string, path: string, hash: string, courseId: string, course: IndexedCourse, pack: PackInfo): void {
    this.db.transaction(() => {
      const fileId = this.upsertFile(folderId, path, hash, null, course.repairedFrom ?? null)
      this.db
        .prepare(
          `INSERT INTO courses (id, file_id, title, license, license_url, attribution) VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT (id) DO UPDATE SET file_id = excluded.file_id, title = excluded.title, license = excluded.license,
             license_url = excluded.license_url, attribution = excluded.attribution`
        )
        .run(courseId, fileId, course.title, pack.license ?? null, pack.licenseUrl ?? null, pack.attribution ?? null)

      this.db.prepare('DELETE FROM chapters WHERE course_id = ?').run(courseId)
      const insertChapter = this.db.prepare('INSERT INTO chapters (course_id, position, title) VALUES (?, ?, ?)')
      course.chapters.forEach((title, i) => insertChapter.run(courseId, i, title))

      this.saveSlides(courseId, course)
    })()
  }

  /** Records a file that could not be parsed. A course it produced before stays readable. */
  saveProblem(folderId: string, path: string, hash: string, error: string): void {
    this.db.transaction(() => this.upsertFile(folderId, path, hash, error, null))()
  }

  removeFile(folderId: string, path: string): void {
    this.db.transaction(() => {
      this.db
        .prepare('DELETE FROM courses WHERE file_id IN (SELECT id FROM files WHERE folder_id = ? AND path = ?)')
        .run(folderId, path)
      this.db.prepare('DELETE FROM files WHERE folder_id = ? AND path = ?').run(folderId, path)
    })()
  }

  private upsertFile(folderId: string, path: string, hash: string, error: string | null, repaired: string | null): number {
    const row = this.db
      .prepare<unknown[], { id: number }>(
        `INSERT INTO files (folder_id, path, hash, error, repaired_from, indexed_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (folder_id, path) DO UPDATE SET hash = excluded.hash, error = excluded.error,
           repaired_from = CASE WHEN excluded.error IS NULL THEN excluded.repaired_from ELSE repaired_from END,
           indexed_at = excluded.indexed_at
         RETURNING id`
      )
      .get(folderId, path, hash, error, repaired, Date.now())
    return row!.id
  }

  private saveSlides(courseId: string, course: IndexedCourse): void {
    const before = new Map(
      this.db
        .prepare<[string], SlideRow>('SELECT * FROM slides WHERE course_id = ?')
        .all(courseId)
        .map((r) => [r.id, r])
    )
    const upsert = this.db.prepare(
      `INSERT INTO slides (id, course_id, position, chapter_index, title, layout, markdown, text, is_toc)
       VALUES (@id, @courseId, @position, @chapterIndex, @title, @layout, @markdown, @text, @isToc)
       ON CONFLICT (id) DO UPDATE SET course_id = excluded.course_id, position = excluded.position,
         chapter_index = excluded.chapter_index, title = excluded.title, layout = excluded.layout,
         markdown = excluded.markdown, text = excluded.text, is_toc = excluded.is_toc`
    )
    const keep = new Set<string>()
    course.slides.forEach((slide, position) => {
      keep.add(slide.id)
      const old = before.get(slide.id)
      const row = { ...slide, courseId, position, isToc: slide.isToc ? 1 : 0 }
      if (
        old &&
        old.position === position &&
        old.chapter_index === slide.chapterIndex &&
        old.title === slide.title &&
        old.layout === slide.layout &&
        old.markdown === slide.markdown &&
        old.text === slide.text &&
        old.is_toc === row.isToc
      ) {
        return
      }
      upsert.run(row)
      if (!old || old.title !== slide.title || old.text !== slide.text) {
        this.search.upsert({
          kind: 'slide',
          refId: slide.id,
          courseId,
          slideId: slide.id,
          title: slide.title,
          body: slide.text
        })
      }
    })
    const remove = this.db.prepare('DELETE FROM slides WHERE id = ?')
    for (const id of before.keys()) if (!keep.has(id)) remove.run(id)
  }
}
