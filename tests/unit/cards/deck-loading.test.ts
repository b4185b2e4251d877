import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseDeck, slidesMatchingSource } from '@shared/cards/deck-format'
import { eventually, type TestServices } from '../main/helpers'
import { makeContentSandbox, minutes, startContentServices, type ContentSandbox } from '../main/content-sandbox'

let sandbox: ContentSandbox
let services: TestServices
let deckFile: string

beforeEach(async () => {
  sandbox = makeContentSandbox()
  deckFile = join(sandbox.cardsDir, 'kubernetes.cards.md')
})
afterEach(async () => {
  await services?.close()
  sandbox.cleanup()
})

const deckCards = () => parseDeck(readFileSync(deckFile, 'utf8'), 'kubernetes.cards.md').cards
const faceRows = () =>
  services.db.prepare('SELECT key, state, reps, stability, retired FROM faces ORDER BY key').all() as {
    key: string
    state: number
    reps: number
    stability: number
    retired: number
  }[]

/** Rewrites the card `id`'s block in the deck file. */
function editCard(id: string, edit: (block: string) => string): void {
  const text = readFileSync(deckFile, 'utf8')
  const start = text.lastIndexOf('\n---\n', text.indexOf(`\nid: ${id}\n`))
  const next = text.indexOf('\n---\nid:', start + 5)
  const end = next < 0 ? text.length : next
  const block = text.slice(start, end)
  writeFileSync(deckFile, text.slice(0, start) + edit(block) + text.slice(end))
}

/** Drops a card's block, keeping a chapter heading that may follow it. */
const removeCard = (block: string): string => (block.match(/\n# .*\n/g) ?? []).join('')

describe('the curated deck', () => {
  it('loads every card at start-up, each linked to the slide its source phrase comes from', async () => {
    services = await startContentServices(sandbox)
    const cards = deckCards()
    const slides = services.library.courses.slides('kubernetes')
    const [status] = services.cards.deckStatus()
    expect(status).toMatchObject({ id: 'kubernetes', courseId: 'kubernetes', cards: cards.length, retired: 0, unresolved: [], problems: [] })

    for (const card of cards) {
      const stored = services.cards.get(card.id)
      const [slide] = slidesMatchingSource(card.source, slides)
      expect(stored, card.id).toMatchObject({ origin: 'deck', type: card.type, front: card.front, editable: false, slideId: slide.id })
    }
    const cloze = cards.find((c) => c.type === 'cloze')!
    const reversed = cards.find((c) => c.type === 'basic-and-reversed')!
    expect(services.cards.get(reversed.id).faces.map((f) => f.key)).toEqual([reversed.id, `${reversed.id}:reverse`])
    expect(services.cards.get(cloze.id).faces.every((f) => /:c\d+$/.test(f.key))).toBe(true)
    expect(services.cards.views.forSlide(services.cards.get(cloze.id).slideId!).map((c) => c.id)).toContain(cloze.id)
    expect(services.search.search({ query: cards[0].front.split(' ')[2], kinds: ['card'] }).hits.map((h) => h.id)).toContain(cards[0].id)
  })

  it('updates texts from a new release of the file and keeps the history of every card through its id', async () => {
    services = await startContentServices(sandbox)
    const cards = deckCards()
    const kept = cards.find((c) => c.type === 'basic')!
    const removed = cards.find((c) => c.type === 'basic' && c.id !== kept.id)!
    const cloze = cards.find((c) => c.type === 'cloze' && /\{\{c2::/.test(c.front))!
    for (const key of [kept.id, removed.id, `${cloze.id}:c1`, `${cloze.id}:c2`]) services.review.answer({ key, rating: 3 })
    sandbox.clock.now += minutes(15)
    for (const key of [kept.id, `${cloze.id}:c1`]) services.review.answer({ key, rating: 3 })
    const before = new Map(faceRows().map((f) => [f.key, f]))

    editCard(kept.id, (block) => block.replace(kept.back, 'Une réponse réécrite pour la nouvelle version.'))
    editCard(removed.id, removeCard)
    editCard(cloze.id, (block) => block.replace(/\{\{c2::([^}]*)\}\}/g, '$1'))
    writeFileSync(deckFile, `${readFileSync(deckFile, 'utf8')}\n---\nid: zz-new-card\ntype: basic\nsource: "est un orchestrateur de déploiement"\n---\nNouvelle question ?\n???\nNouvelle réponse.\n`)
    services.cards.decks.load('kubernetes.cards.md')

    expect(services.cards.get(kept.id).back).toBe('Une réponse réécrite pour la nouvelle version.')
    const after = new Map(faceRows().map((f) => [f.key, f]))
    expect(after.get(kept.id)).toEqual(before.get(kept.id))
    expect(after.get(`${cloze.id}:c1`)).toEqual(before.get(`${cloze.id}:c1`))
    expect(after.get(removed.id)).toEqual({ ...before.get(removed.id), retired: 1 })
    expect(after.get(`${cloze.id}:c2`)).toEqual({ ...before.get(`${cloze.id}:c2`), retired: 1 })
    expect(after.get('zz-new-card')).toMatchObject({ state: 0, reps: 0, retired: 0 })
    expect(services.cards.get(removed.id)).toMatchObject({ retired: true })
    expect(services.search.search({ query: removed.front, kinds: ['card'] }).hits.map((h) => h.id)).not.toContain(removed.id)
    expect(services.db.prepare('SELECT count(*) AS n FROM review_log WHERE card_key = ?').get(removed.id)).toEqual({ n: 1 })
    expect(services.cards.deckStatus()[0]).toMatchObject({ cards: cards.length, retired: 1 })

    editCard('zz-new-card', removeCard)
    services.cards.decks.load('kubernetes.cards.md')
    expect(services.cards.get('zz-new-card').retired).toBe(true)
  })

  it('refuses a broken release whole: the cards already loaded stay, and the problem is reported with its line', async () => {
    services = await startContentServices(sandbox)
    const before = services.cards.views.list({ limit: 500 }).cards.map((c) => [c.id, c.front])
    const text = readFileSync(deckFile, 'utf8')
    writeFileSync(deckFile, text.replace('type: cloze', 'type: clozz'))
    services.cards.decks.load('kubernetes.cards.md')

    const status = services.cards.deckStatus()[0]
    expect(status.problems).toEqual([{ line: text.split('\n').findIndex((l) => l === 'type: cloze') + 1, message: expect.stringContaining('unknown type "clozz"') }])
    expect(services.cards.views.list({ limit: 500 }).cards.map((c) => [c.id, c.front])).toEqual(before)
  })

  it('reloads the deck when its file changes on disk', async () => {
    services = await startContentServices(sandbox, { watch: true })
    const card = deckCards().find((c) => c.type === 'basic')!
    await new Promise((resolve) => setTimeout(resolve, 300))
    editCard(card.id, (block) => block.replace(card.front, 'Question modifiée sur le disque ?'))
    await eventually(() => expect(services.cards.get(card.id).front).toBe('Question modifiée sur le disque ?'))
    expect(services.received).toContainEqual({ type: 'cards.changed' })
  })

  it('re-links a card when the course is edited: inserted slides and a reworded phrase keep it on its slide', async () => {
    services = await startContentServices(sandbox)
    const card = deckCards().find((c) => c.source === 'est un orchestrateur de déploiement')!
    const slideId = services.cards.get(card.id).slideId
    const course = readFileSync(sandbox.courseFile, 'utf8')
    writeFileSync(
      sandbox.courseFile,
      course
        .replace('# Présentation de Kubernetes', '# Nouvelle diapositive\n\nAjoutée avant.\n\n---\n\n# Présentation de Kubernetes')
        .replace('est un orchestrateur de déploiement', 'est un orchestrateur de déploiment')
    )
    await services.library.reindexFile('pack-kubernetes', 'kubernetes.md')
    expect(services.cards.get(card.id)).toMatchObject({ slideId, slideIndex: services.library.courses.slides('kubernetes').find((s) => s.id === slideId)!.index })
    expect(services.cards.deckStatus()[0].unresolved).toEqual([])
  })
})
