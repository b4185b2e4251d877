import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import type { Progress } from '@shared/api'

// A fake server whose replies can be held back, so the test decides the interleaving.
const server = { seen: [] as string[], last: null as Progress['last'], failNext: false }
const gates: (() => void)[] = []
const reply = (): Progress => ({ seenSlideIds: [...server.seen], last: server.last })
const held = <T>(value: () => T) => new Promise<T>((resolve) => gates.push(() => resolve(value())))

vi.mock('../../../src/renderer/src/api', () => ({
  useApi: () => ({
    progress: {
      get: async () => reply(),
      markSeen: ({ slideId }: { slideId: string }) => {
        if (server.failNext) {
          server.failNext = false
          return Promise.reject(new Error('offline'))
        }
        return held(() => (server.seen.push(slideId), reply()))
      },
      setLast: (last: { courseId: string; slideId: string }) => held(() => ((server.last = last), reply()))
    }
  })
}))

const { useProgressStore } = await import('../../../src/renderer/src/stores/progress')

/** Answers held requests newest first, as a busy server may. */
async function releaseAll(): Promise<void> {
  for (let i = 0; i < 20; i++) {
    await Promise.resolve()
    gates.pop()?.()
    await new Promise((r) => setTimeout(r, 0))
  }
}

describe('progress store', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    Object.assign(server, { seen: [], last: null, failNext: false })
    gates.length = 0
  })

  it('keeps every slide seen while replies that predate them come back', async () => {
    const progress = useProgressStore()
    await progress.load()
    const done = [progress.visit('k', 'a'), progress.visit('k', 'b'), progress.visit('k', 'c')]
    expect([...progress.seen]).toEqual(['a', 'b', 'c'])
    await releaseAll()
    await Promise.all(done)
    expect([...progress.seen].sort()).toEqual(['a', 'b', 'c'])
    expect(server.seen).toEqual(['a', 'b', 'c'])
    expect(server.last).toEqual({ courseId: 'k', slideId: 'c' })
    expect(progress.last).toEqual({ courseId: 'k', slideId: 'c' })
  })

  it('shows a slide unseen again when the server did not store it', async () => {
    const progress = useProgressStore()
    await progress.load()
    server.failNext = true
    await progress.visit('k', 'a')
    expect(progress.seen.has('a')).toBe(false)
    const again = progress.visit('k', 'a')
    await releaseAll()
    await again
    expect(server.seen).toEqual(['a'])
  })
})
