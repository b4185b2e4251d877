// The kubectl console: the calls that keep its cluster, session, history and manifests
// workspace across restarts, spread into api.ts. The simulator itself runs in the
// renderer; the main process only stores what it hands over.
import { z } from 'zod'
import { maxConsoleHistory, maxWorkspaceFile } from './api-console-limits'
import type { SessionState } from './kubesim/session'

export { maxConsoleHistory, maxWorkspaceFile } from './api-console-limits'

/**
 * A workspace path as the console stores it: relative to the learner's home (`web.yaml`,
 * `k8s/db.yaml`) or absolute outside it (`/tmp/x.yaml`). No `.`/`..` segments, no empty
 * segment, no trailing slash.
 */
export const workspacePath = z
  .string()
  .min(1)
  .max(255)
  .regex(/^\/?[^/\0]+(\/[^/\0]+)*$/, 'not a workspace path')
  .refine((p) => !p.split('/').some((s) => s === '.' || s === '..'), 'no . or .. segments')

const name = z.string().min(1).max(253)
const smallRecord = (maxKeys: number) =>
  z
    .record(z.string().min(1).max(256), z.string().max(10_000))
    .refine((record) => Object.keys(record).length <= maxKeys, `at most ${maxKeys} entries`)

/** A kubectl session's `state()`: kubeconfig, shell variables and aliases — nothing else is stored. */
export const sessionState = z
  .object({
    version: z.literal(1),
    kubeconfig: z
      .object({
        currentContext: z.string().max(253),
        contexts: z
          .array(z.object({ name, cluster: name, user: name, namespace: name.optional() }).strict())
          .max(100),
        clusters: z.array(z.object({ name, server: z.string().max(2048) }).strict()).max(100),
        users: z.array(z.object({ name }).strict()).max(100)
      })
      .strict(),
    shell: z
      .object({ env: smallRecord(500), aliases: smallRecord(200), lastExit: z.number().int().min(0).max(255) })
      .strict()
  })
  .strict()

export const consoleRequests = {
  /** Everything saved, or nulls on a first start (the renderer then creates a fresh cluster). */
  'console.load': z.object({}).strict(),
  /**
   * Replaces the saved cluster, session and history in one transaction. `cluster` is the
   * engine's snapshot JSON, gzipped then base64-encoded (a cluster with a long history of
   * events is several hundred kilobytes of JSON, a tenth of that gzipped).
   */
  'console.save': z
    .object({
      cluster: z.string().min(1).max(8_000_000),
      session: sessionState,
      history: z.array(z.string().max(100_000)).max(maxConsoleHistory)
    })
    .strict(),
  'console.writeFile': z.object({ path: workspacePath, content: z.string().max(maxWorkspaceFile) }).strict(),
  'console.renameFile': z.object({ from: workspacePath, to: workspacePath }).strict(),
  'console.deleteFile': z.object({ path: workspacePath }).strict()
} as const

export interface WorkspaceFile {
  path: string
  content: string
  createdAt: number
  updatedAt: number
}

export interface ConsoleSaved {
  /** gzip + base64 engine snapshot, as sent to `console.save`; null before the first save. */
  cluster: string | null
  /** The session's `state()` (kubeconfig, shell variables and aliases). */
  session: SessionState | null
  history: string[]
  /** When the state was saved (epoch ms); null before the first save. */
  savedAt: number | null
  /** Every workspace file, by path. */
  files: WorkspaceFile[]
}

export interface ConsoleReplies {
  'console.load': ConsoleSaved
  'console.save': { savedAt: number }
  'console.writeFile': WorkspaceFile
  'console.renameFile': WorkspaceFile
  'console.deleteFile': { deleted: boolean }
}
