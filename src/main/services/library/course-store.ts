import { randomBytes } from 'node:crypto'
import type { Chapter, CourseSummary, CourseToc, EncodingRepair, FileProblem, Slide } from '@shared/api'
import { ApiError } from '@shared/api'
import type { Db } from '../db/open'
import type { SearchIndex } from '../search/search-index'
import type { PackInfo } from './packs'
import type { IndexedCourse, StoredSlide } from './types'

export interface FileRecord {
  id: number
  hash: string
  error: string | null
}

interface SummaryRow {
  id: string
  title: string
  folder_id: string
  path: string
  license: string | null
  license_url: string | null
  attribution: string | null
  repaired_from: EncodingRepair | null
  slide_count: number
  chapter_count: number
}

interface SlideRow {
  id: string
  course_id: string
  position: number
  chapter_index: number
  title: string
  layout: string
  markdown: string
  text: string
  is_toc: number
}

const summarySql = `
  SELECT c.id, c.title, f.folder_id, f.path, c.license, c.license_url, c.attribution, f.repaired_from,
         (SELECT count(*) FROM slides s WHERE s.course_id = c.id) AS slide_count,
         (SELECT count(*) FROM chapters h WHERE h.course_id = c.id) AS chapter_count
    FROM courses c JOIN files f ON f.id = c.file_id
    JOIN folders d ON d.id = f.folder_id`

function toSummary(row: SummaryRow): CourseSummary {
  const summary: CourseSummary = {
    id: row.id,
    title: row.title,
    folderId: row.folder_id,
    file: row.path,
    slideCount: row.slide_count,
    chapterCount: row.chapter_count
  }
  if (row.license) summary.license = row.license
  if (row.attribution) summary.attribution = row.attribution
  if (row.repaired_from) summary.repairedFrom = row.repaired_from
  return summary
}

/** Reads and writes courses, their chapters and slides, keeping the search index in step. */
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

  summaries(): CourseSummary[] {
    return this.db
      .prepare<[], SummaryRow>(`${summarySql} ORDER BY d.builtin DESC, d.added_at, f.path`)
      .all()
      .map(toSummary)
  }

  summary(courseId: string): CourseSummary {
    const row = this.db.prepare<[string], SummaryRow>(`${summarySql} WHERE c.id = ?`).get(courseId)
    if (!row) throw new ApiError('not-found', `No course with id ${courseId}`)
    return toSummary(row)
  }

  problems(): FileProblem[] {
    return this.db
      .prepare<[], { folder_id: string; path: string; error: string }>(
        'SELECT folder_id, path, error FROM files WHERE error IS NOT NULL ORDER BY folder_id, path'
      )
      .all()
      .map((r) => ({ folderId: r.folder_id, file: r.path, error: r.error }))
  }

  toc(courseId: string): CourseToc {
    const course = this.summary(courseId)
    const chapters: Chapter[] = this.db
      .prepare<[string], { position: number; title: string }>(
        'SELECT position, title FROM chapters WHERE course_id = ? ORDER BY position'
      )
      .all(courseId)
      .map((c) => ({ index: c.position, title: c.title, slides: [] }))
    const slides = this.db
      .prepare<[string], { id: string; position: number; title: string; chapter_index: number }>(
        'SELECT id, position, title, chapter_index FROM slides WHERE course_id = ? ORDER BY position'
      )
      .all(courseId)
    for (const s of slides) chapters[s.chapter_index]?.slides.push({ id: s.id, index: s.position, title: s.title })
    return { course, chapters }
  }

  slides(courseId: string): Slide[] {
    this.summary(courseId)
    return this.db
      .prepare<[string], SlideRow>('SELECT * FROM slides WHERE course_id = ? ORDER BY position')
      .all(courseId)
      .map((r) => ({
        id: r.id,
        courseId: r.course_id,
        index: r.position,
        chapterIndex: r.chapter_index,
        title: r.title,
        layout: r.layout,
        markdown: r.markdown,
        isToc: r.is_toc === 1
      }))
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
