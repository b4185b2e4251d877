// Reads exercise files (YAML text; the caller does the I/O) into validated exercises.
// A broken file is reported with its path and reasons and skipped; the others load.
import { parse as parseYaml } from 'yaml'
import type { z } from 'zod'
import { parsePath, PathError } from './path'
import { exerciseSchema, type Check, type Exercise } from './schema'
import { parseSelector, SelectorError } from './selector'

export interface ExerciseFile {
  path: string
  text: string
}

export interface ExerciseProblem {
  path: string
  errors: string[]
}

export interface LoadedExercises {
  exercises: Exercise[]
  problems: ExerciseProblem[]
}

function issueText(issue: z.core.$ZodIssue): string {
  const where = issue.path.map(String).join('.')
  return where ? `${where} : ${issue.message}` : issue.message
}

/** Paths, selectors and regular expressions written in checks, checked before any cluster exists. */
function checkSyntax(check: Check, index: number | string): string[] {
  if ('anyOf' in check) return check.anyOf.flatMap((inner, i) => checkSyntax(inner, `${index}.anyOf.${i}`))
  const errors: string[] = []
  const body = Object.values(check).find((value) => typeof value === 'object') as Record<string, unknown>
  const attempt = (what: () => unknown) => {
    try {
      what()
    } catch (error) {
      if (error instanceof PathError || error instanceof SelectorError || error instanceof SyntaxError) {
        errors.push(`checks.${index} : ${error.message}`)
      } else throw error
    }
  }
  if (typeof body.path === 'string') attempt(() => parsePath(body.path as string))
  for (const key of ['selector', 'nodeSelector'] as const) {
    if (typeof body[key] === 'string') attempt(() => parseSelector(body[key] as string))
  }
  if (typeof body.matches === 'string') attempt(() => new RegExp(body.matches as string))
  return errors
}

export function parseExercise(text: string): { exercise?: Exercise; errors: string[] } {
  let data: unknown
  try {
    data = parseYaml(text, { prettyErrors: true })
  } catch (error) {
    return { errors: [`YAML invalide : ${error instanceof Error ? error.message : String(error)}`] }
  }
  const parsed = exerciseSchema.safeParse(data)
  if (!parsed.success) return { errors: parsed.error.issues.map(issueText) }
  const errors = parsed.data.checks.flatMap(checkSyntax)
  return errors.length ? { errors } : { exercise: parsed.data, errors: [] }
}

/** Loads every file, ordered by path; duplicate ids are problems too. */
export function loadExercises(files: readonly ExerciseFile[]): LoadedExercises {
  const exercises: Exercise[] = []
  const problems: ExerciseProblem[] = []
  const seen = new Map<string, string>()
  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const { exercise, errors } = parseExercise(file.text)
    if (!exercise) {
      problems.push({ path: file.path, errors })
      continue
    }
    const other = seen.get(exercise.id)
    if (other) {
      problems.push({ path: file.path, errors: [`id « ${exercise.id} » déjà utilisé par ${other}`] })
      continue
    }
    seen.set(exercise.id, file.path)
    exercises.push(exercise)
  }
  return { exercises, problems }
}
