import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { TestServices } from '../main/helpers'
import { closeContent, makeContentSandbox, minutes, openContent, startContentServices, type ContentSandbox } from '../main/content-sandbox'

let sandbox: ContentSandbox
let services: TestServices

beforeEach(async () => ({ sandbox, services } = await openContent({ deck: false })))
afterEach(() => closeContent({ sandbox, services }))

const architecture = () => services.library.courses.slides('kubernetes').find((s) => s.title === 'Architecture')!

describe('cards the learner writes', () => {
  it('creates a card from a slide, linked to it and to its chapter', () => {
    const slide = architecture()
    const card = services.cards.user.create({ slideId: slide.id, type: 'basic', front: 'Architecture ?', back: 'Control plane + **nœuds**', tags: ['archi'] })
    expect(card).toMatchObject({
      origin: 'user',
      editable: true,
      courseId: 'kubernetes',
      slideId: slide.id,
      slideIndex: slide.index,
      slideTitle: 'Architecture',
      chapterTitle: 'Architecture',
      tags: ['archi'],
      suspended: false,
      retired: false
    })
    expect(card.id).toMatch(/^u-[0-9a-f]{16}$/)
    expect(card.faces).toEqual([expect.objectContaining({ key: card.id, state: 'new', reps: 0, retrievability: null })])
    expect(services.cards.views.forSlide(slide.id).map((c) => c.id)).toEqual([card.id])
    expect(services.search.search({ query: 'nœuds', kinds: ['card'] }).hits).toEqual([expect.objectContaining({ id: card.id, slideId: slide.id })])
  })

  it('gives one face per cloze number and two to a reversed card', () => {
    const cloze = services.cards.user.create({ type: 'cloze', front: '{{c1::etcd}} stocke l’état, {{c2::le scheduler}} place les Pod, {{c1::etcd}} encore', back: '' })
    expect(cloze.faces.map((f) => f.key)).toEqual([`${cloze.id}:c1`, `${cloze.id}:c2`])
    const reversed = services.cards.user.create({ type: 'basic-and-reversed', front: 'Pod', back: 'Plus petite unité déployable' })
    expect(reversed.faces.map((f) => f.variant)).toEqual(['forward', 'reverse'])
    expect(services.review.queue().counts.new).toBe(4)
  })

  it('edits a card, keeping the history of the faces it still has', () => {
    const card = services.cards.user.create({ type: 'cloze', front: '{{c1::kubectl}} parle à {{c2::l’API server}}', back: '' })
    services.review.answer({ key: `${card.id}:c1`, rating: 3 })
    const c1 = services.cards.get(card.id).faces[0]
    sandbox.clock.now += minutes(1)

    const edited = services.cards.user.update({ cardId: card.id, front: '{{c1::kubectl}} parle à l’API server', tags: ['cli'] })
    expect(edited.front).toBe('{{c1::kubectl}} parle à l’API server')
    expect(edited.tags).toEqual(['cli'])
    expect(edited.updatedAt).toBe(sandbox.clock.now)
    expect(edited.faces).toEqual([{ ...c1, retrievability: expect.any(Number) }, expect.objectContaining({ key: `${card.id}:c2`, retired: true })])

    const asBasic = services.cards.user.update({ cardId: card.id, type: 'basic', front: 'Qui parle à l’API server ?', back: 'kubectl' })
    expect(asBasic.faces.filter((f) => !f.retired).map((f) => f.key)).toEqual([card.id])
  })

  it('suspends a card out of the queue and back', () => {
    const card = services.cards.user.create({ type: 'basic', front: 'Q', back: 'R' })
    expect(services.cards.user.suspend(card.id, true).suspended).toBe(true)
    expect(services.review.queue().next).toBeNull()
    expect(() => services.review.answer({ key: card.id, rating: 3 })).toThrow(/suspended/)
    expect(services.cards.user.suspend(card.id, false).suspended).toBe(false)
    expect(services.review.queue().next?.key).toBe(card.id)
  })

  it('deletes a card but keeps its reviews for statistics and the optimizer', () => {
    const card = services.cards.user.create({ type: 'basic', front: 'Q', back: 'R' })
    services.review.answer({ key: card.id, rating: 4 })
    expect(services.cards.user.delete(card.id)).toBe(true)
    expect(() => services.cards.get(card.id)).toThrow(/No card/)
    expect(services.db.prepare('SELECT count(*) AS n FROM faces').get()).toEqual({ n: 0 })
    expect(services.review.exportLog().count).toBe(1)
    expect(services.search.search({ query: 'Q', kinds: ['card'] }).hits).toEqual([])
  })

  it('refuses what cannot be reviewed, with a clear reason', () => {
    expect(() => services.cards.user.create({ type: 'cloze', front: 'pas de trou', back: '' })).toThrow('Card not saved: a cloze card needs at least one {{c1::…}} deletion.')
    expect(() => services.cards.user.create({ type: 'cloze', front: '`{{c1::kubectl}}`', back: '' })).toThrow(/inside code/)
    expect(() => services.cards.user.create({ type: 'basic', front: ' ', back: 'R' })).toThrow(/front is empty/)
    expect(() => services.cards.user.create({ type: 'basic', front: 'Q', back: '' })).toThrow(/back is empty/)
    expect(() => services.cards.user.create({ type: 'basic', front: '{{c1::x}}', back: 'R' })).toThrow(/use the cloze type/)
    expect(() => services.cards.user.create({ slideId: 'nope', type: 'basic', front: 'Q', back: 'R' })).toThrow(/No slide/)
    expect(services.cards.views.list({}).total).toBe(0)
  })
})

describe('curated cards', () => {
  it('can be suspended but neither edited nor deleted', async () => {
    const deckSandbox = makeContentSandbox()
    const withDeck = await startContentServices(deckSandbox)
    try {
      const [card] = withDeck.cards.views.list({ limit: 1 }).cards
      expect(() => withDeck.cards.user.update({ cardId: card.id, front: 'x' })).toThrow(/comes with the course/)
      expect(() => withDeck.cards.user.delete(card.id)).toThrow(/comes with the course/)
      expect(withDeck.cards.user.suspend(card.id, true).suspended).toBe(true)
    } finally {
      await withDeck.close()
      deckSandbox.cleanup()
    }
  })
})

describe('cards in the search index', () => {
  it('titles a hit with the question and finds every word of a long one', async () => {
    const searchSandbox = makeContentSandbox({ deck: false })
    const withSearch = await startContentServices(searchSandbox)
    try {
      const words = Array.from({ length: 40 }, (_, i) => `mot${i}`).join(' ')
      const card = withSearch.cards.user.create({ type: 'basic', front: `Une question très longue : ${words} fin`, back: 'La réponse' })
      const hit = withSearch.search.search({ query: 'mot39', kinds: ['card'] }).hits[0]
      expect(hit).toMatchObject({ id: card.id })
      expect(hit.title.startsWith('Une question très longue')).toBe(true)
      expect(hit.title.endsWith('…')).toBe(true)
      for (const word of ['mot0', 'mot20', 'mot39', 'fin', 'réponse']) {
        expect(withSearch.search.search({ query: word, kinds: ['card'] }).hits.map((h) => h.id), word).toEqual([card.id])
      }
    } finally {
      await withSearch.close()
      searchSandbox.cleanup()
    }
  })
})
