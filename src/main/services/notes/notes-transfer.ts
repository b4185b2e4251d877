import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { isAbsolute, join } from 'node:path'
import { ApiError, type Note, type NotesExportResult, type NotesImportResult } from '@shared/api'
import type { Db } from '../db/open'
import { listFiles } from '../library/scan'
import { slug } from '../slug'
import { formatNotesFile, NotesFileError, parseNotesFile, trimBlankLines, type ParsedNote } from './notes-file'
import type { NoteStore } from './note-store'

const detachedFileName = 'notes-detachees.md'
const detachedTitle = 'Notes détachées (diapositive retirée du cours)'
const maxDepth = 3

/**
 * Writes every note into `dir`: one folder per course, one file per chapter
 * (`03-architecture.md`), detached notes in their own file. File names depend only on
 * the chapter, so exporting again overwrites the same files.
 */
export function exportNotes(store: NoteStore, dir: string): NotesExportResult {
  const root = checkDir(dir)
  const files = new Map<string, { title: string; notes: Note[] }>()
  const notes = store.all().sort((a, b) => (a.slideIndex ?? 0) - (b.slideIndex ?? 0) || a.createdAt - b.createdAt)
  for (const note of notes) {
    const name = note.attached
      ? `${String(note.chapterIndex! + 1).padStart(2, '0')}-${slug(note.chapterTitle, 'notes')}.md`
      : detachedFileName
    const path = `${slug(note.courseId, 'notes')}/${name}`
    const file = files.get(path) ?? { title: note.attached ? note.chapterTitle : detachedTitle, notes: [] }
    file.notes.push(note)
    files.set(path, file)
  }
  for (const [path, file] of files) {
    const target = join(root, ...path.split('/'))
    mkdirSync(join(target, '..'), { recursive: true })
    // Whole file or nothing: a crash mid-export never leaves a half-written chapter.
    writeFileSync(`${target}.tmp`, formatNotesFile(file.title, file.notes))
    renameSync(`${target}.tmp`, target)
  }
  return { dir: root, files: [...files.keys()].sort(), notes: notes.length }
}

/**
 * Reads every `.md` file under `dir` back. All files are parsed before anything is
 * written, then everything goes in one transaction. Importing the same folder twice
 * changes nothing; a note whose text differs keeps both texts.
 */
export function importNotes(db: Db, store: NoteStore, dir: string): NotesImportResult {
  const root = checkDir(dir)
  const names = markdownFiles(root)
  const parsed: ParsedNote[] = []
  for (const name of names) {
    try {
      parsed.push(...parseNotesFile(readFileSync(join(root, name), 'utf8'), name))
    } catch (error) {
      if (error instanceof NotesFileError) throw new ApiError('invalid-request', `Nothing imported. ${error.message}`)
      throw error
    }
  }
  const result: NotesImportResult = { files: names.length, added: 0, merged: 0, unchanged: 0 }
  db.transaction(() => {
    for (const note of parsed) {
      if (note.markdown === '') continue
      const slideId = localSlideId(db, store, note)
      const current = store.get(slideId)
      const fallback = { courseId: note.courseId ?? '', slideTitle: note.slideTitle, chapterTitle: note.chapterTitle }
      if (!current) {
        if (!note.courseId && !slideExists(db, slideId)) {
          throw new ApiError('invalid-request', `Nothing imported. Note for unknown slide ${note.slideId} has no course="…".`)
        }
        store.write({ slideId, markdown: note.markdown, fallback })
        result.added++
        continue
      }
      const mine = trimBlankLines(current.markdown)
      if (mine.includes(note.markdown)) result.unchanged++
      else {
        const merged = note.markdown.includes(mine) ? note.markdown : `${mine}\n\n${note.markdown}`
        store.write({ slideId, markdown: merged, fallback })
        result.merged++
      }
    }
  })()
  return result
}

/**
 * Slide ids are drawn at random by each installation, so a folder exported elsewhere
 * names slides this library does not know. Such a note goes to the slide of the same
 * course with the same title (and chapter, if titles repeat); failing that it is kept
 * as a detached note under its own id.
 */
function localSlideId(db: Db, store: NoteStore, note: ParsedNote): string {
  if (store.get(note.slideId) || slideExists(db, note.slideId) || !note.courseId || !note.slideTitle) return note.slideId
  const candidates = db
    .prepare<[string, string], { id: string; chapter: string | null }>(
      `SELECT s.id, h.title AS chapter FROM slides s
         LEFT JOIN chapters h ON h.course_id = s.course_id AND h.position = s.chapter_index
        WHERE s.course_id = ? AND s.title = ?`
    )
    .all(note.courseId, note.slideTitle)
  const sameChapter = candidates.filter((c) => c.chapter === note.chapterTitle)
  const pick = candidates.length === 1 ? candidates[0] : sameChapter.length === 1 ? sameChapter[0] : undefined
  return pick?.id ?? note.slideId
}

function checkDir(dir: string): string {
  if (!isAbsolute(dir)) throw new ApiError('invalid-request', `Not an absolute path: ${dir}`)
  return dir
}

/** Every `.md` file of an export folder, relative to it. */
function markdownFiles(root: string): string[] {
  try {
    return listFiles(root, (name) => name.toLowerCase().endsWith('.md'), maxDepth)
  } catch {
    throw new ApiError('invalid-request', `Folder not found: ${root}`)
  }
}

function slideExists(db: Db, slideId: string): boolean {
  return db.prepare('SELECT 1 FROM slides WHERE id = ?').get(slideId) !== undefined
}
