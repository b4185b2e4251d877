import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { eventually, makeSandbox, startServices, type Sandbox, type TestServices } from '../helpers'

let sandbox: Sandbox
let services: TestServices
let file: string

beforeEach(() => {
  sandbox = makeSandbox()
  file = join(sandbox.coursesDir, 'kubernetes', 'kubernetes.md')
})
afterEach(async () => {
  await services?.close()
  sandbox.cleanup()
})


describe('stable slide ids across edits of the course file', () => {
  it('keeps every id when the author inserts a slide before others and fixes a typo', async () => {
    services = startServices(sandbox)
    await services.library.start()
    const before = services.library.courses.slides('kubernetes')
    const architecture = before.find((s) => s.title === 'Architecture')!
    const typoSlide = before.find((s) => s.markdown.includes('orchestrateur de déploiement'))!
    services.progress.markSeen(typoSlide.id)
    services.progress.setLast('kubernetes', architecture.id)

    const text = readFileSync(file, 'utf8')
    const edited = text
      .replace('---\nlayout: section\n---\n\n# Architecture', '---\n\n# Une diapositive ajoutée\n\nAvant le chapitre.\n\n---\nlayout: section\n---\n\n# Architecture')
      .replace('orchestrateur de déploiement', 'orchestrateur de déploiment')
    expect(edited).not.toBe(text)
    writeFileSync(file, edited)
    await services.library.reindexFile('pack-kubernetes', 'kubernetes.md')

    const after = services.library.courses.slides('kubernetes')
    expect(after).toHaveLength(before.length + 1)
    const added = after.find((s) => s.title === 'Une diapositive ajoutée')!
    expect(before.map((s) => s.id)).not.toContain(added.id)
    expect(after.filter((s) => s !== added).map((s) => s.id)).toEqual(before.map((s) => s.id))
    expect(after.find((s) => s.id === architecture.id)!.index).toBe(architecture.index + 1)
    expect(after.find((s) => s.id === typoSlide.id)!.markdown).toContain('déploiment')

    expect(services.progress.get()).toEqual({
      seenSlideIds: [typoSlide.id],
      last: { courseId: 'kubernetes', slideId: architecture.id }
    })
    expect(services.search.search({ query: 'deploiment' }).hits.map((h) => h.slideId)).toEqual([typoSlide.id])
  })

  it('updates rows in place: what hangs on an unchanged slide survives a re-index', async () => {
    services = startServices(sandbox)
    await services.library.start()
    const slides = services.library.courses.slides('kubernetes')
    const rowids = () => services.db.prepare('SELECT rowid, id FROM slides ORDER BY rowid').all()
    const before = rowids()
    services.progress.markSeen(slides[5].id)

    writeFileSync(file, readFileSync(file, 'utf8').replace('# Recommandations', '# Recommandations clés'))
    await services.library.reindexFile('pack-kubernetes', 'kubernetes.md')
    expect(rowids()).toEqual(before)
    expect(services.progress.get().seenSlideIds).toEqual([slides[5].id])
  })

  it('forgets a deleted slide, and never hands its id to another one', async () => {
    services = startServices(sandbox)
    await services.library.start()
    const before = services.library.courses.slides('kubernetes')
    const doomed = before.find((s) => s.title === 'Recommandations')!
    services.progress.markSeen(doomed.id)

    const text = readFileSync(file, 'utf8')
    const start = text.indexOf('# Recommandations')
    const end = text.indexOf('---', start)
    writeFileSync(file, text.slice(0, start) + '# Remplacée\n\nTout autre chose ici, sans rapport.\n\n' + text.slice(end))
    await services.library.reindexFile('pack-kubernetes', 'kubernetes.md')

    const after = services.library.courses.slides('kubernetes')
    expect(after.map((s) => s.id)).not.toContain(doomed.id)
    expect(services.progress.get().seenSlideIds).toEqual([])
    expect(services.search.search({ query: 'Recommandations' }).hits.map((h) => h.id)).not.toContain(doomed.id)
  })

  it('sees an edit on disk through the watcher and tells open views which course changed', async () => {
    services = startServices(sandbox, { watch: true })
    await services.library.start()
    await services.library.idle()
    const slide = services.library.courses.slides('kubernetes').find((s) => s.title === 'Recommandations')!
    services.received.length = 0

    writeFileSync(file, readFileSync(file, 'utf8').replace('# Recommandations', '# Recommandations en direct'))
    await eventually(() => expect(services.received).toContainEqual({ type: 'course.changed', courseId: 'kubernetes' }))
    await services.library.idle()
    const updated = services.library.courses.slides('kubernetes').find((s) => s.id === slide.id)!
    expect(updated.title).toBe('Recommandations en direct')
  })
})
