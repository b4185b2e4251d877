import type { ExerciseProgress, ExerciseStatus } from '@shared/api'
import type { Db } from '../db/open'

interface ProgressRow {
  exercise_id: string
  started_at: number | null
  checks: number
  passed_at: number | null
  last_checked_at: number | null
  last_passed: number | null
  hints_revealed: number
  solution_revealed_at: number | null
}

export const noProgress: ExerciseProgress = {
  startedAt: null,
  checks: 0,
  passedAt: null,
  lastCheckedAt: null,
  lastPassed: null,
  hintsRevealed: 0,
  solutionRevealedAt: null
}

const fromRow = (row: ProgressRow | undefined): ExerciseProgress =>
  row
    ? {
        startedAt: row.started_at,
        checks: row.checks,
        passedAt: row.passed_at,
        lastCheckedAt: row.last_checked_at,
        lastPassed: row.last_passed === null ? null : row.last_passed === 1,
        hintsRevealed: row.hints_revealed,
        solutionRevealedAt: row.solution_revealed_at
      }
    : { ...noProgress }

export function statusOf(progress: ExerciseProgress): ExerciseStatus {
  if (progress.passedAt !== null) return 'passed'
  return progress.startedAt !== null || progress.checks > 0 ? 'attempted' : 'new'
}

/** What the learner did on each exercise: started, checked, passed, hints and solution seen. */
export class ExerciseProgressStore {
  private readonly ensureStmt
  constructor(
    private readonly db: Db,
    private readonly now: () => number
  ) {
    this.ensureStmt = db.prepare('INSERT INTO exercise_progress (exercise_id, updated_at) VALUES (?, ?) ON CONFLICT DO NOTHING')
  }

  get(exerciseId: string): ExerciseProgress {
    return fromRow(
      this.db.prepare<[string], ProgressRow>('SELECT * FROM exercise_progress WHERE exercise_id = ?').get(exerciseId)
    )
  }

  all(): Map<string, ExerciseProgress> {
    const rows = this.db.prepare<[], ProgressRow>('SELECT * FROM exercise_progress').all()
    return new Map(rows.map((row) => [row.exercise_id, fromRow(row)]))
  }

  start(exerciseId: string): ExerciseProgress {
    return this.write(exerciseId, 'started_at = coalesce(started_at, @now)')
  }

  /** The first pass is kept: a later failed attempt (the learner trying again) does not undo it. */
  recordCheck(exerciseId: string, passed: boolean): ExerciseProgress {
    return this.write(
      exerciseId,
      `checks = checks + 1, last_checked_at = @now, last_passed = @passed,
       passed_at = CASE WHEN @passed = 1 THEN coalesce(passed_at, @now) ELSE passed_at END`,
      { passed: passed ? 1 : 0 }
    )
  }

  revealHints(exerciseId: string, count: number): ExerciseProgress {
    return this.write(exerciseId, 'hints_revealed = max(hints_revealed, @count)', { count })
  }

  revealSolution(exerciseId: string): ExerciseProgress {
    return this.write(exerciseId, 'solution_revealed_at = coalesce(solution_revealed_at, @now)')
  }

  private write(exerciseId: string, set: string, params: Record<string, number> = {}): ExerciseProgress {
    const now = this.now()
    this.db.transaction(() => {
      this.ensureStmt.run(exerciseId, now)
      this.db
        .prepare(`UPDATE exercise_progress SET ${set}, updated_at = @now WHERE exercise_id = @id`)
        .run({ ...params, now, id: exerciseId })
    })()
    return this.get(exerciseId)
  }
}
