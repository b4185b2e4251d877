import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { eventually, type TestServices } from '../main/helpers'
import { closeContent, openContent, startContentServices, type ContentSandbox } from '../main/content-sandbox'

let sandbox: ContentSandbox
let services: TestServices

beforeEach(async () => ({ sandbox, services } = await openContent({ deck: false, practice: true })))
afterEach(() => closeContent({ sandbox, services }))

const exerciseFiles = () => readdirSync(sandbox.exercisesDir).filter((name) => name.endsWith('.yaml'))

describe('loading the exercises of content/exercises', () => {
  it('loads every shipped exercise, in file order, each placed on its chapter and slide of the course', () => {
    const { exercises, problems } = services.exercises.list()
    expect(problems).toEqual([])
    expect(exercises).toHaveLength(exerciseFiles().length)
    expect(exercises.map((e) => e.file)).toEqual(exerciseFiles().sort((a, b) => a.localeCompare(b)))
    const toc = services.library.courses.toc('kubernetes')
    const slides = services.library.courses.slides('kubernetes')
    for (const exercise of exercises) {
      expect(exercise.courseId, exercise.id).toBe('kubernetes')
      expect(toc.chapters[exercise.chapterIndex!].title, exercise.id).toBe(exercise.chapter)
      const slide = slides.find((s) => s.id === exercise.slideId)
      expect(slide, `${exercise.id}: its source phrase is on a slide`).toBeDefined()
      expect(slide!.chapterIndex).toBe(exercise.chapterIndex)
      expect(exercise.slideIndex).toBe(slide!.index)
    }
  })

  it('gives an exercise with its statement, hints, setup and solution as console scripts, and its checks', () => {
    const rollback = services.exercises.get('deployments-rollback')
    expect(rollback).toMatchObject({ title: 'Revenir à la version précédente', difficulty: 'medium', status: 'new' })
    expect(rollback.statement).toContain('Annule cette mise à jour')
    expect(rollback.hints).toHaveLength(3)
    expect(rollback.setupScript).toBe(
      'kubectl create deployment web --image=nginx:1.25 --replicas=3\nsleep 20\nkubectl set image deployment/web nginx=nginx:1.255\nsleep 30\n'
    )
    expect(rollback.solution.script).toContain('kubectl rollout undo deployment/web')
    expect(rollback.checks[0]).toEqual({ image: { kind: 'deployment', name: 'web', equals: 'nginx:1.25' } })
    expect(() => services.exercises.get('no-such-exercise')).toThrow(/No exercise/)
  })

  it('reports a broken file with its reasons and still loads all the others', async () => {
    const before = services.exercises.list().exercises.length
    writeFileSync(join(sandbox.exercisesDir, '00-broken.yaml'), 'id: broken\ntitle: Cassé\nchapter: Architecture\n')
    writeFileSync(join(sandbox.exercisesDir, '00-not-yaml.yaml'), 'id: [unclosed\n')
    const copy = readFileSync(join(sandbox.exercisesDir, '05-pods-run.yaml'), 'utf8')
    writeFileSync(join(sandbox.exercisesDir, '99-duplicate.yaml'), copy)
    services.exercises.reload(false)
    const { exercises, problems } = services.exercises.list()
    expect(exercises).toHaveLength(before)
    expect(problems.map((p) => p.file)).toEqual(['00-broken.yaml', '00-not-yaml.yaml', '99-duplicate.yaml'])
    expect(problems[0].errors.join('\n')).toMatch(/source|hints|solution|checks/)
    expect(problems[1].errors[0]).toMatch(/^YAML invalide/)
    expect(problems[2].errors[0]).toMatch(/déjà utilisé par 05-pods-run.yaml/)
    // Each exercise still names its own file once broken files sit between them.
    for (const exercise of exercises) {
      expect(readFileSync(join(sandbox.exercisesDir, exercise.file), 'utf8')).toMatch(new RegExp(`^id: ${exercise.id}$`, 'm'))
    }
  })
})

describe('progress on an exercise', () => {
  it('records a start, failed then passed checks, hints and the solution, and keeps the first pass', () => {
    const id = 'deployments-rollback'
    expect(services.exercises.markStarted(id)).toMatchObject({ startedAt: sandbox.clock.now, checks: 0, passedAt: null })
    expect(services.exercises.list().exercises.find((e) => e.id === id)!.status).toBe('attempted')

    sandbox.clock.now += 60_000
    expect(services.exercises.recordCheck(id, false)).toMatchObject({ checks: 1, lastPassed: false, passedAt: null })
    expect(services.exercises.revealHints(id, 2).hintsRevealed).toBe(2)
    expect(services.exercises.revealHints(id, 1).hintsRevealed).toBe(2)
    expect(services.exercises.revealHints(id, 50).hintsRevealed).toBe(3)

    sandbox.clock.now += 60_000
    const passedAt = sandbox.clock.now
    expect(services.exercises.recordCheck(id, true)).toMatchObject({ checks: 2, lastPassed: true, passedAt })
    sandbox.clock.now += 60_000
    expect(services.exercises.recordCheck(id, false)).toMatchObject({ checks: 3, lastPassed: false, passedAt })
    expect(services.exercises.revealSolution(id).solutionRevealedAt).toBe(sandbox.clock.now)
    expect(services.exercises.list().exercises.find((e) => e.id === id)).toMatchObject({ status: 'passed' })
    expect(() => services.exercises.recordCheck('no-such-exercise', true)).toThrow(/No exercise/)
  })

  it('is kept in the database across a restart, and while the exercise is away from content/', async () => {
    services.exercises.recordCheck('pods-run', true)
    await services.close()
    const file = exerciseFiles().find((f) => f.includes('pods-run'))!
    const text = readFileSync(join(sandbox.exercisesDir, file), 'utf8')
    rmSync(join(sandbox.exercisesDir, file))
    services = await startContentServices(sandbox)
    expect(services.exercises.list().exercises.some((e) => e.id === 'pods-run')).toBe(false)
    await services.close()
    writeFileSync(join(sandbox.exercisesDir, file), text)
    services = await startContentServices(sandbox)
    expect(services.exercises.list().exercises.find((e) => e.id === 'pods-run')).toMatchObject({ status: 'passed' })
  })
})

describe('exercises in the search index', () => {
  it('finds an exercise by the words of its statement, on its slide', () => {
    const hits = services.search.search({ query: 'annule mise a jour', kinds: ['exercise'] }).hits
    const rollback = services.exercises.get('deployments-rollback')
    expect(hits.map((h) => h.id)).toContain('deployments-rollback')
    expect(hits.find((h) => h.id === 'deployments-rollback')).toMatchObject({
      kind: 'exercise',
      title: rollback.title,
      courseId: 'kubernetes',
      slideId: rollback.slideId,
      slideIndex: rollback.slideIndex
    })
  })

  it('follows the folder: a removed exercise leaves the index, a changed one is found by its new words', async () => {
    await services.close()
    services = await startContentServices(sandbox, { watch: true })
    await services.exercises.ready()
    const file = join(sandbox.exercisesDir, exerciseFiles().find((f) => f.includes('deployments-rollback'))!)
    writeFileSync(file, readFileSync(file, 'utf8').replace('Annule cette mise à jour', 'Annule cette zygomorphie'))
    await eventually(() => expect(services.received).toContainEqual({ type: 'exercises.changed' }))
    expect(services.search.search({ query: 'zygomorphie' }).hits.map((h) => h.id)).toEqual(['deployments-rollback'])
    rmSync(file)
    await eventually(() => expect(services.search.search({ query: 'zygomorphie' }).hits).toEqual([]))
    expect(services.exercises.list().exercises.some((e) => e.id === 'deployments-rollback')).toBe(false)
  })
})
