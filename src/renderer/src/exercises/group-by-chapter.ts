import type { ExerciseSummary } from '@shared/api'

export interface ChapterGroup {
  /** Undefined for exercises whose chapter is in no indexed course. */
  chapterIndex: number | undefined
  title: string
  exercises: ExerciseSummary[]
  passed: number
}

/** Exercises by chapter, in course order; those outside any chapter come last. */
export function groupByChapter(exercises: readonly ExerciseSummary[]): ChapterGroup[] {
  const groups = new Map<string, ChapterGroup>()
  for (const exercise of exercises) {
    const key = exercise.chapterIndex === undefined ? `?${exercise.chapter}` : `${exercise.courseId}:${exercise.chapterIndex}`
    let group = groups.get(key)
    if (!group) {
      group = { chapterIndex: exercise.chapterIndex, title: exercise.chapter, exercises: [], passed: 0 }
      groups.set(key, group)
    }
    group.exercises.push(exercise)
    if (exercise.status === 'passed') group.passed++
  }
  const rank = (group: ChapterGroup) => group.chapterIndex ?? Number.MAX_SAFE_INTEGER
  return [...groups.values()].sort((a, b) => rank(a) - rank(b))
}
