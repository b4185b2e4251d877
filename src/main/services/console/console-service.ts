import { gunzipSync } from 'node:zlib'
import { maxConsoleHistory, type ConsoleSaved, type WorkspaceFile } from '@shared/api-console'
import { ApiError } from '@shared/api-error'
import type { SessionState } from '@shared/kubesim/session'
import type { Db } from '../db/open'

/** A gzipped snapshot may not unpack to more than this: a guard against a corrupt or hostile body. */
const maxClusterJson = 64 * 1024 * 1024
/** Files a workspace may hold; the console is for a handful of manifests, not a disk. */
export const maxWorkspaceFiles = 500

interface StateRow {
  cluster: Buffer
  session: string
  history: string
  saved_at: number
}

interface FileRow {
  path: string
  content: string
  created_at: number
  updated_at: number
}

const toFile = (row: FileRow): WorkspaceFile => ({
  path: row.path,
  content: row.content,
  createdAt: row.created_at,
  updatedAt: row.updated_at
})

/**
 * Keeps what the console needs across restarts: the last cluster snapshot, the session
 * (kubeconfig, shell variables), the command history and the manifests workspace. The
 * simulator itself runs in the renderer and hands its state over as it changes.
 */
export class ConsoleService {
  constructor(
    private readonly db: Db,
    private readonly now: () => number = Date.now
  ) {}

  load(): ConsoleSaved {
    const row = this.db.prepare<[], StateRow>('SELECT cluster, session, history, saved_at FROM console_state WHERE id = 1').get()
    return {
      cluster: row ? row.cluster.toString('base64') : null,
      session: row ? (JSON.parse(row.session) as SessionState) : null,
      history: row ? (JSON.parse(row.history) as string[]) : [],
      savedAt: row ? row.saved_at : null,
      files: this.files()
    }
  }

  save(request: { cluster: string; session: SessionState; history: string[] }): { savedAt: number } {
    const gzipped = Buffer.from(request.cluster, 'base64')
    checkSnapshot(gzipped)
    const savedAt = this.now()
    this.db
      .prepare(
        `INSERT INTO console_state (id, cluster, session, history, saved_at) VALUES (1, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET cluster = excluded.cluster, session = excluded.session,
           history = excluded.history, saved_at = excluded.saved_at`
      )
      .run(gzipped, JSON.stringify(request.session), JSON.stringify(request.history.slice(-maxConsoleHistory)), savedAt)
    return { savedAt }
  }

  files(): WorkspaceFile[] {
    return this.db.prepare<[], FileRow>('SELECT * FROM console_files ORDER BY path').all().map(toFile)
  }

  writeFile(path: string, content: string): WorkspaceFile {
    const write = this.db.transaction(() => {
      const existing = this.find(path)
      const at = this.now()
      if (existing) {
        this.db.prepare('UPDATE console_files SET content = ?, updated_at = ? WHERE path = ?').run(content, at, path)
        return { ...existing, content, updatedAt: at }
      }
      const count = this.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM console_files').get()!.n
      if (count >= maxWorkspaceFiles) {
        throw new ApiError('invalid-request', `The workspace already holds ${maxWorkspaceFiles} files; delete some first.`)
      }
      this.db.prepare('INSERT INTO console_files (path, content, created_at, updated_at) VALUES (?, ?, ?, ?)').run(path, content, at, at)
      return { path, content, createdAt: at, updatedAt: at }
    })
    return write()
  }

  /** Refuses to overwrite: a rename never loses a file. */
  renameFile(from: string, to: string): WorkspaceFile {
    const rename = this.db.transaction(() => {
      const file = this.find(from)
      if (!file) throw new ApiError('not-found', `No workspace file ${from}`)
      if (from === to) return file
      if (this.find(to)) throw new ApiError('invalid-request', `A workspace file ${to} already exists`)
      const at = this.now()
      this.db.prepare('UPDATE console_files SET path = ?, updated_at = ? WHERE path = ?').run(to, at, from)
      return { ...file, path: to, updatedAt: at }
    })
    return rename()
  }

  deleteFile(path: string): { deleted: boolean } {
    return { deleted: this.db.prepare('DELETE FROM console_files WHERE path = ?').run(path).changes > 0 }
  }

  private find(path: string): WorkspaceFile | undefined {
    const row = this.db.prepare<[string], FileRow>('SELECT * FROM console_files WHERE path = ?').get(path)
    return row ? toFile(row) : undefined
  }
}

/** The snapshot must be gzip holding a JSON object with `version`: anything else would fail on the next start. */
function checkSnapshot(gzipped: Buffer): void {
  let parsed: unknown
  try {
    parsed = JSON.parse(gunzipSync(gzipped, { maxOutputLength: maxClusterJson }).toString('utf8'))
  } catch {
    throw new ApiError('invalid-request', 'The cluster snapshot is not gzipped JSON')
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed) || !('version' in parsed)) {
    throw new ApiError('invalid-request', 'The cluster snapshot has no version')
  }
}
