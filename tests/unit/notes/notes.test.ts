import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Slide } from '@shared/api'
import type { TestServices } from '../main/helpers'
import { closeContent, minutes, openContent, type ContentSandbox } from '../main/content-sandbox'

let sandbox: ContentSandbox
let services: TestServices
let slides: Slide[]

beforeEach(async () => ({ sandbox, services } = await openContent({ deck: false })))
beforeEach(() => {
  slides = services.library.courses.slides('kubernetes')
})
afterEach(() => closeContent({ sandbox, services }))

const slideTitled = (title: string): Slide => slides.find((s) => s.title === title)!

describe('notes on slides', () => {
  it('saves the full text, reads it back, and a repeated save writes nothing', () => {
    const slide = slideTitled('Architecture')
    expect(services.notes.get(slide.id)).toBeNull()

    const first = services.notes.save(slide.id, 'Le **control plane** #archi')
    expect(first.note).toMatchObject({
      slideId: slide.id,
      courseId: 'kubernetes',
      markdown: 'Le **control plane** #archi',
      tags: ['archi'],
      attached: true,
      slideTitle: 'Architecture',
      slideIndex: slide.index,
      chapterIndex: slide.chapterIndex,
      createdAt: sandbox.clock.now,
      updatedAt: sandbox.clock.now
    })

    sandbox.clock.now += minutes(5)
    expect(services.notes.save(slide.id, 'Le **control plane** #archi').note!.updatedAt).toBe(first.note!.updatedAt)
    const edited = services.notes.save(slide.id, 'Le **control plane** et les nœuds #archi')
    expect(edited.note).toMatchObject({ createdAt: first.note!.createdAt, updatedAt: sandbox.clock.now })
    expect(services.notes.get(slide.id)!.markdown).toBe('Le **control plane** et les nœuds #archi')
    expect(services.db.prepare('SELECT count(*) AS n FROM notes').get()).toEqual({ n: 1 })
  })

  it('removes a note saved blank, and deletes on request', () => {
    const [a, b] = [slides[3], slides[4]]
    services.notes.save(a.id, 'à effacer')
    expect(services.notes.save(a.id, '  \n ')).toEqual({ slideId: a.id, note: null })
    expect(services.notes.get(a.id)).toBeNull()
    services.notes.save(b.id, 'gardée')
    expect(services.notes.delete(b.id)).toEqual({ deleted: true })
    expect(services.notes.delete(b.id)).toEqual({ deleted: false })
    expect(services.search.search({ query: 'gardée', kinds: ['note'] }).hits).toEqual([])
  })

  it('refuses a note on a slide that does not exist', () => {
    expect(() => services.notes.save('no-such-slide', 'texte')).toThrow(/No slide with id no-such-slide/)
  })

  it('lists notes by chapter in course order with their slide titles, and filters by #tag', () => {
    const late = slides[slides.length - 3]
    const early = slides[2]
    const middle = slideTitled('Architecture')
    services.notes.save(late.id, 'fin du cours #Sécurité')
    services.notes.save(early.id, 'début #réseau #sécurité')
    services.notes.save(middle.id, 'milieu, `#pas-un-tag` dans du code, et #12 non plus')

    const list = services.notes.list()
    expect(list.total).toBe(3)
    expect(list.detached).toEqual([])
    expect(list.groups.flatMap((g) => g.notes.map((n) => n.slideId))).toEqual([early.id, middle.id, late.id])
    expect(list.groups.map((g) => g.chapterIndex)).toEqual([...new Set([early, middle, late].map((s) => s.chapterIndex))])
    expect(list.groups[0]).toMatchObject({ courseId: 'kubernetes', courseTitle: 'Kubernetes', chapterTitle: 'Présentation de Kubernetes' })
    expect(list.tags).toEqual([
      { tag: 'sécurité', count: 2 },
      { tag: 'réseau', count: 1 }
    ])

    const filtered = services.notes.list({ tag: '#Sécurité' })
    expect(filtered.groups.flatMap((g) => g.notes.map((n) => n.slideId))).toEqual([early.id, late.id])
    expect(filtered.tags).toEqual(list.tags)
  })

  it('joins the search index: a hit on a note opens its slide', () => {
    const slide = slideTitled('Architecture')
    services.notes.save(slide.id, 'Penser au quorum etcd (impair)')
    const hits = services.search.search({ query: 'quorum impair' }).hits
    expect(hits).toEqual([
      expect.objectContaining({ kind: 'note', id: slide.id, slideId: slide.id, slideIndex: slide.index, courseId: 'kubernetes', title: 'Architecture' })
    ])
  })
})
