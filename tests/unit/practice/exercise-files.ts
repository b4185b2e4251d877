import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { loadExercises, type ExerciseFile } from '@shared/practice/loader'

export const exercisesDir = resolve(__dirname, '../../../content/exercises')

export function exerciseFiles(): ExerciseFile[] {
  return readdirSync(exercisesDir)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => ({ path: name, text: readFileSync(join(exercisesDir, name), 'utf8') }))
}

export function loadShippedExercises() {
  return loadExercises(exerciseFiles())
}
