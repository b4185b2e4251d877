import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { ApiEvent } from '@shared/api'
import { openServices, type Services } from '../../../src/main/services'
import { parseCourseFile } from '../../../src/main/services/library/parse-course-file'

export const repoRoot = resolve(__dirname, '..', '..', '..')
export const courseFile = join(repoRoot, 'content', 'courses', 'kubernetes', 'kubernetes.md')
export const mojibakeFile = join(repoRoot, 'tests', 'fixtures', 'kubernetes.mojibake.md')

export interface Sandbox {
  dir: string
  dataDir: string
  /** A content/courses folder holding a copy of the real Kubernetes pack. */
  coursesDir: string
  cleanup(): void
}

export function makeSandbox(): Sandbox {
  const dir = mkdtempSync(join(tmpdir(), 'kubestudy-test-'))
  const coursesDir = join(dir, 'content', 'courses')
  mkdirSync(coursesDir, { recursive: true })
  cpSync(join(repoRoot, 'content', 'courses', 'kubernetes'), join(coursesDir, 'kubernetes'), { recursive: true })
  return {
    dir,
    dataDir: join(dir, 'data'),
    coursesDir,
    cleanup: () => rmSync(dir, { recursive: true, force: true })
  }
}

export interface TestServices extends Services {
  received: ApiEvent[]
}

export function startServices(sandbox: Sandbox, options: { watch?: boolean } = {}): TestServices {
  const services = openServices({
    dataDir: sandbox.dataDir,
    coursesDir: sandbox.coursesDir,
    parse: parseCourseFile,
    watch: options.watch ?? false
  })
  const received: ApiEvent[] = []
  services.events.subscribe((event) => received.push(event))
  return Object.assign(services, { received })
}

/** Waits until `check` passes (watcher events arrive asynchronously), or fails with its last error. */
export async function eventually(check: () => void, timeoutMs = 5000): Promise<void> {
  const started = Date.now()
  for (;;) {
    try {
      check()
      return
    } catch (error) {
      if (Date.now() - started > timeoutMs) throw error
      await new Promise((r) => setTimeout(r, 50))
    }
  }
}
