// Every exercise, solved with its own solution on a fresh simulator, passes all its
// checks; doing nothing, or making one of its listed mistakes, fails at least one.
import { describe, expect, it } from 'vitest'
import { evaluateChecks, toScript, type Evaluation, type Exercise } from '@shared/practice'
import { loadShippedExercises } from './exercise-files'
import { freshSession, play } from './sim'
import { knownGap } from './simulator-gaps'

const { exercises } = loadShippedExercises()

function report(evaluation: Evaluation): string {
  return evaluation.results.map((r) => `${r.ok ? '✓' : '✗'} ${r.label}\n    ${r.message}`).join('\n')
}

async function attempt(exercise: Exercise, steps: Exercise['solution']['steps'] | undefined) {
  const session = freshSession()
  const setup = await play(session, toScript(exercise.setup))
  expect(setup.failures, `setup failed:\n${setup.transcript}`).toEqual([])
  const played = steps ? await play(session, toScript(steps)) : { transcript: '', failures: [] }
  return { played, evaluation: evaluateChecks(session.cluster, exercise) }
}

describe.each(exercises.map((e) => [e.id, e] as const))('%s', (_id, exercise) => {
  const solves = knownGap(`solve:${exercise.id}`) ? it.fails : it
  solves('its own solution passes every check', async () => {
    const { played, evaluation } = await attempt(exercise, exercise.solution.steps)
    const context = `\n${report(evaluation)}\n--- transcript ---\n${played.transcript}`
    expect(played.failures, `a solution command failed${context}`).toEqual([])
    expect(evaluation.passed, context).toBe(true)
  })

  it('doing nothing fails, with a French reason', async () => {
    const { evaluation } = await attempt(exercise, undefined)
    expect(evaluation.passed, report(evaluation)).toBe(false)
    for (const result of evaluation.results.filter((r) => !r.ok)) expect(result.message).toMatch(/\S.{10,}/)
  })

  it.each((exercise.wrongAttempts ?? []).map((w) => [w.description, w] as const))(
    'a wrong attempt fails: %s',
    async (_description, wrong) => {
      const { played, evaluation } = await attempt(exercise, wrong.steps)
      expect(evaluation.passed, `${report(evaluation)}\n--- transcript ---\n${played.transcript}`).toBe(false)
    }
  )
})
