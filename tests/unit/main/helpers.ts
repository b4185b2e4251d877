import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import type { ApiEvent } from '@shared/api'
import { openServices, type Services } from '../../../src/main/services'
import { parseCourseFile } from '../../../src/main/services/library/parse-course-file'
import { createDispatch, type Dispatch } from '../../../src/main/api/dispatch'
import { createHandlers } from '../../../src/main/api/handlers'

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

/** Every module reachable from an entry point through static (non-type) imports, as resolved paths or bare package names. */
export function importGraph(entry: string): Set<string> {
  const seen = new Set<string>()
  const visit = (file: string): void => {
    if (seen.has(file)) return
    seen.add(file)
    const source = readFileSync(file, 'utf8')
    // Type-only imports vanish from the build, so they are not followed.
    for (const [, spec] of source.matchAll(/(?:^|\n)\s*(?:import|export)\s(?!type\s)[^'"]*?from\s+['"]([^'"]+)['"]/g)) {
      const base = spec.startsWith('@shared/')
        ? join(repoRoot, 'src', 'shared', spec.slice('@shared/'.length))
        : spec.startsWith('.')
          ? resolve(dirname(file), spec)
          : null
      if (!base) {
        seen.add(spec)
        continue
      }
      const found = [`${base}.ts`, join(base, 'index.ts'), base].find((candidate) => existsSync(candidate) && candidate.endsWith('.ts'))
      if (found) visit(found)
      else seen.add(spec)
    }
  }
  visit(entry)
  return seen
}

/** The API dispatch exactly as browser mode builds it: no native dialogs. */
export function webDispatch(services: Services, dataDir: string, version = 'test'): Dispatch {
  return createDispatch(createHandlers(services, { mode: 'web', version, dataDir, pickFolder: async () => null, pickPath: async () => null }))
}
