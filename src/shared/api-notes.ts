// Notes on slides: the calls and replies of the notes capability, spread into api.ts.
import { z } from 'zod'

const id = z.string().min(1).max(200)
/** A folder on the user's machine: from the native dialog in Electron, a path field in browser mode. */
export const folderPath = z.string().min(1).max(4096)

export const notesRequests = {
  'notes.get': z.object({ slideId: id }).strict(),
  /** Idempotent: always the full text. Blank text removes the note. */
  'notes.save': z.object({ slideId: id, markdown: z.string().max(200_000) }).strict(),
  'notes.delete': z.object({ slideId: id }).strict(),
  'notes.list': z
    .object({
      courseId: id.optional(),
      /** `kubernetes` or `#kubernetes`: only notes carrying that tag. */
      tag: z.string().min(1).max(100).optional()
    })
    .strict(),
  'notes.export': z.object({ dir: folderPath }).strict(),
  'notes.import': z.object({ dir: folderPath }).strict()
} as const

export interface Note {
  slideId: string
  courseId: string
  markdown: string
  /** `#tags` found in the text, lowercased, without `#`, sorted. */
  tags: string[]
  /** False when the slide has left the course: the note is kept and listed as detached. */
  attached: boolean
  /** The slide's current title, or the last one known when detached. */
  slideTitle: string
  chapterTitle: string
  /** Present when attached. */
  slideIndex?: number
  chapterIndex?: number
  createdAt: number
  updatedAt: number
}

export interface NoteSaveResult {
  slideId: string
  /** The note as stored, or null when blank text removed it. */
  note: Note | null
}

export interface NoteGroup {
  courseId: string
  courseTitle: string
  chapterIndex: number
  chapterTitle: string
  /** In slide order. */
  notes: Note[]
}

export interface NotesList {
  /** Attached notes by course and chapter, in course order. */
  groups: NoteGroup[]
  /** Notes whose slide is gone, most recently edited first. */
  detached: Note[]
  /** Every tag of the notes listed before the tag filter, with its count. */
  tags: { tag: string; count: number }[]
  total: number
}

export interface NotesExportResult {
  dir: string
  /** Paths of the written files, relative to `dir`. */
  files: string[]
  notes: number
}

export interface NotesImportResult {
  files: number
  /** Notes that did not exist yet (detached ones included). */
  added: number
  /** Notes whose text differed: the imported text was appended, nothing was overwritten. */
  merged: number
  unchanged: number
}

export interface NotesReplies {
  'notes.get': Note | null
  'notes.save': NoteSaveResult
  'notes.delete': { deleted: boolean }
  'notes.list': NotesList
  'notes.export': NotesExportResult
  'notes.import': NotesImportResult
}
