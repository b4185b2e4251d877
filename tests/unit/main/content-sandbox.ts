import { cpSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { openServices } from '../../../src/main/services'
import { parseCourseFile } from '../../../src/main/services/library/parse-course-file'
import { makeSandbox, repoRoot, type Sandbox, type TestServices } from './helpers'

export interface ContentSandbox extends Sandbox {
  /** The sandbox's copy of the course file, for tests that edit it. */
  courseFile: string
  cardsDir: string
  exercisesDir: string
  cheatsheetsDir: string
  /** The fixed clock every service reads; tests move it. */
  clock: { now: number }
}

export interface ContentOptions {
  /** Copy the real curated deck (default true). */
  deck?: boolean
  /** Copy the real exercises and cheatsheets (default false). */
  practice?: boolean
  /** Where the clock starts (default 2025-03-10 09:00, local time). */
  start?: string
}

/** The real course, and the real content the test asks for, copied where the test may edit them. */
export function makeContentSandbox(options: ContentOptions = {}): ContentSandbox {
  const sandbox = makeSandbox()
  const content = join(sandbox.dir, 'content')
  const cardsDir = join(content, 'cards')
  const exercisesDir = join(content, 'exercises')
  const cheatsheetsDir = join(content, 'cheatsheets')
  mkdirSync(cardsDir, { recursive: true })
  if (options.deck !== false) cpSync(join(repoRoot, 'content', 'cards', 'kubernetes.cards.md'), join(cardsDir, 'kubernetes.cards.md'))
  if (options.practice) {
    cpSync(join(repoRoot, 'content', 'exercises'), exercisesDir, { recursive: true })
    cpSync(join(repoRoot, 'content', 'cheatsheets'), cheatsheetsDir, { recursive: true })
  }
  return {
    ...sandbox,
    courseFile: join(sandbox.coursesDir, 'kubernetes', 'kubernetes.md'),
    cardsDir,
    exercisesDir,
    cheatsheetsDir,
    clock: { now: new Date(options.start ?? '2025-03-10T09:00:00').getTime() }
  }
}

/** Every service over the sandbox, on its clock, once the library has indexed the course. */
export async function startContentServices(sandbox: ContentSandbox, options: { watch?: boolean } = {}): Promise<TestServices> {
  const services = openServices({
    dataDir: sandbox.dataDir,
    coursesDir: sandbox.coursesDir,
    cardsDir: sandbox.cardsDir,
    exercisesDir: sandbox.exercisesDir,
    cheatsheetsDir: sandbox.cheatsheetsDir,
    parse: parseCourseFile,
    watch: options.watch ?? false,
    now: () => sandbox.clock.now
  })
  const received: TestServices['received'] = []
  services.events.subscribe((event) => received.push(event))
  await services.library.start()
  return Object.assign(services, { received })
}

export interface OpenContent {
  sandbox: ContentSandbox
  services: TestServices
}

/** A new sandbox holding the content asked for, with its services started: one test's world. */
export async function openContent(options: ContentOptions = {}): Promise<OpenContent> {
  const sandbox = makeContentSandbox(options)
  return { sandbox, services: await startContentServices(sandbox) }
}

/** Closes the services (the latest, if the test restarted them) and removes the sandbox. */
export async function closeContent({ sandbox, services }: OpenContent): Promise<void> {
  await services?.close()
  sandbox.cleanup()
}

export const minutes = (n: number): number => n * 60_000
export const days = (n: number): number => n * 86_400_000
