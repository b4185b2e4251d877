import { realpathSync, statSync } from 'node:fs'
import { isAbsolute } from 'node:path'
import { ApiError, type ApiEvent, type AppInfo, type CourseFolder, type LibraryState } from '@shared/api'
import type { Db } from '../db/open'
import type { SearchIndex } from '../search/search-index'
import { CourseQueries } from './course-queries'
import { CourseStore } from './course-store'
import { FolderStore } from './folders'
import { Indexer } from './indexer'
import type { CourseFileParser } from './types'
import { FolderWatcher } from './watcher'

export interface LibraryOptions {
  db: Db
  search: SearchIndex
  /** `content/courses`: one sub-folder per built-in pack. */
  coursesDir: string
  parse: CourseFileParser
  emit: (event: ApiEvent) => void
  /** Off for one-shot runs (benchmarks); on in the app so edits show up live. */
  watch?: boolean
}

/**
 * The course library: built-in packs plus the user's folders, indexed into the database
 * and kept in step with the disk. Indexing work is queued so a watcher event never
 * races a full pass.
 */
export class Library {
  readonly folders: FolderStore
  readonly courses: CourseQueries
  private readonly indexer: Indexer
  private readonly watcher: FolderWatcher | null
  private queue: Promise<unknown> = Promise.resolve()
  private pending = 0
  private closed = false

  constructor(private readonly options: LibraryOptions) {
    this.folders = new FolderStore(options.db)
    this.courses = new CourseQueries(options.db)
    this.indexer = new Indexer(new CourseStore(options.db, options.search), options.parse, options.emit)
    this.watcher =
      options.watch === false
        ? null
        : new FolderWatcher({
            onFile: (folderId, path) => void this.reindexFile(folderId, path),
            onDirRemoved: (folderId) => void this.reindexFolder(folderId)
          })
  }

  /** Registers the built-in packs, indexes everything that changed since the last run, then watches. */
  async start(): Promise<void> {
    this.folders.syncBuiltin(this.options.coursesDir)
    const folders = this.folders.all()
    await this.enqueue(async () => {
      if ((await this.indexer.indexFolders(folders)) > 0) this.options.emit({ type: 'library.changed' })
    })
    if (this.closed) return
    for (const folder of folders) this.watcher?.watch(folder.id, folder.path)
  }

  /** Resolves when queued indexing is done and the watchers are live (tests and shutdown use it). */
  async idle(): Promise<void> {
    await this.queue
    await this.watcher?.ready()
  }

  list(): LibraryState {
    return {
      folders: this.folders.all(),
      courses: this.courses.summaries(),
      problems: this.courses.problems(),
      indexing: this.pending > 0
    }
  }

  async addFolder(path: string): Promise<LibraryState> {
    const folder = this.folders.addUser(checkFolder(path))
    await this.enqueue(() => this.indexer.indexFolders([folder]))
    if (!this.closed) this.watcher?.watch(folder.id, folder.path)
    this.options.emit({ type: 'library.changed' })
    return this.list()
  }

  async removeFolder(folderId: string): Promise<LibraryState> {
    const folder = this.requireFolder(folderId)
    if (folder.builtin) throw new ApiError('forbidden', 'Built-in course packs cannot be removed.')
    await this.watcher?.unwatch(folderId)
    await this.enqueue(async () => this.folders.remove(folderId))
    this.options.emit({ type: 'library.changed' })
    return this.list()
  }

  attributions(): AppInfo['attributions'] {
    return this.courses
      .summaries()
      .filter((c) => c.attribution && this.folders.get(c.folderId)?.builtin)
      .map((c) => {
        const licenseUrl = this.courses.licenseUrl(c.id)
        return { courseId: c.id, text: c.attribution!, license: c.license ?? '', ...(licenseUrl ? { licenseUrl } : {}) }
      })
  }

  /** Stops watching and lets queued work finish; nothing touches the database afterwards. */
  async close(): Promise<void> {
    this.closed = true
    await this.watcher?.close()
    await this.queue
  }

  /** Re-indexes one file after the watcher saw it change, and tells the open views. */
  async reindexFile(folderId: string, path: string): Promise<void> {
    await this.enqueue(async () => {
      const folder = this.folders.get(folderId)
      if (!folder) return
      const outcome = this.indexer.indexFile(folder, path)
      if (outcome.status === 'unchanged') return
      if (outcome.courseId && outcome.status !== 'removed') {
        this.options.emit({ type: 'course.changed', courseId: outcome.courseId })
      }
      this.options.emit({ type: 'library.changed' })
    })
  }

  private async reindexFolder(folderId: string): Promise<void> {
    await this.enqueue(async () => {
      const folder = this.folders.get(folderId)
      if (folder && (await this.indexer.indexFolders([folder])) > 0) this.options.emit({ type: 'library.changed' })
    })
  }

  private requireFolder(folderId: string): CourseFolder {
    const folder = this.folders.get(folderId)
    if (!folder) throw new ApiError('not-found', `No course folder with id ${folderId}`)
    return folder
  }

  private enqueue<T>(work: () => Promise<T>): Promise<T | undefined> {
    this.pending++
    const run = this.queue.then(() => (this.closed ? undefined : work())).finally(() => this.pending--)
    this.queue = run.catch((error) => console.error('[library] indexing failed', error))
    return run
  }
}

/** A folder the user asks to add must be an existing directory, given as an absolute path. */
function checkFolder(path: string): string {
  if (!isAbsolute(path)) throw new ApiError('invalid-request', `Not an absolute path: ${path}`)
  let real: string
  try {
    real = realpathSync(path)
  } catch {
    throw new ApiError('invalid-request', `Folder not found: ${path}`)
  }
  if (!statSync(real).isDirectory()) throw new ApiError('invalid-request', `Not a folder: ${path}`)
  return real
}
