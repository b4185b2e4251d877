import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createEmptyCard, default_w, fsrs, generatorParameters, type Card, type Grade } from 'ts-fsrs'
import type { Rating } from '@shared/api'
import type { TestServices } from '../main/helpers'
import { closeContent, days, minutes, openContent, startContentServices, type ContentSandbox } from '../main/content-sandbox'

let sandbox: ContentSandbox
let services: TestServices

beforeEach(async () => ({ sandbox, services } = await openContent({ deck: false })))
afterEach(() => closeContent({ sandbox, services }))

/** ts-fsrs on its own, with the defaults the issue asks for: FSRS-6 weights, retention 0.90, fuzz on. */
const reference = (retention = 0.9) =>
  fsrs(generatorParameters({ w: default_w, request_retention: retention, enable_fuzz: true, learning_steps: ['1m', '10m'], relearning_steps: ['10m'] }))

const faceOf = (key: string) =>
  services.db.prepare('SELECT state, due, stability, difficulty, reps, lapses, scheduled_days, learning_steps, last_review FROM faces WHERE key = ?').get(key)

const asRow = (card: Card) => ({
  state: card.state,
  due: card.due.getTime(),
  stability: card.stability,
  difficulty: card.difficulty,
  reps: card.reps,
  lapses: card.lapses,
  scheduled_days: card.scheduled_days,
  learning_steps: card.learning_steps,
  last_review: card.last_review?.getTime() ?? null
})

describe('scheduling through ts-fsrs against a fixed clock', () => {
  it('uses the FSRS-6 defaults: retention 0.90, steps 1m 10m / 10m, 20 new and 200 reviews a day, fuzz on', () => {
    expect(services.review.getSettings()).toEqual({
      desiredRetention: 0.9,
      newPerDay: 20,
      reviewsPerDay: 200,
      learningSteps: ['1m', '10m'],
      relearningSteps: ['10m'],
      maximumInterval: 36500,
      fuzz: true,
      dayStartHour: 4
    })
  })

  it('schedules every answer exactly as ts-fsrs does, and each button previews the interval it gives', () => {
    const card = services.cards.user.create({ type: 'basic', front: 'Q', back: 'R' })
    let expected = createEmptyCard(new Date(sandbox.clock.now))
    services.db.prepare('UPDATE faces SET due = ? WHERE key = ?').run(expected.due.getTime(), card.id)
    const steps: [Rating, number][] = [[3, 0], [3, minutes(10)], [3, days(3)], [1, days(9)], [3, minutes(10)], [2, days(2)], [4, days(5)], [3, days(40)]]
    const engine = reference()
    for (const [rating, wait] of steps) {
      sandbox.clock.now += wait
      const now = new Date(sandbox.clock.now)
      const preview = services.review.preview(card.id)
      const outcomes = engine.repeat(expected, now)
      expect(preview.map((p) => p.due)).toEqual([1, 2, 3, 4].map((g) => outcomes[g as Grade].card.due.getTime()))

      const reply = services.review.answer({ key: card.id, rating })
      expected = engine.next(expected, now, rating as Grade).card
      expect(faceOf(card.id)).toEqual(asRow(expected))
      expect(reply.answered).toEqual({ key: card.id, state: ['new', 'learning', 'review', 'relearning'][expected.state], due: expected.due.getTime(), intervalMs: expected.due.getTime() - now.getTime() })
      expect(preview[rating - 1].due).toBe(expected.due.getTime())
    }
    expect(services.db.prepare('SELECT rating FROM review_log ORDER BY id').all().map((r) => (r as { rating: number }).rating)).toEqual(steps.map(([r]) => r))
  })

  it('stores the settings and schedules with them: a higher desired retention brings cards back sooner', async () => {
    const a = services.cards.user.create({ type: 'basic', front: 'A', back: 'a' })
    const b = services.cards.user.create({ type: 'basic', front: 'B', back: 'b' })
    const graduate = (key: string) => {
      services.review.answer({ key, rating: 3 })
      sandbox.clock.now += minutes(10)
      services.review.answer({ key, rating: 3 })
      sandbox.clock.now += days(4)
      return services.review.answer({ key, rating: 3 }).answered.intervalMs
    }
    const at90 = graduate(a.id)
    services.review.setSettings({ desiredRetention: 0.97, fuzz: false })
    const at97 = graduate(b.id)
    expect(at97).toBeLessThan(at90)

    await services.close()
    services = await startContentServices(sandbox)
    expect(services.review.getSettings()).toMatchObject({ desiredRetention: 0.97, fuzz: false })
  })

  it('uses the learning steps from the settings', () => {
    services.review.setSettings({ learningSteps: ['5m', '1h'] })
    const card = services.cards.user.create({ type: 'basic', front: 'Q', back: 'R' })
    expect(services.review.answer({ key: card.id, rating: 1 }).answered.intervalMs).toBe(minutes(5))
    expect(services.review.answer({ key: card.id, rating: 3 }).answered.intervalMs).toBe(minutes(60))
  })

  it('refuses a second answer to the same showing of a card', () => {
    const card = services.cards.user.create({ type: 'basic', front: 'Q', back: 'R' })
    const shown = services.review.queue().next!
    services.review.answer({ key: shown.key, rating: 3, reps: shown.reps })
    expect(() => services.review.answer({ key: shown.key, rating: 3, reps: shown.reps })).toThrow(/already answered/)
    expect(services.review.exportLog().count).toBe(1)
    expect(card.id).toBe(shown.key)
  })
})
