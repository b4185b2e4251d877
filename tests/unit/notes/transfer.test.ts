import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Note } from '@shared/api'
import type { TestServices } from '../main/helpers'
import { closeContent, openContent, startContentServices, type ContentSandbox } from '../main/content-sandbox'

let sandbox: ContentSandbox
let services: TestServices
let exportDir: string

beforeEach(async () => ({ sandbox, services } = await openContent({ deck: false })))
beforeEach(() => {
  exportDir = mkdtempSync(join(tmpdir(), 'kubestudy-notes-'))
})
afterEach(() => closeContent({ sandbox, services }))
afterEach(() => {
  rmSync(exportDir, { recursive: true, force: true })
})

// Slide ids are drawn at random by each installation: notes are compared by where they sit.
const comparable = (notes: Note[]) =>
  notes
    .map((n) => ({ markdown: n.markdown, attached: n.attached, slideTitle: n.slideTitle, slideIndex: n.slideIndex }))
    .sort((a, b) => a.slideTitle.localeCompare(b.slideTitle))

/** A second data dir over the same course files: another machine, or a fresh install. */
async function freshServices(): Promise<{ other: TestServices; done: () => Promise<void> }> {
  const otherSandbox = { ...sandbox, dataDir: join(sandbox.dir, 'data-2') }
  const other = await startContentServices(otherSandbox)
  return { other, done: () => other.close() }
}

describe('exporting notes to a folder and importing it back', () => {
  it('writes one markdown file per chapter, each note under its slide title with a link back', () => {
    const slides = services.library.courses.slides('kubernetes')
    const architecture = slides.find((s) => s.title === 'Architecture')!
    services.notes.save(architecture.id, '## Mon résumé\n\n- API server\n- etcd\n\n```bash\nkubectl get nodes\n```')
    services.notes.save(slides[2].id, 'Première note')

    const result = services.notes.exportTo(exportDir)
    expect(result.notes).toBe(2)
    expect(result.files).toEqual(['kubernetes/01-presentation-de-kubernetes.md', `kubernetes/${String(architecture.chapterIndex + 1).padStart(2, '0')}-architecture.md`])
    const text = readFileSync(join(exportDir, 'kubernetes', result.files[1].split('/')[1]), 'utf8')
    expect(text).toBe(
      '# Architecture\n\n' +
        `## [Architecture](kubestudy://course/kubernetes/slide/${encodeURIComponent(architecture.id)})\n` +
        `<!-- kubestudy:note course="kubernetes" slide="${encodeURIComponent(architecture.id)}" -->\n\n` +
        '## Mon résumé\n\n- API server\n- etcd\n\n```bash\nkubectl get nodes\n```\n'
    )
  })

  it('round-trips every note, detached ones included, into a fresh database, and a second import changes nothing', async () => {
    const slides = services.library.courses.slides('kubernetes')
    services.notes.save(slides[2].id, 'Note simple #tag')
    services.notes.save(slides[40].id, '# Titre dans la note\n\n---\n\nUne règle horizontale et un [lien](https://kubernetes.io)')
    services.notes.save(slides[41].id, '<!-- un commentaire -->\nEt du HTML <b>brut</b>\n\n\n')
    services.db.prepare("INSERT INTO notes VALUES ('gone-slide', 'kubernetes', 'Diapo retirée', 'Un chapitre', 'Note orpheline', 1, 1)").run()
    const before = services.notes.store.all()
    services.notes.exportTo(exportDir)
    expect(readdirSync(join(exportDir, 'kubernetes'))).toContain('notes-detachees.md')

    const { other, done } = await freshServices()
    try {
      expect(other.notes.importFrom(exportDir)).toEqual({ files: 3, added: 4, merged: 0, unchanged: 0 })
      const imported = other.notes.store.all()
      expect(comparable(imported)).toEqual(comparable(before).map((n) => ({ ...n, markdown: n.markdown.trimEnd() })))
      const localIds = new Set(other.library.courses.slides('kubernetes').map((s) => s.id))
      expect(imported.filter((n) => n.attached).every((n) => localIds.has(n.slideId))).toBe(true)
      expect(imported.find((n) => n.slideId === 'gone-slide')).toMatchObject({ attached: false, slideTitle: 'Diapo retirée', courseId: 'kubernetes' })

      expect(other.notes.importFrom(exportDir)).toEqual({ files: 3, added: 0, merged: 0, unchanged: 4 })
      expect(other.db.prepare('SELECT count(*) AS n FROM notes').get()).toEqual({ n: 4 })
      expect(other.search.search({ query: 'orpheline', kinds: ['note'] }).hits).toHaveLength(1)
    } finally {
      await done()
    }
  })

  it('never overwrites: a differing note keeps both texts, an extended one replaces the shorter', () => {
    const slides = services.library.courses.slides('kubernetes')
    services.notes.save(slides[5].id, 'Version du fichier')
    services.notes.save(slides[6].id, 'Début')
    services.notes.exportTo(exportDir)
    const file = join(exportDir, 'kubernetes', '01-presentation-de-kubernetes.md')
    writeFileSync(file, readFileSync(file, 'utf8').replace('Début', 'Début, complété dans le fichier'))
    services.notes.save(slides[5].id, 'Version modifiée dans l’app')

    expect(services.notes.importFrom(exportDir)).toEqual({ files: 1, added: 0, merged: 2, unchanged: 0 })
    expect(services.notes.get(slides[5].id)!.markdown).toBe('Version modifiée dans l’app\n\nVersion du fichier')
    expect(services.notes.get(slides[6].id)!.markdown).toBe('Début, complété dans le fichier')
    expect(services.notes.importFrom(exportDir)).toEqual({ files: 1, added: 0, merged: 0, unchanged: 2 })
  })

  it('rejects a folder with a broken marker, naming the file and line, and imports nothing', async () => {
    const slides = services.library.courses.slides('kubernetes')
    services.notes.save(slides[2].id, 'Une')
    services.notes.save(slides[3].id, 'Deux')
    services.notes.exportTo(exportDir)
    writeFileSync(join(exportDir, 'kubernetes', 'zz-broken.md'), '# Cassé\n\n## [x](y)\n<!-- kubestudy:note course="kubernetes" -->\n\ntexte\n')

    const { other, done } = await freshServices()
    try {
      expect(() => other.notes.importFrom(exportDir)).toThrow('Nothing imported. kubernetes/zz-broken.md:4: note marker without a slide="…" id')
      expect(other.notes.store.all()).toEqual([])
    } finally {
      await done()
    }
  })

  it('ignores markdown files that hold no notes and refuses a relative folder', () => {
    writeFileSync(join(exportDir, 'README.md'), '# Mes notes\n\nRien ici.\n')
    expect(services.notes.importFrom(exportDir)).toEqual({ files: 1, added: 0, merged: 0, unchanged: 0 })
    expect(() => services.notes.exportTo('relative/dir')).toThrow(/Not an absolute path/)
  })
})
