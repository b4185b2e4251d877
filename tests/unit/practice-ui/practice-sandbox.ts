import { cpSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { openServices } from '../../../src/main/services'
import { parseCourseFile } from '../../../src/main/services/library/parse-course-file'
import { makeSandbox, repoRoot, type Sandbox, type TestServices } from '../main/helpers'

export interface PracticeSandbox extends Sandbox {
  exercisesDir: string
  cheatsheetsDir: string
  clock: { now: number }
}

/** The real course, the real exercises and cheatsheets, copied where the test may edit them. */
export function makePracticeSandbox(): PracticeSandbox {
  const sandbox = makeSandbox()
  const exercisesDir = join(sandbox.dir, 'content', 'exercises')
  const cheatsheetsDir = join(sandbox.dir, 'content', 'cheatsheets')
  mkdirSync(join(sandbox.dir, 'content', 'cards'), { recursive: true })
  cpSync(join(repoRoot, 'content', 'exercises'), exercisesDir, { recursive: true })
  cpSync(join(repoRoot, 'content', 'cheatsheets'), cheatsheetsDir, { recursive: true })
  return { ...sandbox, exercisesDir, cheatsheetsDir, clock: { now: Date.parse('2025-05-02T10:00:00Z') } }
}

export async function startPractice(sandbox: PracticeSandbox, options: { watch?: boolean } = {}): Promise<TestServices> {
  const services = openServices({
    dataDir: sandbox.dataDir,
    coursesDir: sandbox.coursesDir,
    parse: parseCourseFile,
    watch: options.watch ?? false,
    now: () => sandbox.clock.now
  })
  const received: TestServices['received'] = []
  services.events.subscribe((event) => received.push(event))
  await services.library.start()
  return Object.assign(services, { received })
}
