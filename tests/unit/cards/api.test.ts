import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { apiMethods } from '@shared/api'
import type { Dispatch } from '../../../src/main/api/dispatch'
import { webDispatch, type TestServices } from '../main/helpers'
import { closeContent, openContent, type ContentSandbox } from '../main/content-sandbox'

let sandbox: ContentSandbox
let services: TestServices
let call: Dispatch

beforeEach(async () => ({ sandbox, services } = await openContent()))
beforeEach(() => {
  call = webDispatch(services, sandbox.dataDir)
})
afterEach(() => closeContent({ sandbox, services }))

describe('notes, cards, review and stats through the shared API dispatch', () => {
  it('declares every new method in the contract both transports serve', () => {
    for (const prefix of ['notes.', 'cards.', 'review.', 'stats.']) expect(apiMethods.some((m) => m.startsWith(prefix))).toBe(true)
    expect(apiMethods).toEqual(expect.arrayContaining(['notes.save', 'cards.importAnki', 'review.answer', 'review.undo', 'review.preview', 'stats.summary']))
  })

  it('runs a review session: queue, answer with the next card in the reply, undo', async () => {
    const queue = (await call('review.queue', {})) as { result: { next: { key: string; reps: number; preview: unknown[] } } }
    const shown = queue.result.next
    expect(shown.preview).toHaveLength(4)
    const answer = (await call('review.answer', { key: shown.key, rating: 3, reps: shown.reps, durationMs: 2500 })) as {
      result: { next: { key: string }; answered: { key: string } }
    }
    expect(answer.result.answered.key).toBe(shown.key)
    expect(answer.result.next.key).not.toBe(shown.key)
    expect(await call('review.undo', {})).toMatchObject({ result: { next: { key: shown.key }, undone: { key: shown.key } } })
  })

  it('validates every request before it reaches a service', async () => {
    const rejected = async (method: string, request: unknown) => {
      const envelope = await call(method, request)
      expect(envelope, `${method} ${JSON.stringify(request)}`).toMatchObject({ error: { code: 'invalid-request' } })
    }
    await rejected('review.answer', { key: 'x', rating: 5 })
    await rejected('review.answer', { key: 'x', rating: 3, extra: true })
    await rejected('review.setSettings', { desiredRetention: 1.2 })
    await rejected('review.setSettings', { learningSteps: ['10 minutes'] })
    await rejected('review.queue', { scope: { chapterIndex: 2 } })
    await rejected('cards.importAnki', {})
    await rejected('cards.importAnki', { path: '/a', text: 'b' })
    await rejected('cards.create', { type: 'basic', front: 'Q', back: 'R', tags: ['deux mots'] })
    await rejected('notes.save', { slideId: '', markdown: 'x' })
    await rejected('notes.export', { dir: 'relative' })
  })

  it('answers a missing card or slide with not-found', async () => {
    expect(await call('review.answer', { key: 'nope', rating: 3 })).toMatchObject({ error: { code: 'not-found' } })
    expect(await call('notes.save', { slideId: 'nope', markdown: 'x' })).toMatchObject({ error: { code: 'not-found' } })
    expect(await call('cards.get', { cardId: 'nope' })).toMatchObject({ error: { code: 'not-found' } })
  })
})
