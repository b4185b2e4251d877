import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { Autosaver, type SaveStatus } from '@renderer/notes/autosave'

function harness(save: (key: string, text: string) => Promise<void>) {
  const statuses: SaveStatus[] = []
  const errors: (string | null)[] = []
  const saver = new Autosaver({
    delayMs: 400,
    retryMs: 3000,
    save,
    onStatus: (status, error) => {
      statuses.push(status)
      errors.push(error)
    }
  })
  return { saver, statuses, errors }
}

describe('Autosaver', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('sends only the last text once typing has paused for the delay', async () => {
    const saved: [string, string][] = []
    const { saver, statuses } = harness(async (key, text) => void saved.push([key, text]))
    saver.edit('s1', 'U')
    await vi.advanceTimersByTimeAsync(300)
    saver.edit('s1', 'Un')
    await vi.advanceTimersByTimeAsync(300)
    saver.edit('s1', 'Un Pod')
    expect(saved).toEqual([])
    await vi.advanceTimersByTimeAsync(400)
    expect(saved).toEqual([['s1', 'Un Pod']])
    expect(statuses.at(-1)).toBe('saved')
    expect(statuses).toContain('dirty')
    expect(statuses).toContain('saving')
  })

  it('flush sends at once, for every slide that has pending text', async () => {
    const saved: [string, string][] = []
    const { saver } = harness(async (key, text) => void saved.push([key, text]))
    saver.edit('s1', 'first slide')
    saver.edit('s2', 'second slide')
    await saver.flush()
    expect(saved).toEqual([
      ['s1', 'first slide'],
      ['s2', 'second slide']
    ])
    expect(saver.pending).toBe(false)
  })

  it('never lets an older text overwrite a newer one typed during a save', async () => {
    const saved: string[] = []
    let release!: () => void
    const { saver } = harness(
      (_key, text) =>
        new Promise<void>((resolve) => {
          saved.push(text)
          if (text === 'a') release = resolve
          else resolve()
        })
    )
    saver.edit('s1', 'a')
    const first = saver.flush()
    saver.edit('s1', 'ab')
    release()
    await first
    await saver.flush()
    expect(saved).toEqual(['a', 'ab'])
  })

  it('keeps a failed text, reports the error and retries on its own', async () => {
    let fail = true
    const saved: string[] = []
    const { saver, statuses, errors } = harness(async (_key, text) => {
      if (fail) throw new Error('disque plein')
      saved.push(text)
    })
    saver.edit('s1', 'précieux')
    await vi.advanceTimersByTimeAsync(400)
    expect(statuses.at(-1)).toBe('error')
    expect(errors.at(-1)).toBe('disque plein')
    expect(saver.pending).toBe(true)
    fail = false
    await vi.advanceTimersByTimeAsync(3000)
    expect(saved).toEqual(['précieux'])
    expect(statuses.at(-1)).toBe('saved')
  })

  it('after a failure, a newer text replaces the failed one', async () => {
    let fail = true
    const saved: string[] = []
    const { saver } = harness(async (_key, text) => {
      if (fail) throw new Error('hors ligne')
      saved.push(text)
    })
    saver.edit('s1', 'old')
    await saver.flush()
    fail = false
    saver.edit('s1', 'new')
    await saver.flush()
    expect(saved).toEqual(['new'])
  })
})
