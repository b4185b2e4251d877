import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readCheatsheet } from '@shared/practice'
import { splitCheatsheet } from '../../../src/main/services/practice/cheatsheet-sections'
import { eventually, type TestServices } from '../main/helpers'
import { closeContent, openContent, startContentServices, type ContentSandbox } from '../main/content-sandbox'

let sandbox: ContentSandbox
let services: TestServices

beforeEach(async () => ({ sandbox, services } = await openContent({ deck: false, practice: true })))
afterEach(() => closeContent({ sandbox, services }))

const sheetFiles = () => readdirSync(sandbox.cheatsheetsDir).filter((n) => n.endsWith('.md')).sort()

describe('splitting a cheatsheet into sections', () => {
  it('cuts at `##` headings outside code, with unique URL-safe ids, and loses no line', () => {
    const sheet = splitCheatsheet(
      '03-exemple.md',
      '# Titre\n\nIntro.\n\n## Créer\n\n```bash\n## pas une section\nkubectl get pods\n```\n\n## Créer\n\nBis.\n'
    )
    expect(sheet).toMatchObject({ id: 'exemple', title: 'Titre', intro: 'Intro.' })
    expect(sheet.sections).toEqual([
      { id: 'creer', title: 'Créer', markdown: '```bash\n## pas une section\nkubectl get pods\n```' },
      { id: 'creer-2', title: 'Créer', markdown: 'Bis.' }
    ])
    expect(() => splitCheatsheet('x.md', 'Pas de titre\n\n## Section\n')).toThrow(/titre/)
  })

  it('keeps every code block of every shipped sheet in its own section', () => {
    for (const name of sheetFiles()) {
      const text = readFileSync(join(sandbox.cheatsheetsDir, name), 'utf8')
      const sheet = splitCheatsheet(name, text)
      const blocks = readCheatsheet(text).blocks
      const inSections = sheet.sections.flatMap((s) => readCheatsheet(s.markdown).blocks.map((b) => ({ ...b, section: s.title })))
      expect(inSections.map((b) => [b.section, b.code]), name).toEqual(blocks.map((b) => [b.section, b.code]))
    }
  })
})

describe('the cheatsheets service', () => {
  it('lists every shipped sheet in file order with its sections', () => {
    const { sheets, problems } = services.cheatsheets.list()
    expect(problems).toEqual([])
    expect(sheets.map((s) => s.file)).toEqual(sheetFiles())
    const pods = services.cheatsheets.get('pods-logs-exec-top')
    expect(pods.title).toBe('Pods : logs, exec, port-forward, top')
    expect(pods.sections.map((s) => s.title)).toEqual(expect.arrayContaining(['Logs', 'Exec', 'Port-forward', 'Top']))
    expect(() => services.cheatsheets.get('nope')).toThrow(/No cheatsheet/)
  })

  it('reports a sheet without a title and loads the others', () => {
    writeFileSync(join(sandbox.cheatsheetsDir, '99-sans-titre.md'), 'Du texte sans titre.\n')
    services.cheatsheets.reload(false)
    const { sheets, problems } = services.cheatsheets.list()
    expect(sheets).toHaveLength(sheetFiles().length - 1)
    expect(problems).toEqual([{ file: '99-sans-titre.md', errors: ['pas de titre « # … » en tête de la fiche'] }])
  })

  it('puts one search document per section, found by a command it holds, accent-blind', () => {
    const hits = services.search.search({ query: 'logs previous', kinds: ['cheatsheet'] }).hits
    const logs = hits.find((h) => h.id === 'pods-logs-exec-top#logs')
    expect(logs).toMatchObject({ kind: 'cheatsheet', title: 'Logs' })
    expect(logs!.snippet).toContain('<mark>previous</mark>')
    expect(hits.slice(0, 2).map((h) => h.id).sort()).toEqual(['pods-logs-exec-top#depanner-un-pod', 'pods-logs-exec-top#logs'])
    const drain = services.search.search({ query: 'noeud drain', kinds: ['cheatsheet'] }).hits
    expect(drain.length).toBeGreaterThan(0)
    const total = services.cheatsheets
      .list()
      .sheets.reduce((sum, sheet) => sum + sheet.sections.length + 1, 0)
    expect(services.db.prepare("SELECT count(*) AS n FROM search_docs WHERE kind = 'cheatsheet'").get()).toEqual({ n: total })
  })

  it('follows edits on disk: a renamed section replaces the old document', async () => {
    await services.close()
    services = await startContentServices(sandbox, { watch: true })
    await services.cheatsheets.ready()
    const file = join(sandbox.cheatsheetsDir, sheetFiles().find((f) => f.includes('pods-logs'))!)
    writeFileSync(file, readFileSync(file, 'utf8').replace('## Logs', '## Journaux'))
    await eventually(() => expect(services.received).toContainEqual({ type: 'cheatsheets.changed' }))
    const ids = services.search.search({ query: 'logs previous', kinds: ['cheatsheet'] }).hits.map((h) => h.id)
    expect(ids).toContain('pods-logs-exec-top#journaux')
    expect(ids).not.toContain('pods-logs-exec-top#logs')
    expect(services.cheatsheets.get('pods-logs-exec-top').sections[0]).toMatchObject({ id: 'journaux', title: 'Journaux' })
  })
})
