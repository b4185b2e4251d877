import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestServices } from '../main/helpers'
import { closeContent, days, minutes, openContent, type ContentSandbox } from '../main/content-sandbox'

let sandbox: ContentSandbox
let services: TestServices

beforeEach(async () => ({ sandbox, services } = await openContent({ deck: false, start: '2025-03-10T09:00:00' })))
afterEach(() => closeContent({ sandbox, services }))

describe('the review log for the FSRS optimizer', () => {
  it('has the optimizer columns: card_id, review_time in ms, rating, state at review, duration in ms', () => {
    const card = services.cards.user.create({ type: 'basic-and-reversed', front: 'Q', back: 'R' })
    const t0 = sandbox.clock.now
    services.review.answer({ key: card.id, rating: 3, durationMs: 5200 })
    sandbox.clock.now += minutes(10)
    services.review.answer({ key: card.id, rating: 3, durationMs: 3100 })
    sandbox.clock.now += days(3)
    services.review.answer({ key: card.id, rating: 1 })
    services.review.answer({ key: `${card.id}:reverse`, rating: 4, durationMs: 900 })

    const dir = mkdtempSync(join(tmpdir(), 'kubestudy-log-'))
    try {
      const path = join(dir, 'revlog.csv')
      expect(services.review.exportLog(path)).toEqual({ count: 4, path, text: null })
      expect(readFileSync(path, 'utf8')).toBe(
        [
          'card_id,review_time,review_rating,review_state,review_duration',
          `${card.id},${t0},3,0,5200`,
          `${card.id},${t0 + minutes(10)},3,1,3100`,
          `${card.id},${t0 + minutes(10) + days(3)},1,2,0`,
          `${card.id}:reverse,${t0 + minutes(10) + days(3)},4,0,900`,
          ''
        ].join('\n')
      )
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('statistics', () => {
  it('counts reviews per study day, due cards ahead, true retention and cards by state', () => {
    const keys = Array.from({ length: 6 }, (_, i) => services.cards.user.create({ type: 'basic', front: `Q${i}`, back: 'R' }).id)
    for (const key of keys) services.review.answer({ key, rating: 3 })
    sandbox.clock.now += minutes(10)
    for (const key of keys) services.review.answer({ key, rating: 3 })
    services.cards.user.suspend(keys[5], true)
    sandbox.clock.now = new Date('2025-03-20T10:00:00').getTime()
    services.review.answer({ key: keys[0], rating: 1 })
    services.review.answer({ key: keys[1], rating: 3 })
    services.review.answer({ key: keys[2], rating: 3 })

    const stats = services.stats.summary({}, 30)
    expect(stats.heatmap).toEqual([
      { day: '2025-03-10', count: 12 },
      { day: '2025-03-20', count: 3 }
    ])
    expect(stats.retention).toEqual({ days: 30, reviews: 3, passed: 2, rate: 2 / 3, mature: { reviews: 0, passed: 0, rate: null } })
    expect(stats.states).toEqual({ new: 0, learning: 0, review: 4, relearning: 1, suspended: 1, retired: 0 })
    expect(stats.forecast).toHaveLength(30)
    expect(stats.forecast[0].day).toBe('2025-03-20')
    expect(stats.forecast.reduce((n, d) => n + d.count, 0)).toBe(5)
    const faces = services.db.prepare('SELECT due FROM faces WHERE suspended = 0').all() as { due: number }[]
    expect(stats.forecast[0].count).toBe(faces.filter((f) => f.due < new Date('2025-03-21T04:00:00').getTime()).length)
  })

  it('gives each chapter its mastery: mean retrievability of its studied cards', () => {
    const slides = services.library.courses.slides('kubernetes')
    const architecture = slides.find((s) => s.title === 'Architecture')!
    const card = services.cards.user.create({ slideId: architecture.id, type: 'basic', front: 'Q', back: 'R' })
    services.cards.user.create({ slideId: architecture.id, type: 'basic', front: 'Q2', back: 'R2' })
    services.review.answer({ key: card.id, rating: 3 })
    sandbox.clock.now += minutes(10)
    services.review.answer({ key: card.id, rating: 3 })
    sandbox.clock.now += days(5)

    const mastery = services.stats.summary({ courseId: 'kubernetes' }).mastery
    const row = mastery.find((m) => m.chapterIndex === architecture.chapterIndex)!
    const expected = services.cards.get(card.id).faces[0].retrievability!
    expect(row).toMatchObject({ courseId: 'kubernetes', title: 'Architecture', faces: 2, studied: 1 })
    expect(row.meanRetrievability).toBeCloseTo(expected, 2)
    expect(row.meanRetrievability).toBeLessThan(1)
    expect(mastery.filter((m) => m.chapterIndex !== architecture.chapterIndex).every((m) => m.faces === 0 && m.meanRetrievability === null)).toBe(true)
    expect(services.stats.summary({ courseId: 'kubernetes', chapterIndex: architecture.chapterIndex }).mastery).toHaveLength(1)
  })
})
