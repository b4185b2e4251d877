import { beforeAll, describe, expect, it, vi } from 'vitest'
import { join } from 'node:path'
import { apiMethods, ipcChannelOf, ipcEventChannel, toApiError, type KubeStudyApi } from '@shared/api'
import { importGraph, repoRoot } from '../helpers'

const bridge = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoked: [] as { channel: string; request: unknown }[],
  listeners: new Map<string, (...args: unknown[]) => void>(),
  reply: (channel: string): unknown => ({ result: `answer to ${channel}` })
}))

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => bridge.exposed.set(key, api) },
  ipcRenderer: {
    invoke: async (channel: string, request: unknown) => {
      bridge.invoked.push({ channel, request })
      return bridge.reply(channel)
    },
    on: (channel: string, listener: (...args: unknown[]) => void) => bridge.listeners.set(channel, listener),
    removeListener: (channel: string) => bridge.listeners.delete(channel)
  }
}))

let api: KubeStudyApi
beforeAll(async () => {
  await import('../../../../src/preload/index')
  api = bridge.exposed.get('api') as KubeStudyApi
})

describe('preload', () => {
  it('exposes window.api with one named function per API method and onEvent, nothing else', () => {
    expect([...bridge.exposed.keys()]).toEqual(['api'])
    const names = Object.entries(api).flatMap(([ns, value]) =>
      typeof value === 'function' ? [ns] : Object.keys(value as object).map((name) => `${ns}.${name}`)
    )
    expect(names.sort()).toEqual([...apiMethods, 'onEvent'].sort())
    expect(names).not.toContain('invoke')
  })

  it('sends each call on its own channel and returns the result', async () => {
    expect(await api.search.query({ query: 'pod' })).toBe(`answer to ${ipcChannelOf('search.query')}`)
    expect(bridge.invoked.at(-1)).toEqual({ channel: 'api:search.query', request: { query: 'pod' } })
  })

  it('rejects with an ApiError-shaped object the renderer can rebuild', async () => {
    bridge.reply = () => ({ error: { code: 'not-found', message: 'No course with id x' } })
    const reason = await api.course.toc({ courseId: 'x' }).catch((e: unknown) => e)
    expect(reason).toEqual({ name: 'ApiError', code: 'not-found', message: 'No course with id x' })
    expect(toApiError(reason)).toMatchObject({ name: 'ApiError', code: 'not-found', message: 'No course with id x' })
  })

  it('delivers push events until unsubscribed', () => {
    const events: unknown[] = []
    const off = api.onEvent((event) => events.push(event))
    bridge.listeners.get(ipcEventChannel)!({}, { type: 'library.changed' })
    expect(events).toEqual([{ type: 'library.changed' }])
    off()
    expect(bridge.listeners.has(ipcEventChannel)).toBe(false)
  })

  it('reaches only electron and the zod-free half of the contract', () => {
    const graph = [...importGraph(join(repoRoot, 'src', 'preload', 'index.ts'))]
    const packages = graph.filter((m) => !m.startsWith('/'))
    expect(packages).toEqual(['electron'])
    expect(graph).not.toContain(join(repoRoot, 'src', 'shared', 'api.ts'))
  })
})
