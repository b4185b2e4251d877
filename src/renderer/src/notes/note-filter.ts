import type { Note, NoteGroup, NotesList } from '@shared/api'

const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()

/** True when every word of `query` appears in the note or its slide's title, accent- and case-blind. */
function noteMatches(note: Note, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean)
  if (words.length === 0) return true
  const haystack = fold(`${note.slideTitle}\n${note.chapterTitle}\n${note.markdown}`)
  return words.every((word) => haystack.includes(word))
}

/** The list narrowed to the notes matching `query`; groups left empty are dropped. */
export function filterNotes(list: NotesList, query: string): { groups: NoteGroup[]; detached: Note[]; shown: number } {
  const groups = list.groups
    .map((group) => ({ ...group, notes: group.notes.filter((note) => noteMatches(note, query)) }))
    .filter((group) => group.notes.length > 0)
  const detached = list.detached.filter((note) => noteMatches(note, query))
  const shown = groups.reduce((sum, group) => sum + group.notes.length, 0) + detached.length
  return { groups, detached, shown }
}
