import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeSandbox, startServices, type Sandbox, type TestServices } from '../helpers'
import { buildMatchQuery } from '../../../../src/main/services/search/query'

let sandbox: Sandbox
let services: TestServices

beforeAll(async () => {
  sandbox = makeSandbox()
  services = startServices(sandbox)
  await services.library.start()
})
afterAll(async () => {
  await services.close()
  sandbox.cleanup()
})

const search = (query: string, limit?: number) => services.search.search({ query, limit })
const titles = (query: string) => search(query).hits.map((h) => h.title)

describe('search over the real course', () => {
  it('is accent- and case-blind', () => {
    const accented = search('déploiement').hits.map((h) => h.id)
    expect(accented.length).toBeGreaterThan(0)
    expect(search('deploiement').hits.map((h) => h.id)).toEqual(accented)
    expect(search('DEPLOIEMENT').hits.map((h) => h.id)).toEqual(accented)
    expect(titles('etendre kubernetes')).toContain('Étendre Kubernetes')
  })

  it('matches the last word as a prefix while the user types', () => {
    expect(search('deplo').hits.length).toBeGreaterThan(0)
    expect(titles('Strat')).toContain('Stratégies de déploiements')
    expect(search('persistentvolumecl').hits.length).toBeGreaterThan(0)
    // Only the last word is a prefix: a word the user has finished must match whole.
    expect(search('deploiements strat').hits.length).toBeGreaterThan(0)
    expect(search('strat deploiements').hits).toEqual([])
  })

  it('requires every word, in any order', () => {
    const both = search('pod affinity').hits
    expect(both.length).toBeGreaterThan(0)
    for (const hit of both) expect(hit.snippet.toLowerCase() + hit.title.toLowerCase()).toMatch(/affinity/)
    expect(search('affinity pod').hits.map((h) => h.id)).toEqual(both.map((h) => h.id))
    expect(search('affinity zzzzzz').hits).toEqual([])
  })

  it('ranks a slide whose title matches above slides that only mention the word', () => {
    const hits = search('architecture', 50).hits
    expect(hits.length).toBeGreaterThan(1)
    const firstBodyOnly = hits.findIndex((h) => !/architecture/i.test(h.title))
    const lastTitled = hits.map((h) => /architecture/i.test(h.title)).lastIndexOf(true)
    expect(lastTitled).toBeLessThan(firstBodyOnly === -1 ? Infinity : firstBodyOnly)
    expect(hits[0].title).toMatch(/Architecture/)
  })

  it('returns highlighted snippets, escaped, that locate the slide', () => {
    const [hit] = search('deploiement').hits
    expect(hit.snippet).toMatch(/<mark>déploiements?<\/mark>/i)
    expect(hit).toMatchObject({ kind: 'slide', courseId: 'kubernetes', slideId: hit.id, terms: ['deploiement'] })
    const slides = services.library.courses.slides('kubernetes')
    expect(slides[hit.slideIndex!].id).toBe(hit.id)

    for (const query of ['caption', 'div', 'class', 'kubectl get']) {
      for (const h of search(query, 200).hits) {
        expect(h.snippet.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/)
      }
    }
  })

  it('never fails on FTS syntax or odd input', () => {
    const odd = ['"', '""', '*', '**', 'AND', 'OR', 'NOT', 'NEAR', '-', '- pod', 'pod -', '(', ')', 'pod"', 'NEAR(pod', 'title:pod', '{title}: pod', '^pod', 'pod AND', '"pod" OR "service"', '\\', "'", '%', '_', '   ', '', '∑', '🙂', 'a'.repeat(400)]
    for (const query of odd) {
      expect(() => search(query)).not.toThrow()
    }
    // Operators are searched as words, like any other.
    expect(search('AND').hits.map((h) => h.id)).toEqual(search('and').hits.map((h) => h.id))
    expect(search('').hits).toEqual([])
    expect(search('pod"').hits.length).toBe(search('pod').hits.length)
    expect(search('title:pod').hits.length).toBeGreaterThanOrEqual(0)
  })

  it('keeps other kinds of documents in the same index and filters by kind', () => {
    services.search.upsert({ kind: 'note', refId: 'note-1', title: 'Ma note', body: 'Réviser le déploiement canari <b>demain</b>' })
    const all = search('canari').hits
    expect(all.map((h) => h.kind)).toContain('note')
    const noteHit = all.find((h) => h.kind === 'note')!
    expect(noteHit.snippet).toContain('&lt;b&gt;')
    expect(services.search.search({ query: 'canari', kinds: ['slide'] }).hits.every((h) => h.kind === 'slide')).toBe(true)
    expect(services.search.search({ query: 'canari', kinds: ['note'] }).hits).toEqual([noteHit])
    services.search.upsert({ kind: 'note', refId: 'note-1', title: 'Ma note', body: 'Autre chose' })
    expect(services.search.search({ query: 'canari', kinds: ['note'] }).hits).toEqual([])
    services.search.remove('note', 'note-1')
    expect(services.search.search({ query: 'autre chose', kinds: ['note'] }).hits).toEqual([])
  })

  it('respects the limit and reports its time', () => {
    const result = services.search.search({ query: 'pod', limit: 3 })
    expect(result.hits).toHaveLength(3)
    expect(result.tookMs).toBeGreaterThanOrEqual(0)
  })
})

describe('query building', () => {
  it('quotes every word and makes only the last one a prefix', () => {
    expect(buildMatchQuery('Pod réseau')).toEqual({ match: '"Pod" "réseau"*', terms: ['Pod', 'réseau'] })
    expect(buildMatchQuery('say "hi')).toEqual({ match: '"say" "hi"*', terms: ['say', 'hi'] })
    expect(buildMatchQuery('a"b')).toEqual({ match: '"a""b"*', terms: ['a"b'] })
    expect(buildMatchQuery(' * - " ')).toBeNull()
  })
})
