import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseAnkiText } from '../../../src/main/services/cards/anki/anki-text'
import type { TestServices } from '../main/helpers'
import { closeContent, makeContentSandbox, openContent, startContentServices, type ContentSandbox } from '../main/content-sandbox'

let sandbox: ContentSandbox
let services: TestServices
let dir: string

beforeEach(async () => ({ sandbox, services } = await openContent()))
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kubestudy-anki-'))
})
afterEach(() => closeContent({ sandbox, services }))
afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
})

const cardsOf = (s: TestServices) =>
  s.cards.views
    .list({ limit: 500 })
    .cards.map((c) => ({ type: c.type, front: c.front, back: c.back, tags: c.tags }))
    .sort((a, b) => a.front.localeCompare(b.front))

describe('reading Anki text files', () => {
  it('reads the header lines, quoted fields with separators, quotes and line breaks', () => {
    const text = [
      '#separator:Comma',
      '#html:false',
      '#deck:Kubernetes::Réseau',
      '#tags:k8s',
      '#columns:Front,Back,Tags',
      '#tags column:3',
      'Service,"Une IP stable, devant des ""Pod""",réseau service',
      '"Deux',
      'lignes",dos,',
      '',
      '# un commentaire',
      'Cloze {{c1::etcd}},,'
    ].join('\n')
    const { drafts } = parseAnkiText(text)
    expect(drafts).toEqual([
      { line: 7, guid: null, type: 'basic', front: 'Service', back: 'Une IP stable, devant des "Pod"', tags: ['k8s', 'réseau', 'service'], deck: 'Kubernetes::Réseau' },
      { line: 8, guid: null, type: 'basic', front: 'Deux\nlignes', back: 'dos', tags: ['k8s'], deck: 'Kubernetes::Réseau' },
      { line: 12, guid: null, type: 'cloze', front: 'Cloze {{c1::etcd}}', back: '', tags: ['k8s'], deck: 'Kubernetes::Réseau' }
    ])
  })

  it('reads a tab-separated Anki export with guid, notetype, deck and tags columns and HTML fields', () => {
    const text = [
      '#separator:tab',
      '#html:true',
      '#guid column:1',
      '#notetype column:2',
      '#deck column:3',
      '#tags column:6',
      'Ab1+x\tBasic (and reversed card)\tK8s\t<b>Pod</b>\tplus petite unité<br>déployable &amp; planifiable\tbase',
      'c/9z\tTexte à trous\tK8s\t{{c1::kubelet}} tourne sur chaque nœud\t<div>extra</div>\t'
    ].join('\n')
    expect(parseAnkiText(text).drafts).toEqual([
      { line: 7, guid: 'Ab1+x', type: 'basic-and-reversed', front: '<b>Pod</b>', back: 'plus petite unité\ndéployable & planifiable', tags: ['base'], deck: 'K8s' },
      { line: 8, guid: 'c/9z', type: 'cloze', front: '{{c1::kubelet}} tourne sur chaque nœud', back: 'extra', tags: [], deck: 'K8s' }
    ])
  })
})

describe('importing and exporting Anki text files', () => {
  it('round-trips every card through a tab file into a fresh database, with no duplicate on a second import', async () => {
    services.cards.user.create({ type: 'basic', front: 'Ma question\navec "guillemets", virgule\tet tabulation', back: '```bash\nkubectl get pods\n```', tags: ['cli'] })
    services.cards.user.create({ type: 'cloze', front: 'Le {{c1::Scheduler}} choisit le {{c2::nœud::où}}', back: 'Complément' })
    services.cards.user.create({ type: 'basic-and-reversed', front: '#Pod', back: 'unité' })
    const file = join(dir, 'export.txt')
    expect(services.cards.exportAnki({ path: file })).toEqual({ count: 218, path: file, text: null })
    expect(readFileSync(file, 'utf8').split('\n').slice(0, 7)).toEqual([
      '#separator:tab',
      '#html:false',
      '#guid column:1',
      '#notetype column:2',
      '#deck column:3',
      '#tags column:6',
      '#columns:guid\tnotetype\tdeck\tFront\tBack\ttags'
    ])

    const otherSandbox = makeContentSandbox({ deck: false })
    const other = await startContentServices(otherSandbox)
    try {
      expect(other.cards.importAnki({ path: file })).toEqual({ total: 218, added: 218, updated: 0, unchanged: 0 })
      expect(cardsOf(other)).toEqual(cardsOf(services))
      expect(other.cards.importAnki({ path: file })).toEqual({ total: 218, added: 0, updated: 0, unchanged: 218 })
      expect(other.review.queue().counts.new).toBe(20)
    } finally {
      await other.close()
      otherSandbox.cleanup()
    }
  })

  it('imports its own export as a no-op, and updates a card whose text changed', () => {
    const card = services.cards.user.create({ type: 'basic', front: 'Q', back: 'R' })
    const { text } = services.cards.exportAnki({ separator: 'comma' })
    expect(services.cards.importAnki({ text: text! })).toEqual({ total: 216, added: 0, updated: 0, unchanged: 216 })
    const edited = text!.replace(`${card.id},Basic,KubeStudy::Mes cartes,Q,R,`, `${card.id},Basic,KubeStudy::Mes cartes,Q,Réponse corrigée,`)
    expect(services.cards.importAnki({ text: edited })).toEqual({ total: 216, added: 0, updated: 1, unchanged: 215 })
    expect(services.cards.get(card.id).back).toBe('Réponse corrigée')
  })

  it('skips a card without guid whose front is already there', () => {
    const text = '#separator:tab\nQuestion A\tRéponse A\nQuestion B\tRéponse B\nQuestion A\tautre réponse\n'
    expect(services.cards.importAnki({ text, deck: 'Import' })).toEqual({ total: 3, added: 2, updated: 0, unchanged: 1 })
    expect(services.cards.importAnki({ text })).toEqual({ total: 3, added: 0, updated: 0, unchanged: 3 })
    expect(services.cards.views.list({ origin: 'import' }).cards.map((c) => c.deck)).toEqual(['Import', 'Import'])
  })

  it('rejects a truncated file with the line that is wrong, and imports nothing', () => {
    const { text } = services.cards.exportAnki({})
    const lines = text!.split('\n')
    const before = services.cards.views.list({ limit: 1 }).total
    const cut = `${lines.slice(0, 60).join('\n')}\n${lines[60].split('\t').slice(0, 3).join('\t')}`
    writeFileSync(join(dir, 'cut.txt'), cut.replace(/^intro-/gm, 'x-intro-'))
    expect(() => services.cards.importAnki({ path: join(dir, 'cut.txt') })).toThrow('Nothing imported: line 61: expected 6 fields, found 3 (is the file truncated or the separator wrong?).')
    expect(services.cards.views.list({ limit: 1 }).total).toBe(before)
  })

  it('rejects an unclosed quote, a bad header and a broken cloze with their lines', () => {
    const expectRejected = (text: string, message: string) => {
      expect(() => services.cards.importAnki({ text })).toThrow(`Nothing imported: ${message}.`)
    }
    expectRejected('#separator:comma\nA,B\n"C,D\nE,F\n', 'line 3: quoted field is never closed (is the file truncated?)')
    expectRejected('#separator:tab\n#html:maybe\nA\tB\n', 'line 2: #html: must be true or false, not "maybe"')
    expectRejected('#separator:semicolon\n#notetype:Cloze\nA {{c1::b}};x\nA {{c1::b;y\n', 'line 4: cloze "{{c1::" is never closed with "}}"')
    expectRejected('#separator:comma\n"A"x,B\n', 'line 2: unexpected "x" after a closing quote (a quote inside a quoted field is written "")')
    expect(services.cards.views.list({ origin: 'import' }).total).toBe(0)
  })

  it('exports HTML for Anki when asked', () => {
    services.cards.user.create({ type: 'basic', front: 'Un **gras**', back: '`code`' })
    const { text } = services.cards.exportAnki({ html: true, scope: {} })
    expect(text).toContain('#html:true')
    expect(text).toContain('<p>Un <strong>gras</strong></p>')
  })
})

describe('importing several files', () => {
  it('adds the cards of a second file imported at the same instant without touching the first', async () => {
    const sandbox2 = makeContentSandbox({ deck: false })
    const s = await startContentServices(sandbox2)
    try {
      expect(s.cards.importAnki({ text: 'Q1\tR1\nQ2\tR2\n' })).toMatchObject({ added: 2 })
      expect(s.cards.importAnki({ text: 'Q3\tR3\nQ4\tR4\n' })).toMatchObject({ added: 2, updated: 0 })
      expect(s.cards.views.list({}).cards.map((c) => `${c.front}/${c.back}`).sort()).toEqual(['Q1/R1', 'Q2/R2', 'Q3/R3', 'Q4/R4'])
    } finally {
      await s.close()
      sandbox2.cleanup()
    }
  })
})
