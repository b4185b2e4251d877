// Grades an exercise on the cluster's state, never on what was typed: every check reads
// objects through ClusterApi and says, in French, what it expected and what it found.
import { ApiException, type ClusterApi } from '../kubesim/engine/contract'
import { canI } from './checks/access'
import { CheckFailure } from './checks/context'
import { endpoints } from './checks/endpoints'
import { absent, exists, field, image, objects, type Verdict } from './checks/objects'
import { placement } from './checks/placement'
import { pods } from './checks/pods'
import { rollout } from './checks/rollout'
import { fr } from './messages'
import { PathError } from './path'
import type { AnyOfCheck, Check, CheckType, Exercise, LeafCheck } from './schema'
import { SelectorError } from './selector'

export interface CheckResult {
  check: Check
  /** What the check verifies, in French (its `description` when the author gave one). */
  label: string
  ok: boolean
  /** What was found; on failure, expected versus found, then the author's `onFail`. */
  message: string
}

export interface Evaluation {
  passed: boolean
  results: CheckResult[]
}

interface Evaluator<S> {
  label(cluster: ClusterApi, spec: S): string
  run(cluster: ClusterApi, spec: S): Verdict
}

// Each entry receives the body under its own key (`exists:`, `pods:`, …).
const evaluators: { [T in CheckType]: Evaluator<never> } = {
  exists,
  absent,
  field,
  image,
  objects,
  pods,
  placement,
  endpoints,
  canI,
  rollout
}

function typeOf(check: LeafCheck): CheckType {
  return (Object.keys(evaluators) as CheckType[]).find((type) => type in check) as CheckType
}

function failureText(error: unknown): string {
  if (error instanceof CheckFailure) return error.message
  if (error instanceof ApiException) return fr.apiError(error.message)
  if (error instanceof PathError || error instanceof SelectorError || error instanceof SyntaxError) {
    return fr.invalidCheck(error.message)
  }
  // A bug must not take the "Vérifier" button down with it: report it as the failure.
  return fr.internalError(error instanceof Error ? error.message : String(error))
}

function evaluateAnyOf(cluster: ClusterApi, check: AnyOfCheck): CheckResult {
  const results = check.anyOf.map((inner) => evaluateCheck(cluster, inner))
  const label = check.description ?? fr.anyOfLabel(results.map((r) => r.label))
  const passing = results.find((r) => r.ok)
  if (passing) return { check, label, ok: true, message: passing.message }
  const message = fr.anyOfFailed(results.map((r) => r.message))
  return { check, label, ok: false, message: check.onFail ? `${message} ${check.onFail}` : message }
}

export function evaluateCheck(cluster: ClusterApi, check: Check): CheckResult {
  if ('anyOf' in check) return evaluateAnyOf(cluster, check)
  const type = typeOf(check)
  const evaluator = evaluators[type] as Evaluator<unknown>
  const spec = (check as Record<string, unknown>)[type]
  let label: string
  try {
    label = check.description ?? evaluator.label(cluster, spec)
  } catch (error) {
    label = type
    return { check, label, ok: false, message: failureText(error) }
  }
  let verdict: Verdict
  try {
    verdict = evaluator.run(cluster, spec)
  } catch (error) {
    verdict = { ok: false, message: failureText(error) }
  }
  const message = !verdict.ok && check.onFail ? `${verdict.message} ${check.onFail}` : verdict.message
  return { check, label, ok: verdict.ok, message }
}

export function evaluateChecks(cluster: ClusterApi, exercise: Pick<Exercise, 'checks'>): Evaluation {
  const results = exercise.checks.map((check) => evaluateCheck(cluster, check))
  return { passed: results.every((r) => r.ok), results }
}
