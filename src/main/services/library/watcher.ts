import { relative, sep } from 'node:path'
import { watch, type FSWatcher } from 'chokidar'
import { isCourseFileName, isIgnoredPath } from './scan'

export interface WatchCallbacks {
  /** A course file was added, changed or removed. */
  onFile(folderId: string, relativePath: string): void
  /** A directory disappeared: the folder's file list must be reconciled. */
  onDirRemoved(folderId: string): void
}

// Editors save in several writes (or write a temp file and rename it); wait for the burst to end.
const settleMs = 150

/** Watches each library folder and reports settled changes to course files, one callback per file. */
export class FolderWatcher {
  private readonly watchers = new Map<string, { watcher: FSWatcher; ready: Promise<void> }>()
  private readonly timers = new Map<string, NodeJS.Timeout>()

  constructor(private readonly callbacks: WatchCallbacks) {}

  watch(folderId: string, path: string): void {
    if (this.watchers.has(folderId)) return
    const watcher = watch(path, {
      ignoreInitial: true,
      depth: 6,
      ignored: (p, stats) => isIgnoredPath(p, stats?.isFile())
    })
    const onFile = (file: string): void => {
      const name = file.split(sep).pop() ?? ''
      if (!isCourseFileName(name)) return
      this.settle(`${folderId}\n${file}`, () =>
        this.callbacks.onFile(folderId, relative(path, file).split(sep).join('/'))
      )
    }
    watcher.on('add', onFile).on('change', onFile).on('unlink', onFile)
    watcher.on('unlinkDir', () => this.settle(`${folderId}\n/`, () => this.callbacks.onDirRemoved(folderId)))
    watcher.on('error', (error) => console.error(`[watcher] ${path}`, error))
    const ready = new Promise<void>((resolve) => watcher.once('ready', () => resolve()))
    this.watchers.set(folderId, { watcher, ready })
  }

  async unwatch(folderId: string): Promise<void> {
    const entry = this.watchers.get(folderId)
    this.watchers.delete(folderId)
    await entry?.watcher.close()
  }

  /** Resolves once every folder's initial scan is done, so later edits are seen. */
  async ready(): Promise<void> {
    await Promise.all([...this.watchers.values()].map((w) => w.ready))
  }

  async close(): Promise<void> {
    for (const timer of this.timers.values()) clearTimeout(timer)
    this.timers.clear()
    await Promise.all([...this.watchers.keys()].map((id) => this.unwatch(id)))
  }

  private settle(key: string, run: () => void): void {
    clearTimeout(this.timers.get(key))
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key)
        run()
      }, settleMs)
    )
  }
}
