// Reviewing in a large collection: 100,000 cards with 1,000,000 review-log rows, after a
// long break (a third of the review cards overdue). Figures: answering a card (schedule +
// write in one transaction) and the full answer call (with the next card), opening
// today's queue, and importing a 100,000-card Anki text file.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Rating } from '@shared/api'
import { openServices } from '../src/main/services'
import { databaseFileName, openDatabase, type Db } from '../src/main/services/db/open'
import { parseCourseFile } from '../src/main/services/library/parse-course-file'

const cardCount = 100_000
const logCount = 1_000_000
const dayMs = 86_400_000
const now = Date.now()

/** A deterministic pseudo-random sequence, so every run measures the same collection. */
function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648
    return state / 2_147_483_648
  }
}

function generate(db: Db): void {
  const rand = random(42)
  const card = db.prepare(
    `INSERT INTO cards (id, origin, deck, course_id, type, front, back, tags, position, created_at, updated_at)
     VALUES (?, 'import', 'Bench', ?, 'basic', ?, ?, 'bench', ?, ?, ?)`
  )
  const face = db.prepare(
    `INSERT INTO faces (key, card_id, course_id, variant, ord, state, due, stability, difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses, last_review)
     VALUES (?, ?, ?, 'forward', 0, ?, ?, ?, ?, 0, ?, 0, ?, ?, ?)`
  )
  const log = db.prepare(
    `INSERT INTO review_log (card_key, rating, state, due, stability, difficulty, elapsed_days, last_elapsed_days, scheduled_days, learning_steps, review_time, duration_ms, prev_due)
     VALUES (?, ?, 2, ?, ?, 5, 3, 3, 3, 0, ?, 4000, ?)`
  )
  db.transaction(() => {
    for (let i = 0; i < cardCount; i++) {
      const id = `bench-${i}`
      const course = i % 2 === 0 ? 'bench-a' : 'bench-b'
      card.run(id, course, `Question ${i} sur les Pod et les Service`, `Réponse ${i}`, i, now - 400 * dayMs, now - 400 * dayMs)
      const kind = rand()
      if (kind < 0.2) face.run(id, id, course, 0, now - 400 * dayMs + i, 0, 0, 0, 0, 0, null)
      else if (kind < 0.25) face.run(id, id, course, 1, now + 3_600_000 + Math.floor(rand() * 7_200_000), 1, 5, 0, 1, 0, now - 600_000)
      else {
        const stability = 1 + rand() * 300
        const last = now - Math.floor(rand() * 200 * dayMs)
        face.run(id, id, course, 2, now + Math.floor((rand() * 290 - 90) * dayMs), stability, 1 + rand() * 9, Math.round(stability), 10, Math.floor(rand() * 3), last)
      }
    }
    for (let i = 0; i < logCount; i++) {
      const time = now - Math.floor(rand() * 365 * dayMs)
      log.run(`bench-${i % cardCount}`, 1 + Math.floor(rand() * 4), time, 1 + rand() * 100, time, time)
    }
  })()
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]
}

function timeEach(runs: number, action: (i: number) => void): { p50: number; p95: number } {
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    action(i)
    times.push(performance.now() - started)
  }
  times.sort((a, b) => a - b)
  return { p50: percentile(times, 0.5), p95: percentile(times, 0.95) }
}

const ms = (value: number): string => `${value.toFixed(2)} ms`
const verdict = (value: number, target: number): string => (value < target ? 'ok' : 'OVER TARGET')

function ankiFile(count: number): string {
  const lines = ['#separator:tab', '#html:false', '#deck:Bench import', '#tags column:3']
  for (let i = 0; i < count; i++) {
    const front = i % 10 === 0 ? `Le {{c1::Pod ${i}}} regroupe des conteneurs` : `Import ${i} : que fait un "Deployment" ?`
    lines.push(`${front}\tIl gère des ReplicaSet, version ${i}\tk8s import`)
  }
  return `${lines.join('\n')}\n`
}

export default async function bench(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'kubestudy-bench-cards-'))
  try {
    const dataDir = join(root, 'data')
    const coursesDir = join(root, 'content', 'courses')
    mkdirSync(coursesDir, { recursive: true })

    let started = performance.now()
    const db = openDatabase(join(dataDir, databaseFileName))
    generate(db)
    db.close()
    console.log(`collection: ${cardCount.toLocaleString('en')} cards, ${logCount.toLocaleString('en')} review-log rows, generated in ${ms(performance.now() - started)}`)

    const services = openServices({ dataDir, coursesDir, parse: parseCourseFile, watch: false, now: () => now })
    services.review.setSettings({ reviewsPerDay: 9999, newPerDay: 9999 })
    const due = services.db.prepare('SELECT count(*) AS n FROM faces WHERE state = 2 AND due < ?').get(now + dayMs) as { n: number }
    console.log(`backlog: ${due.n.toLocaleString('en')} review cards due today`)

    const queue = timeEach(30, () => services.review.queue())
    console.log(`open today's queue (everything):  p50 ${ms(queue.p50)}  p95 ${ms(queue.p95)}  target < 50 ms  ${verdict(queue.p95, 50)}`)
    const scoped = timeEach(30, () => services.review.queue({ courseId: 'bench-a' }))
    console.log(`open today's queue (one course):  p50 ${ms(scoped.p50)}  p95 ${ms(scoped.p95)}`)

    const keys = (services.db.prepare('SELECT key FROM faces ORDER BY (id * 7919) % 100003 LIMIT 1500').all() as { key: string }[]).map((r) => r.key)
    const ratings: Rating[] = [3, 3, 3, 1, 2, 4]
    const write = timeEach(1000, (i) => services.review.record({ key: keys[i], rating: ratings[i % ratings.length], durationMs: 3000 }))
    console.log(`answer a card (schedule + write): p50 ${ms(write.p50)}  p95 ${ms(write.p95)}  target p95 < 5 ms  ${verdict(write.p95, 5)}`)
    const full = timeEach(300, (i) => services.review.answer({ key: keys[1000 + i], rating: 3 }))
    console.log(`answer call with the next card:   p50 ${ms(full.p50)}  p95 ${ms(full.p95)}`)
    const undo = timeEach(100, () => services.review.undo())
    console.log(`undo the last answer:             p50 ${ms(undo.p50)}  p95 ${ms(undo.p95)}`)

    const file = join(root, 'anki-100k.txt')
    writeFileSync(file, ankiFile(100_000))
    started = performance.now()
    const result = services.cards.importAnki({ path: file })
    const importMs = performance.now() - started
    console.log(
      `import a 100,000-card Anki text file into it: ${(importMs / 1000).toFixed(2)} s  target < 10 s  ${verdict(importMs, 10_000)}  (${result.added.toLocaleString('en')} added)`
    )
    await services.close()
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}
