import { afterEach, describe, expect, it } from 'vitest'
import type { TestServices } from '../main/helpers'
import { days, makeContentSandbox, minutes, startContentServices, type ContentSandbox } from '../main/content-sandbox'

let sandbox: ContentSandbox
let services: TestServices

afterEach(async () => {
  await services.close()
  sandbox.cleanup()
})

async function start(deck: boolean): Promise<void> {
  sandbox = makeContentSandbox({ deck })
  services = await startContentServices(sandbox)
}

function makeCards(count: number): string[] {
  return Array.from({ length: count }, (_, i) => services.cards.user.create({ type: 'basic', front: `Question ${i}`, back: `Réponse ${i}` }).id)
}

/** Takes every card through learning into review, answered at spread-out times so their stabilities differ. */
function graduate(keys: string[]): void {
  keys.forEach((key, i) => {
    services.review.answer({ key, rating: 3 })
    services.review.answer({ key, rating: i % 3 === 0 ? 4 : 3 })
    sandbox.clock.now += minutes(7)
  })
}

describe("today's queue", () => {
  it('introduces at most the daily number of new cards, and more the next study day', async () => {
    await start(false)
    makeCards(30)
    services.review.setSettings({ newPerDay: 5, learningSteps: ['30m', '1h'] })
    let queue = services.review.queue()
    expect(queue.counts).toEqual({ new: 5, learning: 0, review: 0 })
    const introduced: string[] = []
    while (queue.next && queue.next.state === 'new') {
      introduced.push(queue.next.key)
      queue = services.review.answer({ key: queue.next.key, rating: 3 })
    }
    expect(introduced).toHaveLength(5)
    expect(queue.counts).toEqual({ new: 0, learning: 5, review: 0 })
    expect(queue.doneToday).toEqual({ new: 5, review: 0, total: 5 })
    expect(queue.next).toBeNull()
    expect(queue.nextDueAt).toBe(sandbox.clock.now + minutes(60))

    sandbox.clock.now += minutes(45)
    expect(services.review.queue().next).toMatchObject({ key: introduced[0], state: 'learning' })

    sandbox.clock.now += days(1)
    expect(services.review.queue().counts.new).toBe(5)
  })

  it('starts a new study day at the hour set, not at midnight', async () => {
    await start(false)
    makeCards(3)
    services.review.setSettings({ newPerDay: 1 })
    sandbox.clock.now = new Date('2025-03-10T23:30:00').getTime()
    services.review.answer({ key: services.review.queue().next!.key, rating: 4 })
    sandbox.clock.now = new Date('2025-03-11T02:00:00').getTime()
    expect(services.review.queue().counts.new).toBe(0)
    sandbox.clock.now = new Date('2025-03-11T04:00:00').getTime()
    expect(services.review.queue().counts.new).toBe(1)
  })

  it('after a long break shows the most at-risk reviews first and holds the daily review limit', async () => {
    await start(false)
    const keys = makeCards(40)
    services.review.setSettings({ newPerDay: 100, reviewsPerDay: 15 })
    graduate(keys)
    sandbox.clock.now += days(120)

    let queue = services.review.queue()
    expect(queue.counts).toEqual({ new: 0, learning: 0, review: 15 })
    const dueNow = services.db.prepare('SELECT count(*) AS n FROM faces WHERE state = 2 AND due <= ?').get(sandbox.clock.now) as { n: number }
    expect(dueNow.n).toBe(40)
    const risk = new Map(services.cards.views.list({ limit: 100 }).cards.map((c) => [c.faces[0].key, c.faces[0].retrievability!]))
    const shown: number[] = []
    while (queue.next) {
      expect(queue.next.retrievability).toBe(risk.get(queue.next.key))
      shown.push(risk.get(queue.next.key)!)
      queue = services.review.answer({ key: queue.next.key, rating: 3 })
    }
    expect(shown).toHaveLength(15)
    expect(shown).toEqual([...shown].sort((a, b) => a - b))
    expect(Math.max(...shown)).toBeLessThanOrEqual(Math.min(...[...risk.values()].sort((a, b) => a - b).slice(15)))
    expect(queue.counts.review).toBe(0)
    expect(queue.doneToday.review).toBe(15)
  })

  it('shows a card being relearnt before reviews and new cards', async () => {
    await start(false)
    const keys = makeCards(4)
    graduate(keys.slice(0, 3))
    sandbox.clock.now += days(30)
    const lapsed = services.review.queue().next!.key
    services.review.answer({ key: lapsed, rating: 1 })
    sandbox.clock.now += minutes(10)
    expect(services.review.queue().next).toMatchObject({ key: lapsed, state: 'relearning' })
  })

  it('introduces every first face before the reverse or second cloze of a card', async () => {
    await start(false)
    const reversed = services.cards.user.create({ type: 'basic-and-reversed', front: 'Pod', back: 'unité' })
    const cloze = services.cards.user.create({ type: 'cloze', front: '{{c1::a}} {{c2::b}}', back: '' })
    const basic = services.cards.user.create({ type: 'basic', front: 'Q', back: 'R' })
    const order: string[] = []
    let queue = services.review.queue()
    while (queue.next?.state === 'new') {
      order.push(queue.next.key)
      queue = services.review.answer({ key: queue.next.key, rating: 4 })
    }
    expect(order).toEqual([reversed.id, `${cloze.id}:c1`, basic.id, `${reversed.id}:reverse`, `${cloze.id}:c2`])
  })

  it('reviews one course or one chapter of the curated deck', async () => {
    await start(true)
    services.review.setSettings({ newPerDay: 9999 })
    const toc = services.library.courses.toc('kubernetes')
    const chapter = toc.chapters.find((c) => c.title === 'Architecture')!
    const inChapter = services.cards.views.list({ scope: { courseId: 'kubernetes', chapterIndex: chapter.index }, limit: 500 }).cards
    const faceCount = inChapter.reduce((n, c) => n + c.faces.length, 0)
    expect(faceCount).toBeGreaterThan(5)

    const scope = { courseId: 'kubernetes', chapterIndex: chapter.index }
    let queue = services.review.queue(scope)
    expect(queue.counts.new).toBe(faceCount)
    const seen = new Set<string>()
    while (queue.next) {
      expect(inChapter.map((c) => c.id)).toContain(queue.next.cardId)
      seen.add(queue.next.key)
      queue = services.review.answer({ key: queue.next.key, rating: 4, scope })
    }
    expect(seen.size).toBe(faceCount)
    expect(services.review.queue({ courseId: 'kubernetes' }).counts.new).toBeGreaterThan(100)
    expect(services.review.queue({ courseId: 'another-course' }).next).toBeNull()
  })
})
