import { describe, expect, it } from 'vitest'
import type { Note, NotesList } from '@shared/api'
import { filterNotes } from '@renderer/notes/note-filter'

const note = (slideId: string, slideTitle: string, markdown: string, attached = true): Note => ({
  slideId,
  courseId: 'k8s',
  markdown,
  tags: [],
  attached,
  slideTitle,
  chapterTitle: 'Réseau',
  createdAt: 0,
  updatedAt: 0
})

const list: NotesList = {
  groups: [
    { courseId: 'k8s', courseTitle: 'Kubernetes', chapterIndex: 1, chapterTitle: 'Réseau', notes: [note('a', 'Services', 'Le **ClusterIP** est interne')] },
    { courseId: 'k8s', courseTitle: 'Kubernetes', chapterIndex: 2, chapterTitle: 'Stockage', notes: [note('b', 'Volumes', 'Un PVC réclame')] }
  ],
  detached: [note('c', 'Ancienne diapositive', 'déploiement progressif', false)],
  tags: [],
  total: 3
}

describe('filterNotes', () => {
  it('matches every word, accent- and case-blind, and drops empty chapters', () => {
    const shown = filterNotes(list, 'clusterip INTERNE')
    expect(shown.groups.map((g) => g.chapterTitle)).toEqual(['Réseau'])
    expect(shown.detached).toEqual([])
    expect(shown.shown).toBe(1)
  })

  it('looks at slide titles and keeps detached notes apart', () => {
    expect(filterNotes(list, 'volumes').groups[0]!.notes[0]!.slideId).toBe('b')
    expect(filterNotes(list, 'deploiement').detached.map((n) => n.slideId)).toEqual(['c'])
    expect(filterNotes(list, '').shown).toBe(3)
  })
})
