import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { repoRoot } from '../main/helpers'

// The real browser-mode server, `node out/main/web.js`, built by electron-vite for this
// test into a folder of its own (beside links to content/ and node_modules/, as the app
// finds them), so it never runs a stale or half-written out/ of a parallel build.
// SIGKILL hits the server process itself, with no chance to flush or close anything.

interface Server {
  process: ChildProcess
  call<T>(method: string, request?: unknown): Promise<T>
}

const dataDir = mkdtempSync(join(tmpdir(), 'kubestudy-crash-'))
const buildRoot = mkdtempSync(join(tmpdir(), 'kubestudy-build-'))
const running = new Set<ChildProcess>()

beforeAll(() => {
  symlinkSync(join(repoRoot, 'content'), join(buildRoot, 'content'))
  symlinkSync(join(repoRoot, 'node_modules'), join(buildRoot, 'node_modules'))
  execFileSync(join(repoRoot, 'node_modules', '.bin', 'electron-vite'), ['build', '--outDir', join(buildRoot, 'out'), '--logLevel', 'error'], {
    cwd: repoRoot,
    stdio: 'pipe'
  })
}, 240_000)

afterAll(() => {
  for (const child of running) child.kill('SIGKILL')
  rmSync(dataDir, { recursive: true, force: true })
  rmSync(buildRoot, { recursive: true, force: true })
})

async function startServer(): Promise<Server> {
  const child = spawn(process.execPath, [join(buildRoot, 'out', 'main', 'web.js'), '--port', '0', '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe']
  })
  running.add(child)
  child.once('exit', () => running.delete(child))
  let stderr = ''
  child.stderr!.on('data', (chunk) => (stderr += chunk))
  const url = await new Promise<URL>((resolve, reject) => {
    let stdout = ''
    child.stdout!.on('data', (chunk) => {
      stdout += chunk
      const match = /KubeStudy: (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(stdout)
      if (match) resolve(new URL(match[1]))
    })
    child.once('exit', (code) => reject(new Error(`server exited (${code}): ${stderr}`)))
  })
  const token = url.searchParams.get('token')!
  return {
    process: child,
    async call<T>(method: string, request: unknown = {}): Promise<T> {
      const response = await fetch(new URL(`/api/${method}`, url), {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(request)
      })
      const envelope = (await response.json()) as { result?: T; error?: { message: string } }
      if (envelope.error) throw new Error(`${method}: ${envelope.error.message}`)
      return envelope.result as T
    }
  }
}

const killed = (child: ChildProcess) => new Promise<void>((resolve) => child.once('exit', () => resolve()))

describe('crash safety of the browser-mode server', () => {
  it('finds every acknowledged note and answer after a SIGKILL in the middle of writing', { timeout: 120_000 }, async () => {
    const server = await startServer()
    const slides = await server.call<{ id: string }[]>('course.slides', { courseId: 'kubernetes' })
    await server.call('review.setSettings', { newPerDay: 9999 })

    const lastSaved = new Map<string, string>()
    const inFlight = new Map<string, string>()
    const answered: { key: string; reviewId: number }[] = []
    let stop = false

    const noteWriter = async (lane: number): Promise<void> => {
      for (let i = 0; !stop; i++) {
        const slideId = slides[lane * 7 + (i % 7)].id
        const text = `Note ${lane}.${i} ${'écrite pendant le test '.repeat(i % 5)}`
        inFlight.set(slideId, text)
        await server.call('notes.save', { slideId, markdown: text })
        lastSaved.set(slideId, text)
      }
    }
    const reviewer = async (): Promise<void> => {
      let queue = await server.call<{ next: { key: string; reps: number } | null }>('review.queue', {})
      while (!stop && queue.next) {
        const reply = await server.call<{ next: { key: string; reps: number } | null; reviewId: number }>('review.answer', {
          key: queue.next.key,
          rating: 3,
          reps: queue.next.reps
        })
        answered.push({ key: queue.next.key, reviewId: reply.reviewId })
        queue = reply
      }
    }
    const writers = [0, 1, 2, 3].map((lane) => noteWriter(lane).catch(() => undefined))
    writers.push(reviewer().catch(() => undefined))

    // Kill at a random moment once writing is well under way, whatever the machine's load.
    while (lastSaved.size < 20 || answered.length < 30) await new Promise((resolve) => setTimeout(resolve, 20))
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 500))
    const exit = killed(server.process)
    server.process.kill('SIGKILL')
    await exit
    stop = true
    await Promise.all(writers)
    expect(lastSaved.size).toBeGreaterThan(10)
    expect(answered.length).toBeGreaterThan(10)

    const again = await startServer()
    for (const [slideId, text] of lastSaved) {
      const note = await again.call<{ markdown: string } | null>('notes.get', { slideId })
      expect([text, inFlight.get(slideId)], slideId).toContain(note?.markdown)
    }
    const log = await again.call<{ text: string; count: number }>('review.exportLog', {})
    expect(log.count).toBeGreaterThanOrEqual(answered.length)
    expect(log.count).toBeLessThanOrEqual(answered.length + 1)
    const logged = log.text.trim().split('\n').slice(1).map((line) => line.split(',')[0])
    for (const { key } of answered) expect(logged).toContain(key)
    const exit2 = killed(again.process)
    again.process.kill('SIGTERM')
    await exit2

    const db = new Database(join(dataDir, 'kubestudy.db'), { readonly: true })
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    const reviewIds = new Set((db.prepare('SELECT id FROM review_log').all() as { id: number }[]).map((r) => r.id))
    expect(answered.every((a) => reviewIds.has(a.reviewId))).toBe(true)
    db.close()
  })
})
