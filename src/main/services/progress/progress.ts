import type { Progress } from '@shared/api'
import { ApiError } from '@shared/api'
import type { Db } from '../db/open'
import type { SettingsStore } from '../settings/settings'

const lastKey = 'progress.last'

/** Which slides the user has seen, and where to reopen. */
export class ProgressStore {
  constructor(
    private readonly db: Db,
    private readonly settings: SettingsStore
  ) {}

  get(): Progress {
    const seen = this.db
      .prepare<[], { slide_id: string }>('SELECT slide_id FROM slides_seen ORDER BY seen_at, slide_id')
      .all()
      .map((r) => r.slide_id)
    return { seenSlideIds: seen, last: this.validLast() }
  }

  markSeen(slideId: string): Progress {
    this.requireSlide(slideId)
    this.db
      .prepare('INSERT INTO slides_seen (slide_id, seen_at) VALUES (?, ?) ON CONFLICT DO NOTHING')
      .run(slideId, Date.now())
    return this.get()
  }

  setLast(courseId: string, slideId: string): Progress {
    const courseOfSlide = this.requireSlide(slideId)
    if (courseOfSlide !== courseId) {
      throw new ApiError('invalid-request', `Slide ${slideId} is not part of course ${courseId}`)
    }
    this.settings.write(lastKey, { courseId, slideId })
    return this.get()
  }

  /** The remembered position, dropped when its slide has since been removed from the course. */
  private validLast(): Progress['last'] {
    const last = this.settings.read<Progress['last']>(lastKey)
    if (!last) return null
    const exists = this.db
      .prepare('SELECT 1 FROM slides WHERE id = ? AND course_id = ?')
      .get(last.slideId, last.courseId)
    return exists ? last : null
  }

  private requireSlide(slideId: string): string {
    const row = this.db.prepare<[string], { course_id: string }>('SELECT course_id FROM slides WHERE id = ?').get(slideId)
    if (!row) throw new ApiError('not-found', `No slide with id ${slideId}`)
    return row.course_id
  }
}
