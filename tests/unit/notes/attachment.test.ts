import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import type { TestServices } from '../main/helpers'
import { closeContent, openContent, type ContentSandbox } from '../main/content-sandbox'

let sandbox: ContentSandbox
let services: TestServices

beforeEach(async () => ({ sandbox, services } = await openContent({ deck: false })))
afterEach(() => closeContent({ sandbox, services }))

const editCourse = async (edit: (text: string) => string): Promise<void> => {
  const before = readFileSync(sandbox.courseFile, 'utf8')
  const after = edit(before)
  expect(after).not.toBe(before)
  writeFileSync(sandbox.courseFile, after)
  await services.library.reindexFile('pack-kubernetes', 'kubernetes.md')
}

const slideIds = () => services.library.courses.slides('kubernetes').map((s) => s.id)

describe('a note stays on its slide across course edits', () => {
  it('follows its slide when a slide is inserted before it and when a typo is fixed in it', async () => {
    const slides = services.library.courses.slides('kubernetes')
    const target = slides.find((s) => s.markdown.includes('orchestrateur de déploiement'))!
    const later = slides.find((s) => s.title === 'Architecture')!
    services.notes.save(target.id, 'Ma note sur la définition')
    services.notes.save(later.id, 'Ma note sur l’architecture')

    await editCourse((text) =>
      text
        .replace('# Présentation de Kubernetes', '# Une diapositive ajoutée\n\nAvant tout.\n\n---\n\n# Présentation de Kubernetes')
        .replace('orchestrateur de déploiement', 'orchestrateur de déploiment')
    )

    const note = services.notes.get(target.id)!
    expect(note).toMatchObject({ attached: true, markdown: 'Ma note sur la définition', slideIndex: target.index + 1 })
    expect(services.notes.get(later.id)).toMatchObject({ attached: true, slideIndex: later.index + 1, slideTitle: 'Architecture' })
    const hit = services.search.search({ query: 'définition', kinds: ['note'] }).hits[0]
    expect(hit).toMatchObject({ slideId: target.id, slideIndex: target.index + 1 })
  })

  it('keeps the note of a deleted slide as detached, listed, editable and searchable', async () => {
    const slides = services.library.courses.slides('kubernetes')
    const doomed = slides.find((s) => s.title === 'Plateformes managées')!
    const chapterTitle = services.library.courses.toc('kubernetes').chapters[doomed.chapterIndex].title
    services.notes.save(doomed.id, 'Comparer EKS, GKE et AKS #cloud')
    const markdown = readFileSync(sandbox.courseFile, 'utf8')
    const start = markdown.indexOf('# Plateformes managées')
    const end = markdown.indexOf('\n---', start)

    await editCourse((text) => text.slice(0, text.lastIndexOf('\n---', start)) + text.slice(end))

    expect(slideIds()).not.toContain(doomed.id)
    const note = services.notes.get(doomed.id)!
    expect(note).toMatchObject({ attached: false, slideTitle: 'Plateformes managées', chapterTitle, courseId: 'kubernetes' })
    expect(note.slideIndex).toBeUndefined()
    const list = services.notes.list()
    expect(list.detached.map((n) => n.slideId)).toEqual([doomed.id])
    expect(list.groups).toEqual([])
    expect(services.notes.list({ tag: 'cloud' }).detached).toHaveLength(1)

    expect(services.notes.save(doomed.id, 'Comparer EKS, GKE et AKS #cloud, puis OpenShift').note).toMatchObject({ attached: false })
    expect(services.search.search({ query: 'openshift', kinds: ['note'] }).hits.map((h) => h.id)).toEqual([doomed.id])
  })

  it('keeps every note when the whole course file disappears', async () => {
    const [a, b] = services.library.courses.slides('kubernetes').slice(10, 12)
    services.notes.save(a.id, 'note A')
    services.notes.save(b.id, 'note B')
    rmSync(sandbox.courseFile)
    await services.library.reindexFile('pack-kubernetes', 'kubernetes.md')

    expect(services.library.list().courses).toEqual([])
    expect(services.notes.list().detached.map((n) => n.markdown).sort()).toEqual(['note A', 'note B'])
    expect(services.notes.list().detached.every((n) => n.slideTitle !== '')).toBe(true)
  })
})
