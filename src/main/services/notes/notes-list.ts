import type { Note, NoteGroup, NotesList } from '@shared/api'
import type { Db } from '../db/open'
import { normaliseTag } from './note-tags'

export interface ListOptions {
  courseId?: string
  tag?: string
}

/**
 * Every note for the Notes view: attached ones grouped by course and chapter in course
 * order, detached ones apart. Tag counts are taken before the tag filter so the view
 * can offer every tag while one is selected.
 */
export function listNotes(db: Db, all: Note[], { courseId, tag }: ListOptions): NotesList {
  const inCourse = courseId ? all.filter((n) => n.courseId === courseId) : all
  const counts = new Map<string, number>()
  for (const note of inCourse) for (const t of note.tags) counts.set(t, (counts.get(t) ?? 0) + 1)
  const wanted = tag === undefined ? undefined : normaliseTag(tag)
  const shown = wanted === undefined ? inCourse : inCourse.filter((n) => n.tags.includes(wanted))

  const courseTitles = new Map(
    db
      .prepare<[], { id: string; title: string }>('SELECT id, title FROM courses')
      .all()
      .map((c) => [c.id, c.title])
  )
  const groups = new Map<string, NoteGroup>()
  const attached = shown.filter((n) => n.attached).sort((a, b) => byCourse(a, b, courseTitles) || a.slideIndex! - b.slideIndex!)
  for (const note of attached) {
    const key = `${note.courseId}\n${note.chapterIndex}`
    let group = groups.get(key)
    if (!group) {
      group = {
        courseId: note.courseId,
        courseTitle: courseTitles.get(note.courseId) ?? note.courseId,
        chapterIndex: note.chapterIndex!,
        chapterTitle: note.chapterTitle,
        notes: []
      }
      groups.set(key, group)
    }
    group.notes.push(note)
  }

  return {
    groups: [...groups.values()],
    detached: shown.filter((n) => !n.attached).sort((a, b) => b.updatedAt - a.updatedAt),
    tags: [...counts].map(([t, count]) => ({ tag: t, count })).sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag, 'fr')),
    total: shown.length
  }
}

function byCourse(a: Note, b: Note, titles: Map<string, string>): number {
  if (a.courseId === b.courseId) return 0
  return (titles.get(a.courseId) ?? a.courseId).localeCompare(titles.get(b.courseId) ?? b.courseId, 'fr') || a.courseId.localeCompare(b.courseId)
}
