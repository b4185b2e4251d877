import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { watch, type FSWatcher } from 'chokidar'

export interface ContentFile {
  /** File name inside the folder. */
  name: string
  text: string
}

// Editors save in bursts; wait for the folder to settle, as the course watcher does.
const settleMs = 150

/** The files of one content folder (content/exercises, content/cheatsheets) with a suffix, by name. */
export function readContentDir(dir: string, suffixes: readonly string[]): { files: ContentFile[]; unreadable: { name: string; error: string }[] } {
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return { files: [], unreadable: [] }
  }
  const files: ContentFile[] = []
  const unreadable: { name: string; error: string }[] = []
  for (const name of names.sort()) {
    if (name.startsWith('.') || /^readme\./i.test(name) || !suffixes.some((s) => name.endsWith(s))) continue
    try {
      files.push({ name, text: readFileSync(join(dir, name), 'utf8') })
    } catch (error) {
      unreadable.push({ name, error: error instanceof Error ? error.message : String(error) })
    }
  }
  return { files, unreadable }
}

/** Calls `onChange` once a burst of edits to matching files in `dir` has settled. */
export class ContentWatcher {
  private watcher: FSWatcher | null = null
  private timer: NodeJS.Timeout | undefined
  private readyPromise: Promise<void> = Promise.resolve()

  constructor(
    private readonly dir: string,
    private readonly suffixes: readonly string[],
    private readonly onChange: () => void,
    private readonly label: string
  ) {}

  start(): void {
    this.watcher = watch(this.dir, { ignoreInitial: true, depth: 0 })
    const changed = (file: string): void => {
      if (!this.suffixes.some((s) => file.endsWith(s))) return
      clearTimeout(this.timer)
      this.timer = setTimeout(() => {
        this.timer = undefined
        try {
          this.onChange()
        } catch (error) {
          console.error(`[${this.label}] reloading failed`, error)
        }
      }, settleMs)
    }
    this.watcher.on('add', changed).on('change', changed).on('unlink', changed)
    this.watcher.on('error', (error) => console.error(`[${this.label}] watcher`, error))
    const watcher = this.watcher
    this.readyPromise = new Promise((resolve) => watcher.once('ready', () => resolve()))
  }

  /** Resolves once the initial scan is done, so later edits are seen (tests use it). */
  ready(): Promise<void> {
    return this.readyPromise
  }

  async close(): Promise<void> {
    clearTimeout(this.timer)
    await this.watcher?.close()
    this.watcher = null
  }
}
