import { describe, expect, it } from 'vitest'
import { draftProblems, emptyDraft, parseTags } from '@renderer/cards/card-draft'

describe('card drafts', () => {
  it('reads tags from one line, with or without #', () => {
    expect(parseTags('  #réseau cni  #réseau ')).toEqual(['réseau', 'cni'])
  })

  it('asks for both sides of a basic card', () => {
    expect(draftProblems({ ...emptyDraft(), front: 'Q ?' })).toEqual(['Le verso est vide.'])
    expect(draftProblems({ ...emptyDraft(), front: 'Q ?', back: 'R' })).toEqual([])
  })

  it('asks a cloze card for a deletion and names a malformed one', () => {
    const cloze = { ...emptyDraft(), type: 'cloze' as const }
    expect(draftProblems({ ...cloze, front: 'Sans trou' })[0]).toMatch(/au moins un trou/)
    expect(draftProblems({ ...cloze, front: 'Un {{c1::Pod' })[0]).toMatch(/Trou mal formé près de « \{\{c1::Pod/)
    expect(draftProblems({ ...cloze, front: 'Un {{c1::Pod}}' })).toEqual([])
  })

  it('refuses a tag with # inside', () => {
    expect(draftProblems({ ...emptyDraft(), front: 'Q', back: 'R', tags: 'a#b' })).toEqual(['Un tag est un mot sans espace ni #.'])
  })
})
