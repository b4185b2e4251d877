import { cpSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { openServices } from '../../../src/main/services'
import { parseCourseFile } from '../../../src/main/services/library/parse-course-file'
import { makeSandbox, repoRoot, type Sandbox, type TestServices } from '../main/helpers'

export interface StudySandbox extends Sandbox {
  cardsDir: string
  courseFile: string
  /** The fixed clock every service reads; tests move it. */
  clock: { now: number }
}

/** A sandbox with the real course and the real curated deck, and a clock the test controls. */
export function makeStudySandbox(options: { deck?: boolean; start?: string } = {}): StudySandbox {
  const sandbox = makeSandbox()
  const cardsDir = join(sandbox.dir, 'content', 'cards')
  mkdirSync(cardsDir, { recursive: true })
  if (options.deck !== false) cpSync(join(repoRoot, 'content', 'cards', 'kubernetes.cards.md'), join(cardsDir, 'kubernetes.cards.md'))
  return {
    ...sandbox,
    cardsDir,
    courseFile: join(sandbox.coursesDir, 'kubernetes', 'kubernetes.md'),
    clock: { now: new Date(options.start ?? '2025-03-10T09:00:00').getTime() }
  }
}

export async function startStudy(sandbox: StudySandbox, options: { watch?: boolean } = {}): Promise<TestServices> {
  const services = openServices({
    dataDir: sandbox.dataDir,
    coursesDir: sandbox.coursesDir,
    cardsDir: sandbox.cardsDir,
    parse: parseCourseFile,
    watch: options.watch ?? false,
    now: () => sandbox.clock.now
  })
  const received: TestServices['received'] = []
  services.events.subscribe((event) => received.push(event))
  await services.library.start()
  return Object.assign(services, { received })
}

export const minutes = (n: number): number => n * 60_000
export const days = (n: number): number => n * 86_400_000
