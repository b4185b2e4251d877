// The manifests workspace as the simulated shell sees it: the learner's home is /root,
// files are kept by their path relative to it (`web.yaml`, `k8s/db.yaml`) or by an
// absolute path elsewhere (`/tmp/x.yaml`). Reads and writes are synchronous on memory;
// the store saves each change through the API.
import type { SessionFiles } from '@shared/kubesim/session'

export const HOME = '/root'

/** `./web.yaml`, `/root/web.yaml`, `~/web.yaml` → `/root/web.yaml`; `..` resolved. */
export function absolutePath(typed: string, cwd = HOME): string {
  let path = typed === '~' || typed.startsWith('~/') ? HOME + typed.slice(1) : typed
  if (!path.startsWith('/')) path = `${cwd}/${path}`
  const parts: string[] = []
  for (const part of path.split('/')) {
    if (!part || part === '.') continue
    if (part === '..') parts.pop()
    else parts.push(part)
  }
  return '/' + parts.join('/')
}

/** The key a file is stored under: relative inside the home, absolute outside it. */
export function workspaceKey(typed: string): string {
  const abs = absolutePath(typed)
  if (abs === HOME) return ''
  return abs.startsWith(HOME + '/') ? abs.slice(HOME.length + 1) : abs
}

const keyToAbsolute = (key: string): string => (key.startsWith('/') ? key : `${HOME}/${key}`)

export interface WorkspaceListener {
  /** A file was written (created or changed) by a command or the editor. */
  written(path: string, content: string): void
}

export class Workspace implements SessionFiles {
  private readonly files = new Map<string, string>()

  constructor(
    initial: Iterable<{ path: string; content: string }> = [],
    private readonly listener?: WorkspaceListener
  ) {
    for (const f of initial) this.files.set(f.path, f.content)
  }

  /** Stored keys, sorted. */
  paths(): string[] {
    return [...this.files.keys()].sort()
  }

  has(key: string): boolean {
    return this.files.has(key)
  }

  get(key: string): string | undefined {
    return this.files.get(key)
  }

  readFile(path: string): string | undefined {
    return this.files.get(workspaceKey(path))
  }

  listDir(path: string): string[] | undefined {
    const dir = absolutePath(path)
    const prefix = dir === '/' ? '/' : dir + '/'
    const entries = new Set<string>()
    for (const key of this.files.keys()) {
      const abs = keyToAbsolute(key)
      if (abs.startsWith(prefix)) entries.add(abs.slice(prefix.length).split('/')[0])
    }
    if (dir === '/') for (const d of ['root', 'tmp']) entries.add(d)
    if (!entries.size && dir !== HOME && dir !== '/tmp') return undefined
    return [...entries].sort()
  }

  writeFile(path: string, content: string): void {
    const key = workspaceKey(path)
    if (!key || this.isDirectory(key)) throw new Error('Is a directory')
    this.files.set(key, content)
    this.listener?.written(key, content)
  }

  /** For the workspace panel: keys as stored, no listener call (the panel saves itself). */
  set(key: string, content: string): void {
    this.files.set(key, content)
  }

  rename(from: string, to: string): void {
    const content = this.files.get(from)
    if (content === undefined) return
    this.files.delete(from)
    this.files.set(to, content)
  }

  remove(key: string): void {
    this.files.delete(key)
  }

  /** A name free in the workspace: `web.yaml`, else `web-2.yaml`, `web-3.yaml`… */
  freeName(wanted: string): string {
    if (!this.files.has(wanted) && !this.isDirectory(wanted)) return wanted
    const dot = wanted.lastIndexOf('.')
    const [stem, ext] = dot > 0 ? [wanted.slice(0, dot), wanted.slice(dot)] : [wanted, '']
    for (let n = 2; ; n++) {
      const name = `${stem}-${n}${ext}`
      if (!this.files.has(name) && !this.isDirectory(name)) return name
    }
  }

  private isDirectory(key: string): boolean {
    const prefix = key + '/'
    for (const k of this.files.keys()) if (k.startsWith(prefix)) return true
    return false
  }
}
