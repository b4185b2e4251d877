import type { ExerciseProgress, ExerciseStatus } from '@shared/api'

/** The same rule as the main process: passed once, started or checked, else new. */
export function statusOf(progress: ExerciseProgress): ExerciseStatus {
  if (progress.passedAt !== null) return 'passed'
  return progress.startedAt !== null || progress.checks > 0 ? 'attempted' : 'new'
}
