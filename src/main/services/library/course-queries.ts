import type { Chapter, CourseSummary, CourseToc, EncodingRepair, FileProblem, Slide } from '@shared/api'
import { ApiError } from '@shared/api'
import type { Db } from '../db/open'

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

export interface SlideRow {
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

/** What the API reads of the library: course summaries, tables of contents, slides, problems. */
export class CourseQueries {
  constructor(private readonly db: Db) {}

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

  licenseUrl(courseId: string): string | undefined {
    const row = this.db
      .prepare<[string], { license_url: string | null }>('SELECT license_url FROM courses WHERE id = ?')
      .get(courseId)
    return row?.license_url ?? undefined
  }
}
