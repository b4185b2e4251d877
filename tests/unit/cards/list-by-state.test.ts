import { afterEach, beforeEach, expect, it } from 'vitest'
import type { TestServices } from '../main/helpers'
import { closeContent, openContent, type ContentSandbox } from '../main/content-sandbox'

let sandbox: ContentSandbox
let services: TestServices

beforeEach(async () => ({ sandbox, services } = await openContent({ deck: false })))
afterEach(() => closeContent({ sandbox, services }))

it('lists cards by the state of their live faces, suspended ones apart', () => {
  const user = services.cards.user
  const fresh = user.create({ type: 'basic', front: 'Pod ?', back: 'Un groupe de conteneurs' })
  const learnt = user.create({ type: 'cloze', front: '{{c1::etcd}} stocke l’état, {{c2::le scheduler}} place les Pods', back: '' })
  const paused = user.create({ type: 'basic', front: 'Service ?', back: 'Une adresse stable' })
  services.review.answer({ key: `${learnt.id}:c1`, rating: 3 })
  user.suspend(paused.id, true)

  const ids = (state: 'new' | 'learning' | 'review' | 'relearning' | 'suspended') =>
    services.cards.views.list({ state }).cards.map((card) => card.id).sort()
  expect(ids('new')).toEqual([fresh.id, learnt.id].sort())
  expect(ids('learning')).toEqual([learnt.id])
  expect(ids('review')).toEqual([])
  expect(ids('suspended')).toEqual([paused.id])
  expect(services.cards.views.list({ state: 'learning' }).total).toBe(1)
})
