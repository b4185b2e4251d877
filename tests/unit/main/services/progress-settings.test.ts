import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { makeSandbox, startServices, type Sandbox, type TestServices } from '../helpers'

let sandbox: Sandbox
let services: TestServices

beforeEach(async () => {
  sandbox = makeSandbox()
  services = startServices(sandbox)
  await services.library.start()
})
afterEach(async () => {
  await services.close()
  sandbox.cleanup()
})

describe('progress', () => {
  it('remembers seen slides and where to reopen, across restarts', async () => {
    const [a, b] = services.library.courses.slides('kubernetes').slice(3, 5)
    expect(services.progress.get()).toEqual({ seenSlideIds: [], last: null })
    services.progress.markSeen(a.id)
    services.progress.markSeen(b.id)
    services.progress.markSeen(a.id)
    services.progress.setLast('kubernetes', b.id)
    await services.close()

    services = startServices(sandbox)
    await services.library.start()
    const progress = services.progress.get()
    expect([...progress.seenSlideIds].sort()).toEqual([a.id, b.id].sort())
    expect(progress.last).toEqual({ courseId: 'kubernetes', slideId: b.id })
  })

  it('refuses unknown slides and a slide given with the wrong course', () => {
    const slide = services.library.courses.slides('kubernetes')[2]
    expect(() => services.progress.markSeen('nope')).toThrow(expect.objectContaining({ code: 'not-found' }))
    expect(() => services.progress.setLast('other', slide.id)).toThrow(expect.objectContaining({ code: 'invalid-request' }))
  })
})

describe('settings', () => {
  it('defaults to the system theme and keeps a change', async () => {
    expect(services.settings.get()).toEqual({ theme: 'system' })
    expect(services.settings.set({ theme: 'dark' })).toEqual({ theme: 'dark' })
    expect(services.settings.set({})).toEqual({ theme: 'dark' })
    await services.close()
    services = startServices(sandbox)
    expect(services.settings.get()).toEqual({ theme: 'dark' })
  })
})
