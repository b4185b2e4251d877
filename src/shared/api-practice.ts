// Graded exercises and cheatsheets: the calls and replies of the practice capability,
// spread into api.ts. Checks run in the renderer, on the console's simulated cluster
// (src/shared/practice/evaluate.ts); the main process serves the content and keeps
// the learner's progress.
import { z } from 'zod'
import type { Check, Difficulty, Step } from './practice/schema'

const exerciseId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'an exercise id: lowercase words and dashes').max(200)
const cheatsheetId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a cheatsheet id: lowercase words and dashes').max(200)

export const practiceRequests = {
  /** Every exercise with the learner's progress, and the files that could not be read. */
  'exercises.list': z.object({}).strict(),
  'exercises.get': z.object({ exerciseId }).strict(),
  /** "Commencer": the console was reset and the setup ran. */
  'exercises.start': z.object({ exerciseId }).strict(),
  /** "Vérifier": the outcome of the checks run on the console's cluster. */
  'exercises.recordCheck': z.object({ exerciseId, passed: z.boolean() }).strict(),
  /** How many hints are shown now; the stored count never goes down. */
  'exercises.revealHints': z.object({ exerciseId, count: z.number().int().min(1).max(100) }).strict(),
  'exercises.revealSolution': z.object({ exerciseId }).strict(),

  'cheatsheets.list': z.object({}).strict(),
  'cheatsheets.get': z.object({ cheatsheetId }).strict()
} as const

export interface ExerciseProgress {
  startedAt: number | null
  /** How many times "Vérifier" was run. */
  checks: number
  /** The first time every check passed; it stays passed. */
  passedAt: number | null
  lastCheckedAt: number | null
  lastPassed: boolean | null
  hintsRevealed: number
  solutionRevealedAt: number | null
}

export type ExerciseStatus = 'new' | 'attempted' | 'passed'

export interface ExerciseSummary {
  id: string
  title: string
  /** Chapter title as the exercise file names it. */
  chapter: string
  topic: string
  difficulty: Difficulty
  /** File name in content/exercises. */
  file: string
  /** Where the exercise sits in the course, when its chapter and source phrase are found there. */
  courseId?: string
  chapterIndex?: number
  slideId?: string
  slideIndex?: number
  slideTitle?: string
  status: ExerciseStatus
  progress: ExerciseProgress
}

export interface ExerciseDetail extends ExerciseSummary {
  /** Markdown. */
  statement: string
  setup: Step[]
  /** The setup as console lines (heredocs for manifests, `sleep N` for waits); '' when none. */
  setupScript: string
  hints: string[]
  solution: { explanation?: string; steps: Step[]; script: string }
  /** Declarative checks on the cluster state, evaluated by the renderer. */
  checks: Check[]
}

export interface ContentProblem {
  file: string
  errors: string[]
}

export interface ExerciseList {
  exercises: ExerciseSummary[]
  problems: ContentProblem[]
}

export interface CheatsheetSection {
  /** URL-safe slug of the title, unique in its sheet. */
  id: string
  title: string
  /** The section's markdown, without its `##` heading. */
  markdown: string
}

export interface CheatsheetSummary {
  id: string
  title: string
  file: string
  sections: { id: string; title: string }[]
}

export interface CheatsheetDoc extends CheatsheetSummary {
  /** Markdown between the title and the first section. */
  intro: string
  sections: CheatsheetSection[]
}

export interface CheatsheetList {
  sheets: CheatsheetSummary[]
  problems: ContentProblem[]
}

export interface PracticeReplies {
  'exercises.list': ExerciseList
  'exercises.get': ExerciseDetail
  'exercises.start': ExerciseProgress
  'exercises.recordCheck': ExerciseProgress
  'exercises.revealHints': ExerciseProgress
  'exercises.revealSolution': ExerciseProgress
  'cheatsheets.list': CheatsheetList
  'cheatsheets.get': CheatsheetDoc
}
