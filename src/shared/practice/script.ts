// Setup and solution steps as the console runs them: one command per line, manifests
// as `kubectl apply -f - <<EOF` heredocs, waits as `sleep N` (the simulated clock moves
// on; the headless CLI and the console both understand this format).
import type { Step } from './schema'

export function stepToScript(step: Step): string {
  if ('run' in step) return step.run.trimEnd()
  if ('wait' in step) return `sleep ${step.wait}`
  return `kubectl apply -f - <<'EOF'\n${step.apply.trimEnd()}\nEOF`
}

export function toScript(steps: readonly Step[] | undefined): string {
  return (steps ?? []).map(stepToScript).join('\n') + '\n'
}

/** Simulated seconds the steps wait in total. */
export function waitedSeconds(steps: readonly Step[] | undefined): number {
  return (steps ?? []).reduce((sum, step) => sum + ('wait' in step ? step.wait : 0), 0)
}
