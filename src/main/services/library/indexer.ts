import { readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import type { ApiEvent, CourseFolder } from '@shared/api'
import type { CourseStore } from './course-store'
import { contentHash, courseIdFor } from './ids'
import { readPackInfo } from './packs'
import { listCourseFiles } from './scan'
import type { CourseFileParser } from './types'

export type FileOutcome = { status: 'unchanged' } | { status: 'indexed' | 'failed' | 'removed'; courseId?: string }

const progressEveryMs = 100

/** Turns course files into stored courses, skipping files whose bytes have not changed. */
export class Indexer {
  constructor(
    private readonly courses: CourseStore,
    private readonly parse: CourseFileParser,
    private readonly emit: (event: ApiEvent) => void
  ) {}

  /** Indexes every course file of the folders; returns how many files changed. */
  async indexFolders(folders: CourseFolder[]): Promise<number> {
    const work = folders.flatMap((folder) => {
      const present = listCourseFiles(folder.path)
      const gone = this.courses.filePaths(folder.id).filter((p) => !present.includes(p))
      return [...present, ...gone].map((path) => ({ folder, path }))
    })
    let changed = 0
    let lastReport = 0
    this.emit({ type: 'indexing.progress', done: 0, total: work.length })
    for (const [i, { folder, path }] of work.entries()) {
      if (this.indexFile(folder, path).status !== 'unchanged') changed++
      if (Date.now() - lastReport >= progressEveryMs) {
        lastReport = Date.now()
        this.emit({ type: 'indexing.progress', done: i + 1, total: work.length })
        // Let progress events and API calls through between files.
        await new Promise((resolve) => setImmediate(resolve))
      }
    }
    this.emit({ type: 'indexing.progress', done: work.length, total: work.length })
    return changed
  }

  /** Brings one file's stored course up to date with the disk. */
  indexFile(folder: CourseFolder, path: string): FileOutcome {
    let bytes: Uint8Array
    try {
      bytes = readFileSync(join(folder.path, path))
    } catch {
      if (!this.courses.fileRecord(folder.id, path)) return { status: 'unchanged' }
      const courseId = this.courses.courseIdOfFile(folder.id, path)
      this.courses.removeFile(folder.id, path)
      return { status: 'removed', courseId }
    }
    const hash = contentHash(bytes)
    if (this.courses.fileRecord(folder.id, path)?.hash === hash) return { status: 'unchanged' }

    const courseId = courseIdFor(folder.id, path, folder.builtin ? basename(folder.path) : undefined)
    try {
      const course = this.parse({
        bytes,
        file: path,
        courseId,
        previous: this.courses.storedSlides(courseId),
        newSlideId: () => this.courses.newSlideId()
      })
      this.courses.saveCourse(folder.id, path, hash, courseId, course, readPackInfo(folder.path))
      return { status: 'indexed', courseId }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      this.courses.saveProblem(folder.id, path, hash, message)
      return { status: 'failed', courseId: this.courses.courseIdOfFile(folder.id, path) }
    }
  }
}
