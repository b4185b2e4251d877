// Indexing and search figures for the course reader: the SQLite indexer and FTS5 search
// on the real course and on 100 copies of it, with MiniSearch on the same documents
// side by side.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import MiniSearch from 'minisearch'
import { openServices, type Services } from '../src/main/services'
import { parseCourseFile } from '../src/main/services/library/parse-course-file'

const root = resolve(import.meta.dirname, '..')
const copies = 100
const rounds = 5
const queries = [
  'pod', 'deploiement', 'déploiement', 'service', 'kubectl get', 'ingress', 'volume persistant',
  'configmap', 'secret', 'namespace', 'helm', 'réseau', 'cni', 'etcd', 'scheduler', 'rolling update',
  'affinity', 'kube-proxy', 'stat', 'conteneurs applicatifs'
]

interface Doc {
  id: string
  title: string
  text: string
}

const ms = (t: number): string => `${t.toFixed(1)} ms`

function time<T>(run: () => T): [T, number] {
  const started = performance.now()
  const result = run()
  return [result, performance.now() - started]
}

async function timeAsync<T>(run: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now()
  const result = await run()
  return [result, performance.now() - started]
}

function percentiles(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
  return `p50 ${at(50).toFixed(2)} ms, p95 ${at(95).toFixed(2)} ms`
}

function latencies(search: (query: string) => unknown): number[] {
  for (const q of queries) search(q)
  const samples: number[] = []
  for (let round = 0; round < rounds; round++) {
    for (const q of queries) samples.push(time(() => search(q))[1])
  }
  return samples
}

function documents(services: Services): Doc[] {
  return services.db.prepare('SELECT id, title, text FROM slides').all() as Doc[]
}

const fold = (term: string): string => term.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()

function miniSearch(docs: Doc[]): [MiniSearch<Doc>, number] {
  return time(() => {
    const index = new MiniSearch<Doc>({ fields: ['title', 'text'], storeFields: ['title'], processTerm: fold })
    index.addAll(docs)
    return index
  })
}

const miniQuery = (index: MiniSearch<Doc>) => (query: string) =>
  index.search(query, {
    boost: { title: 10 },
    combineWith: 'AND',
    prefix: (_term, i, terms) => i === terms.length - 1
  }).slice(0, 20)

export default async function courseIndexBench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'kubestudy-bench-'))
  try {
    const coursesDir = join(dir, 'content', 'courses')
    mkdirSync(coursesDir, { recursive: true })
    cpSync(join(root, 'content', 'courses', 'kubernetes'), join(coursesDir, 'kubernetes'), { recursive: true })
    const open = (name: string) => openServices({ dataDir: join(dir, name), coursesDir, parse: parseCourseFile, watch: false })

    const single = open('single')
    const [, courseMs] = await timeAsync(() => single.library.start())
    const slides = single.library.courses.slides('kubernetes').length

    const corpus = join(dir, 'corpus')
    mkdirSync(corpus)
    const course = readFileSync(join(coursesDir, 'kubernetes', 'kubernetes.md'), 'utf8')
    for (let i = 0; i < copies; i++) writeFileSync(join(corpus, `copy-${String(i).padStart(3, '0')}.md`), course)
    const big = open('corpus')
    await big.library.start()
    const [state, corpusMs] = await timeAsync(() => big.library.addFolder(corpus))
    const folderId = state.folders.find((f) => !f.builtin)!.id
    const corpusSlides = (big.db.prepare('SELECT count(*) AS n FROM slides').get() as { n: number }).n

    writeFileSync(join(corpus, 'copy-050.md'), course.replace('# Recommandations', '# Recommandations revues'))
    const [, reindexMs] = await timeAsync(() => big.library.reindexFile(folderId, 'copy-050.md'))
    await big.close()
    const restarted = open('corpus')
    const [, restartMs] = await timeAsync(() => restarted.library.start())

    console.log(`course: ${slides} slides; corpus: ${copies} copies + the course = ${corpusSlides} slides`)
    console.log('\nindexing (SQLite, one transaction per file, FTS5 kept in step by triggers)')
    console.log(`  index the course, fresh database         ${ms(courseMs)}`)
    console.log(`  index the corpus (${copies} files)             ${ms(corpusMs)}`)
    console.log(`  re-index one changed file of the corpus  ${ms(reindexMs)}`)
    console.log(`  start-up with every file unchanged       ${ms(restartMs)}`)

    const courseDocs = documents(single)
    const corpusDocs = documents(restarted)
    const [miniCourse, miniCourseMs] = miniSearch(courseDocs)
    const [miniCorpus, miniCorpusMs] = miniSearch(corpusDocs)
    console.log('\nMiniSearch, same documents (in memory, nothing persisted)')
    console.log(`  index the course                         ${ms(miniCourseMs)}`)
    console.log(`  index the corpus                         ${ms(miniCorpusMs)}`)

    console.log(`\nsearch latency, ${queries.length} queries × ${rounds} rounds, top 20 (FTS5 includes snippets)`)
    console.log(`  FTS5 course        ${percentiles(latencies((q) => single.search.search({ query: q })))}`)
    console.log(`  FTS5 corpus        ${percentiles(latencies((q) => restarted.search.search({ query: q })))}`)
    console.log(`  MiniSearch course  ${percentiles(latencies(miniQuery(miniCourse)))}`)
    console.log(`  MiniSearch corpus  ${percentiles(latencies(miniQuery(miniCorpus)))}`)

    await single.close()
    await restarted.close()
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
