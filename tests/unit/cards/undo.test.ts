import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Rating } from '@shared/api'
import type { TestServices } from '../main/helpers'
import { closeContent, days, minutes, openContent, type ContentSandbox } from '../main/content-sandbox'

let sandbox: ContentSandbox
let services: TestServices

beforeEach(async () => ({ sandbox, services } = await openContent({ deck: false })))
afterEach(() => closeContent({ sandbox, services }))

const snapshot = () => ({
  faces: services.db.prepare('SELECT * FROM faces ORDER BY id').all(),
  log: services.db.prepare('SELECT * FROM review_log ORDER BY id').all()
})

describe('undoing answers', () => {
  it('restores the face and the review log exactly, answer after answer, through every state', () => {
    const card = services.cards.user.create({ type: 'basic-and-reversed', front: 'Service', back: 'IP stable devant des Pod' })
    const history: { rating: Rating; wait: number }[] = [
      { rating: 3, wait: 0 },
      { rating: 1, wait: minutes(1) },
      { rating: 3, wait: minutes(1) },
      { rating: 3, wait: minutes(10) },
      { rating: 1, wait: days(3) },
      { rating: 2, wait: minutes(10) },
      { rating: 4, wait: days(2) }
    ]
    const snapshots = []
    for (const { rating, wait } of history) {
      sandbox.clock.now += wait
      snapshots.push(snapshot())
      services.review.answer({ key: card.id, rating, durationMs: 4000 })
    }
    expect(services.cards.get(card.id).faces[0]).toMatchObject({ state: 'review', lapses: 1 })

    sandbox.clock.now += minutes(1)
    while (snapshots.length > 0) {
      const expected = snapshots.pop()!
      const reply = services.review.undo()
      expect(snapshot()).toEqual(expected)
      expect(reply.next).toMatchObject({ key: card.id })
      expect(reply.undone.key).toBe(card.id)
    }
    expect(() => services.review.undo()).toThrow('There is no answer to undo.')
  })

  it('undoes the last answer whichever card it was, and gives that card back to answer again', () => {
    const [a, b] = ['A', 'B'].map((front) => services.cards.user.create({ type: 'basic', front, back: front.toLowerCase() }))
    services.review.answer({ key: a.id, rating: 3 })
    const afterA = snapshot()
    const reply = services.review.answer({ key: b.id, rating: 4 })
    expect(reply.doneToday.new).toBe(2)

    const undone = services.review.undo()
    expect(snapshot()).toEqual(afterA)
    expect(undone.undone).toEqual({ key: b.id, reviewId: reply.reviewId })
    expect(undone.next).toMatchObject({ key: b.id, state: 'new', front: 'B' })
    expect(undone.doneToday.new).toBe(1)
  })

  it('refuses to undo an answer whose card was deleted since', () => {
    const card = services.cards.user.create({ type: 'basic', front: 'Q', back: 'R' })
    services.review.answer({ key: card.id, rating: 3 })
    services.cards.user.delete(card.id)
    expect(() => services.review.undo()).toThrow(/was deleted/)
    expect(services.review.exportLog().count).toBe(1)
  })
})

describe('transaction safety', () => {
  it('leaves the previous state whole when writing the log row fails mid-answer', () => {
    const card = services.cards.user.create({ type: 'basic', front: 'Q', back: 'R' })
    services.review.answer({ key: card.id, rating: 3 })
    const before = snapshot()
    services.db.exec("CREATE TEMP TRIGGER fail_log BEFORE INSERT ON main.review_log BEGIN SELECT RAISE(ABORT, 'disk full (injected)'); END")

    sandbox.clock.now += minutes(10)
    expect(() => services.review.answer({ key: card.id, rating: 3 })).toThrow('disk full (injected)')
    expect(snapshot()).toEqual(before)

    services.db.exec('DROP TRIGGER temp.fail_log')
    expect(services.review.answer({ key: card.id, rating: 3 }).answered.state).toBe('review')
  })

  it('leaves the answer in place when restoring the face fails mid-undo', () => {
    const card = services.cards.user.create({ type: 'basic', front: 'Q', back: 'R' })
    services.review.answer({ key: card.id, rating: 3 })
    const before = snapshot()
    services.db.exec("CREATE TEMP TRIGGER fail_delete BEFORE DELETE ON main.review_log BEGIN SELECT RAISE(ABORT, 'injected'); END")
    expect(() => services.review.undo()).toThrow('injected')
    expect(snapshot()).toEqual(before)
  })
})
