import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { courseFile, makeSandbox, mojibakeFile, startServices, type Sandbox, type TestServices } from '../helpers'

let sandbox: Sandbox
let services: TestServices

beforeEach(() => {
  sandbox = makeSandbox()
})
afterEach(async () => {
  await services?.close()
  sandbox.cleanup()
})

const indexedAt = (s: TestServices) =>
  Object.fromEntries(
    (s.db.prepare('SELECT path, indexed_at, hash FROM files').all() as { path: string; indexed_at: number; hash: string }[]).map((r) => [
      r.path,
      `${r.indexed_at}:${r.hash}`
    ])
  )

describe('course library', () => {
  it('indexes the built-in Kubernetes pack as chapters of slides, with its attribution', async () => {
    services = startServices(sandbox)
    await services.library.start()
    const state = services.library.list()
    expect(state.folders).toEqual([expect.objectContaining({ id: 'pack-kubernetes', builtin: true })])
    expect(state.problems).toEqual([])
    const [course] = state.courses
    expect(course).toMatchObject({
      id: 'kubernetes',
      title: 'Kubernetes',
      file: 'kubernetes.md',
      license: 'CC BY-SA 4.0',
      attribution: expect.stringContaining('Tom Avenel')
    })
    expect(course.repairedFrom).toBeUndefined()

    const toc = services.library.courses.toc('kubernetes')
    const sections = readFileSync(courseFile, 'utf8').match(/^layout: section$/gm)!.length
    expect(toc.chapters).toHaveLength(sections + 1)
    expect(course.chapterCount).toBe(sections + 1)
    expect(toc.chapters.map((c) => c.title)).toContain('Architecture')
    expect(toc.chapters.flatMap((c) => c.slides)).toHaveLength(course.slideCount)

    const slides = services.library.courses.slides('kubernetes')
    expect(slides.map((s) => s.index)).toEqual(slides.map((_, i) => i))
    expect(slides[0]).toMatchObject({ title: 'Chapitres', isToc: true })
    expect(slides.find((s) => s.title === 'Architecture')).toMatchObject({ layout: 'section' })
    expect(new Set(slides.map((s) => s.id)).size).toBe(slides.length)
    expect(slides.every((s) => !s.markdown.startsWith('layout:'))).toBe(true)

    expect(services.library.attributions()).toEqual([
      expect.objectContaining({ courseId: 'kubernetes', license: 'CC BY-SA 4.0', licenseUrl: expect.stringContaining('creativecommons') })
    ])
  })

  it('skips files whose content has not changed when the app starts again', async () => {
    services = startServices(sandbox)
    await services.library.start()
    const before = indexedAt(services)
    const ids = services.library.courses.slides('kubernetes').map((s) => s.id)
    await services.close()

    await new Promise((r) => setTimeout(r, 5))
    services = startServices(sandbox)
    await services.library.start()
    expect(indexedAt(services)).toEqual(before)
    expect(services.library.courses.slides('kubernetes').map((s) => s.id)).toEqual(ids)
    expect(services.received).not.toContainEqual({ type: 'library.changed' })
  })

  it('lists a file that cannot be parsed, with its error, while every other file loads', async () => {
    const folder = join(sandbox.dir, 'mine')
    mkdirSync(folder)
    copyFileSync(courseFile, join(folder, 'good.md'))
    writeFileSync(join(folder, 'broken.md'), '---\ntitle: Jamais fermé\n\n# Une diapositive\n')
    services = startServices(sandbox)
    await services.library.start()
    const state = await services.library.addFolder(folder)

    expect(state.problems).toEqual([
      { folderId: expect.stringMatching(/^folder-/), file: 'broken.md', error: expect.stringMatching(/broken\.md, ligne 1/) }
    ])
    expect(state.courses.map((c) => c.file).sort()).toEqual(['good.md', 'kubernetes.md'])
  })

  it('repairs a mojibake file, flags it, and reads it like the original', async () => {
    const folder = join(sandbox.dir, 'received')
    mkdirSync(folder)
    copyFileSync(mojibakeFile, join(folder, 'kubernetes.md'))
    services = startServices(sandbox)
    await services.library.start()
    const state = await services.library.addFolder(folder)

    const repaired = state.courses.find((c) => c.folderId !== 'pack-kubernetes')!
    expect(repaired.repairedFrom).toBe('mac-roman')
    const original = services.library.courses.slides('kubernetes')
    const fixed = services.library.courses.slides(repaired.id)
    expect(fixed.map((s) => s.title)).toEqual(original.map((s) => s.title))
    expect(fixed.map((s) => s.markdown).join('\n')).not.toMatch(/√©|Ã©/)
    expect(fixed.some((s) => s.title === 'Présentation de Kubernetes')).toBe(true)
  })

  it('adds and removes a folder of courses; built-in packs cannot be removed', async () => {
    const folder = join(sandbox.dir, 'extra')
    mkdirSync(join(folder, 'sub'), { recursive: true })
    writeFileSync(join(folder, 'sub', 'pods.md'), '# Pods\n\nUn pod regroupe des conteneurs.\n\n---\n\n# Services\n\nExposer des pods.\n')
    writeFileSync(join(folder, 'README.md'), '# Pas un cours\n')
    services = startServices(sandbox)
    await services.library.start()

    const added = await services.library.addFolder(folder)
    const folderId = added.folders.find((f) => !f.builtin)!.id
    const course = added.courses.find((c) => c.folderId === folderId)!
    expect(course).toMatchObject({ file: 'sub/pods.md', title: 'Pods', slideCount: 2 })
    expect(added.courses).toHaveLength(2)
    expect(services.search.search({ query: 'conteneurs pod' }).hits.map((h) => h.courseId)).toContain(course.id)

    const again = await services.library.addFolder(folder)
    expect(again.folders).toHaveLength(2)

    const removed = await services.library.removeFolder(folderId)
    expect(removed.folders.map((f) => f.id)).toEqual(['pack-kubernetes'])
    expect(removed.courses.map((c) => c.id)).toEqual(['kubernetes'])
    expect(services.search.search({ query: 'regroupe' }).hits.map((h) => h.courseId)).not.toContain(course.id)
    expect(services.received).toContainEqual({ type: 'library.changed' })

    await expect(services.library.removeFolder('pack-kubernetes')).rejects.toMatchObject({ code: 'forbidden' })
    await expect(services.library.addFolder('relative/path')).rejects.toMatchObject({ code: 'invalid-request' })
    await expect(services.library.addFolder(join(sandbox.dir, 'nope'))).rejects.toMatchObject({ code: 'invalid-request' })
  })

  it('re-indexes only the file that changed, and drops a deleted file', async () => {
    const folder = join(sandbox.dir, 'two')
    mkdirSync(folder)
    writeFileSync(join(folder, 'a.md'), '# Alpha\n\nPremier fichier.\n')
    writeFileSync(join(folder, 'b.md'), '# Beta\n\nSecond fichier.\n')
    services = startServices(sandbox)
    await services.library.start()
    const { folders } = await services.library.addFolder(folder)
    const folderId = folders.find((f) => !f.builtin)!.id
    const before = indexedAt(services)

    await new Promise((r) => setTimeout(r, 5))
    writeFileSync(join(folder, 'b.md'), '# Beta\n\nSecond fichier, corrigé.\n')
    await services.library.reindexFile(folderId, 'b.md')
    await services.library.reindexFile(folderId, 'a.md')
    const after = indexedAt(services)
    expect(after['a.md']).toBe(before['a.md'])
    expect(after['kubernetes.md']).toBe(before['kubernetes.md'])
    expect(after['b.md']).not.toBe(before['b.md'])
    const betaId = services.library.list().courses.find((c) => c.file === 'b.md')!.id
    expect(services.received).toContainEqual({ type: 'course.changed', courseId: betaId })
    expect(services.search.search({ query: 'corrige' }).hits).toHaveLength(1)

    rmSync(join(folder, 'b.md'))
    await services.library.reindexFile(folderId, 'b.md')
    expect(services.library.list().courses.map((c) => c.file)).not.toContain('b.md')
    expect(services.search.search({ query: 'corrige' }).hits).toEqual([])
  })

  it('keeps the last good version of a course that becomes unparseable, and reports the problem', async () => {
    const folder = join(sandbox.dir, 'editing')
    mkdirSync(folder)
    writeFileSync(join(folder, 'c.md'), '# Gamma\n\nTexte.\n')
    services = startServices(sandbox)
    await services.library.start()
    const { folders } = await services.library.addFolder(folder)
    const folderId = folders.find((f) => !f.builtin)!.id

    writeFileSync(join(folder, 'c.md'), '---\nlayout: [\n---\n# Gamma\n')
    await services.library.reindexFile(folderId, 'c.md')
    const state = services.library.list()
    expect(state.problems).toEqual([expect.objectContaining({ file: 'c.md' })])
    expect(state.courses.find((c) => c.file === 'c.md')?.title).toBe('Gamma')

    writeFileSync(join(folder, 'c.md'), '# Gamma\n\nTexte réparé.\n')
    await services.library.reindexFile(folderId, 'c.md')
    expect(services.library.list().problems).toEqual([])
  })

  it('reports indexing progress up to the total', async () => {
    services = startServices(sandbox)
    await services.library.start()
    const progress = services.received.filter((e) => e.type === 'indexing.progress')
    expect(progress[0]).toEqual({ type: 'indexing.progress', done: 0, total: 1 })
    expect(progress.at(-1)).toEqual({ type: 'indexing.progress', done: 1, total: 1 })
  })
})
