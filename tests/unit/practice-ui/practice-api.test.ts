import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { apiMethods } from '@shared/api'
import type { Dispatch } from '../../../src/main/api/dispatch'
import { webDispatch, type TestServices } from '../main/helpers'
import { closeContent, openContent, type ContentSandbox } from '../main/content-sandbox'

let sandbox: ContentSandbox
let services: TestServices
let call: Dispatch

beforeEach(async () => ({ sandbox, services } = await openContent({ deck: false, practice: true })))
beforeEach(() => {
  call = webDispatch(services, sandbox.dataDir)
})
afterEach(() => closeContent({ sandbox, services }))

describe('exercises and cheatsheets through the shared API dispatch', () => {
  it('serves the practice calls on both transports', () => {
    expect(apiMethods).toEqual(
      expect.arrayContaining(['exercises.list', 'exercises.get', 'exercises.recordCheck', 'cheatsheets.list', 'cheatsheets.get'])
    )
  })

  it('runs an exercise: start, a failed check, hints, a passed check, then the list shows it passed', async () => {
    const exerciseId = 'services-clusterip'
    expect(await call('exercises.get', { exerciseId })).toMatchObject({ result: { id: exerciseId, status: 'new' } })
    expect(await call('exercises.start', { exerciseId })).toMatchObject({ result: { startedAt: sandbox.clock.now } })
    expect(await call('exercises.recordCheck', { exerciseId, passed: false })).toMatchObject({ result: { checks: 1, passedAt: null } })
    expect(await call('exercises.revealHints', { exerciseId, count: 1 })).toMatchObject({ result: { hintsRevealed: 1 } })
    expect(await call('exercises.recordCheck', { exerciseId, passed: true })).toMatchObject({ result: { checks: 2, lastPassed: true } })
    const list = (await call('exercises.list', {})) as { result: { exercises: { id: string; status: string }[] } }
    expect(list.result.exercises.find((e) => e.id === exerciseId)?.status).toBe('passed')
  })

  it('validates every request and answers not-found for an unknown id', async () => {
    const rejected = async (method: string, request: unknown) =>
      expect(await call(method, request), `${method} ${JSON.stringify(request)}`).toMatchObject({ error: { code: 'invalid-request' } })
    await rejected('exercises.get', {})
    await rejected('exercises.get', { exerciseId: '../etc/passwd' })
    await rejected('exercises.recordCheck', { exerciseId: 'pods-run' })
    await rejected('exercises.recordCheck', { exerciseId: 'pods-run', passed: true, extra: 1 })
    await rejected('exercises.revealHints', { exerciseId: 'pods-run', count: 0 })
    await rejected('cheatsheets.get', { cheatsheetId: 'A B' })
    await rejected('search.query', { query: 'x', kinds: ['exercice'] })
    expect(await call('exercises.get', { exerciseId: 'nope' })).toMatchObject({ error: { code: 'not-found' } })
    expect(await call('cheatsheets.get', { cheatsheetId: 'nope' })).toMatchObject({ error: { code: 'not-found' } })
  })
})
