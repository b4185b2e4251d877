// What both transports agree on besides the schemas, kept free of zod so the preload and
// the renderer can import it without bundling every schema. api.ts checks at compile
// time that `apiMethodNames` lists exactly the methods of `apiRequests`: a capability
// that adds a method adds its name here too.
import { ApiError } from './api-error'

/** What a native path dialog is for; each maps to its own title, filters and default name. */
export const pathPurposes = ['notes-folder', 'anki-import', 'anki-export', 'review-log'] as const
export type PathPurpose = (typeof pathPurposes)[number]

export const apiMethodNames = [
  'app.info',
  'library.list',
  'library.addFolder',
  'library.removeFolder',
  'library.pickFolder',
  'library.pickPath',
  'course.toc',
  'course.slides',
  'progress.get',
  'progress.markSeen',
  'progress.setLast',
  'search.query',
  'settings.get',
  'settings.set',
  'notes.get',
  'notes.save',
  'notes.delete',
  'notes.list',
  'notes.export',
  'notes.import',
  'cards.list',
  'cards.get',
  'cards.forSlide',
  'cards.create',
  'cards.update',
  'cards.delete',
  'cards.suspend',
  'cards.decks',
  'cards.importAnki',
  'cards.exportAnki',
  'review.queue',
  'review.answer',
  'review.undo',
  'review.preview',
  'review.getSettings',
  'review.setSettings',
  'review.exportLog',
  'stats.summary',
  'console.load',
  'console.save',
  'console.writeFile',
  'console.renameFile',
  'console.deleteFile',
  'exercises.list',
  'exercises.get',
  'exercises.start',
  'exercises.recordCheck',
  'exercises.revealHints',
  'exercises.revealSolution',
  'cheatsheets.list',
  'cheatsheets.get'
] as const

export type ApiMethodName = (typeof apiMethodNames)[number]

/** What crosses either transport: a result, or an error the client rethrows as ApiError. */
export type ApiEnvelope<T = unknown> =
  | { result: T }
  | { error: { code: 'invalid-request' | 'not-found' | 'forbidden' | 'internal'; message: string } }

/** Electron: one ipcMain.handle channel per method, and one channel for push events. */
export const ipcChannelOf = (method: ApiMethodName): string => `api:${method}`
export const ipcEventChannel = 'api:event'

/**
 * Browser mode: `POST /api/<method>` with `Authorization: Bearer <token>` and a JSON
 * body; replies with an ApiEnvelope (HTTP 200, or 400/403/404/500 with `error`). Push
 * events arrive as Server-Sent Events from `GET /api/events?token=<token>`, one JSON
 * ApiEvent per `data:` line.
 */
export const webApiPrefix = '/api/'
export const webEventsPath = '/api/events'

/**
 * Commands of the Electron application menu, sent to the renderer as `menu` events; the
 * renderer runs them exactly as it runs the matching keyboard shortcut.
 */
export const menuCommands = [
  'search',
  'slide.next',
  'slide.previous',
  'slide.first',
  'slide.last',
  'slide.goto',
  'overview',
  'theme.toggle',
  'library.open',
  'library.addFolder',
  'about'
] as const

export type MenuCommand = (typeof menuCommands)[number]

/**
 * Electron's contextBridge copies only the message of an Error thrown across it, so the
 * preload rejects with a plain `{ name: 'ApiError', code, message }` object instead.
 * Clients turn whatever a call rejected with back into an ApiError with this.
 */
export function toApiError(reason: unknown): ApiError {
  if (reason instanceof ApiError) return reason
  if (typeof reason === 'object' && reason !== null) {
    const { name, code, message } = reason as { name?: unknown; code?: unknown; message?: unknown }
    if (name === 'ApiError' && typeof code === 'string' && typeof message === 'string') {
      return new ApiError(code as ApiError['code'], message)
    }
  }
  return new ApiError('internal', reason instanceof Error ? reason.message : String(reason))
}
