// The one contract between the renderer and the main process.
//
// Every call the renderer may make is declared here once, with a zod schema for its
// request (the main process validates every request against it, whatever the
// transport) and a TypeScript type for its reply. Electron exposes these calls
// through ipcMain.handle + the preload; browser mode exposes the very same handlers
// over loopback HTTP. The renderer only sees the `KubeStudyApi` shape.
//
// Later capabilities (notes, cards, console, exercises, cheatsheets) add their calls
// to `apiRequests` and `ApiReplies`; nothing else needs to change in either transport.
import { z } from 'zod'
import { apiMethodNames, pathPurposes, type ApiMethodName, type MenuCommand } from './api-transport'
import { cardsRequests, type CardsReplies } from './api-cards'
import { notesRequests, type NotesReplies } from './api-notes'
import { reviewRequests, type ReviewReplies } from './api-review'
import { consoleRequests, type ConsoleReplies } from './api-console'
import { practiceRequests, type PracticeReplies } from './api-practice'

const id = z.string().min(1).max(200)

export const apiRequests = {
  'app.info': z.object({}).strict(),

  'library.list': z.object({}).strict(),
  'library.addFolder': z.object({ path: z.string().min(1).max(4096) }).strict(),
  'library.removeFolder': z.object({ folderId: id }).strict(),
  /** Electron: native folder dialog. Browser mode: returns null, the UI shows a path field. */
  'library.pickFolder': z.object({}).strict(),
  /**
   * Electron: the native open/save dialog that fits the purpose (the main process owns
   * titles, filters and default names). Browser mode: null, the UI keeps its path field.
   */
  'library.pickPath': z.object({ purpose: z.enum(pathPurposes) }).strict(),

  'course.toc': z.object({ courseId: id }).strict(),
  'course.slides': z.object({ courseId: id }).strict(),

  'progress.get': z.object({}).strict(),
  'progress.markSeen': z.object({ slideId: id }).strict(),
  'progress.setLast': z.object({ courseId: id, slideId: id }).strict(),

  'search.query': z
    .object({
      query: z.string().max(500),
      limit: z.number().int().min(1).max(200).optional(),
      kinds: z.array(z.enum(['slide', 'note', 'card', 'cheatsheet', 'exercise'])).optional()
    })
    .strict(),

  'settings.get': z.object({}).strict(),
  'settings.set': z
    .object({
      theme: z.enum(['light', 'dark', 'system']).optional()
    })
    .strict(),

  ...notesRequests,
  ...cardsRequests,
  ...reviewRequests,
  ...consoleRequests,
  ...practiceRequests
} as const

export type ApiMethod = keyof typeof apiRequests
export type ApiRequest<M extends ApiMethod> = z.input<(typeof apiRequests)[M]>

// ---- reply types ----

export type EncodingRepair = 'mac-roman' | 'windows-1252'

export interface AppInfo {
  version: string
  mode: 'electron' | 'web'
  dataDir: string
  /** Attribution lines to show for every bundled course (CC BY-SA requires it). */
  attributions: { courseId: string; text: string; license: string; licenseUrl?: string }[]
}

export interface CourseSummary {
  id: string
  title: string
  folderId: string
  /** Path of the markdown file, relative to its folder. */
  file: string
  slideCount: number
  chapterCount: number
  license?: string
  attribution?: string
  /** Set when the file arrived mis-encoded and the indexer repaired it. */
  repairedFrom?: EncodingRepair
}

export interface CourseFolder {
  id: string
  path: string
  builtin: boolean
}

export interface FileProblem {
  folderId: string
  file: string
  error: string
}

export interface LibraryState {
  folders: CourseFolder[]
  courses: CourseSummary[]
  /** Files that could not be parsed; every other file still loads. */
  problems: FileProblem[]
  /** True while an indexing pass is running. */
  indexing: boolean
}

export interface SlideRef {
  id: string
  /** 0-based position in the course. */
  index: number
  title: string
}

export interface Chapter {
  index: number
  title: string
  slides: SlideRef[]
}

export interface CourseToc {
  course: CourseSummary
  chapters: Chapter[]
}

export interface Slide {
  id: string
  courseId: string
  index: number
  chapterIndex: number
  title: string
  /** Slide frontmatter layout (`section`, `two-cols`, …), `default` when none. */
  layout: string
  /** Markdown body, frontmatter removed; rendered in the renderer by src/shared/markdown. */
  markdown: string
  /** True for the course's empty "Chapitres" slide: the renderer shows the automatic TOC. */
  isToc: boolean
}

export interface Progress {
  seenSlideIds: string[]
  last: { courseId: string; slideId: string } | null
}

export type SearchKind = 'slide' | 'note' | 'card' | 'cheatsheet' | 'exercise'

export interface SearchHit {
  kind: SearchKind
  /** Id of the slide, note, card, exercise or cheatsheet section (`<sheet>#<section>`). */
  id: string
  title: string
  /** Sanitised snippet; matched terms wrapped in <mark>. */
  snippet: string
  courseId?: string
  slideId?: string
  slideIndex?: number
  /** Matched terms as typed, for highlighting on the target view. */
  terms: string[]
}

export interface SearchResult {
  hits: SearchHit[]
  tookMs: number
}

export interface Settings {
  theme: 'light' | 'dark' | 'system'
}

export interface ApiReplies extends NotesReplies, CardsReplies, ReviewReplies, ConsoleReplies, PracticeReplies {
  'app.info': AppInfo
  'library.list': LibraryState
  'library.addFolder': LibraryState
  'library.removeFolder': LibraryState
  'library.pickFolder': string | null
  'library.pickPath': string | null
  'course.toc': CourseToc
  'course.slides': Slide[]
  'progress.get': Progress
  'progress.markSeen': Progress
  'progress.setLast': Progress
  'search.query': SearchResult
  'settings.get': Settings
  'settings.set': Settings
}

// ---- push events (main → renderer) ----

export type ApiEvent =
  | { type: 'library.changed' }
  /** A course file was re-indexed; open slides of this course should refresh. */
  | { type: 'course.changed'; courseId: string }
  | { type: 'indexing.progress'; done: number; total: number }
  /** A curated deck file changed on disk and was reloaded: card lists and queues should refresh. */
  | { type: 'cards.changed' }
  /** content/exercises or content/cheatsheets changed on disk and was reloaded. */
  | { type: 'exercises.changed' }
  | { type: 'cheatsheets.changed' }
  /** Electron only: an application-menu item was chosen; run it like its keyboard shortcut. */
  | { type: 'menu'; command: MenuCommand }

// ---- the shape the renderer sees (window.api in Electron, an HTTP client in browser mode) ----

type Namespaced<M extends string> = M extends `${infer NS}.${string}` ? NS : never
type MethodsOf<NS extends string> = Extract<ApiMethod, `${NS}.${string}`>
type Short<M extends string> = M extends `${string}.${infer Name}` ? Name : never

export type KubeStudyApi = {
  [NS in Namespaced<ApiMethod>]: {
    [M in MethodsOf<NS> as Short<M>]: (request: ApiRequest<M>) => Promise<ApiReplies[M]>
  }
} & {
  /** Subscribe to push events; returns an unsubscribe function. */
  onEvent(listener: (event: ApiEvent) => void): () => void
}

// Fails to compile when the zod-free list of names and the schemas disagree.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never
const methodListsAgree: Same<ApiMethod, ApiMethodName> = true

export const apiMethods: readonly ApiMethod[] = methodListsAgree && apiMethodNames

// Kept in zod-free modules so the preload and the renderer can use them without bundling the schemas.
export { ApiError } from './api-error'
export * from './api-transport'
export * from './api-notes'
export * from './api-cards'
export * from './api-review'
export * from './api-console'
export * from './api-practice'
