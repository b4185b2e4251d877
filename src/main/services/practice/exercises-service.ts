import { ApiError, type ApiEvent, type ContentProblem, type ExerciseDetail, type ExerciseList, type ExerciseProgress, type ExerciseSummary } from '@shared/api'
import { slidePlainText } from '@shared/markdown'
import { toScript, type Exercise } from '@shared/practice'
import { loadExercises } from '@shared/practice/loader'
import type { Db } from '../db/open'
import type { SearchIndex } from '../search/search-index'
import { ContentWatcher, readContentDir } from './content-dir'
import { placeExercises, type ExercisePlace } from './exercise-places'
import { ExerciseProgressStore, statusOf } from './exercise-progress'

export interface ExercisesOptions {
  db: Db
  search: SearchIndex
  /** content/exercises: one `.yaml` file per exercise. */
  dir: string
  emit: (event: ApiEvent) => void
  now: () => number
  watch?: boolean
}

const suffixes = ['.yaml', '.yml']

/**
 * The graded exercises of content/exercises, read with the shared schema (a broken file
 * is reported, the others load), placed in the course, searchable, and the learner's
 * progress on each.
 */
export class ExercisesService {
  readonly progress: ExerciseProgressStore
  private exercises: Exercise[] = []
  private files = new Map<string, string>()
  private problems: ContentProblem[] = []
  private places: Map<string, ExercisePlace> | null = null
  private readonly watcher: ContentWatcher | null

  constructor(private readonly options: ExercisesOptions) {
    this.progress = new ExerciseProgressStore(options.db, options.now)
    this.watcher = options.watch ? new ContentWatcher(options.dir, suffixes, () => this.reload(true), 'exercises') : null
  }

  start(): void {
    this.reload(false)
    this.watcher?.start()
  }

  /** Reads every file again; the search index follows. */
  reload(announce: boolean): void {
    const { files, unreadable } = readContentDir(this.options.dir, suffixes)
    const loaded = loadExercises(files.map((f) => ({ path: f.name, text: f.text })))
    this.exercises = loaded.exercises
    this.problems = [
      ...unreadable.map((u) => ({ file: u.name, errors: [u.error] })),
      ...loaded.problems.map((p) => ({ file: p.path, errors: p.errors }))
    ].sort((a, b) => a.file.localeCompare(b.file))
    for (const problem of this.problems) console.error(`[exercises] ${problem.file}: ${problem.errors.join('; ')}`)
    // The loader turns each file, in name order, into either an exercise or a problem.
    const refused = new Set(loaded.problems.map((p) => p.path))
    const accepted = [...files].sort((a, b) => a.name.localeCompare(b.name)).filter((f) => !refused.has(f.name))
    this.files = new Map(loaded.exercises.map((exercise, i) => [exercise.id, accepted[i]?.name ?? '']))
    this.places = null
    this.index()
    if (announce) this.options.emit({ type: 'exercises.changed' })
  }

  /** Courses were re-indexed: slides may have moved, so exercises are placed again. */
  onLibraryEvent(event: ApiEvent): void {
    if (event.type !== 'library.changed' && event.type !== 'course.changed') return
    this.places = null
    this.index()
  }

  list(): ExerciseList {
    const progress = this.progress.all()
    return {
      exercises: this.exercises.map((exercise) => this.summary(exercise, progress.get(exercise.id))),
      problems: this.problems
    }
  }

  get(exerciseId: string): ExerciseDetail {
    const exercise = this.require(exerciseId)
    return {
      ...this.summary(exercise, this.progress.get(exerciseId)),
      statement: exercise.statement,
      setup: exercise.setup ?? [],
      setupScript: exercise.setup?.length ? toScript(exercise.setup) : '',
      hints: exercise.hints,
      solution: { ...exercise.solution, script: toScript(exercise.solution.steps) },
      checks: exercise.checks
    }
  }

  markStarted(exerciseId: string): ExerciseProgress {
    this.require(exerciseId)
    return this.progress.start(exerciseId)
  }

  recordCheck(exerciseId: string, passed: boolean): ExerciseProgress {
    this.require(exerciseId)
    return this.progress.recordCheck(exerciseId, passed)
  }

  revealHints(exerciseId: string, count: number): ExerciseProgress {
    const exercise = this.require(exerciseId)
    return this.progress.revealHints(exerciseId, Math.min(count, exercise.hints.length))
  }

  revealSolution(exerciseId: string): ExerciseProgress {
    this.require(exerciseId)
    return this.progress.revealSolution(exerciseId)
  }

  async close(): Promise<void> {
    await this.watcher?.close()
  }

  /** Resolves once the watcher (if any) sees changes. */
  ready(): Promise<void> {
    return this.watcher?.ready() ?? Promise.resolve()
  }

  private require(exerciseId: string): Exercise {
    const exercise = this.exercises.find((e) => e.id === exerciseId)
    if (!exercise) throw new ApiError('not-found', `No exercise with id ${exerciseId}`)
    return exercise
  }

  private place(exerciseId: string): ExercisePlace | undefined {
    this.places ??= placeExercises(this.options.db, this.exercises)
    return this.places.get(exerciseId)
  }

  private summary(exercise: Exercise, progress: ExerciseProgress | undefined): ExerciseSummary {
    const stored = progress ?? this.progress.get(exercise.id)
    return {
      id: exercise.id,
      title: exercise.title,
      chapter: exercise.chapter,
      topic: exercise.topic,
      difficulty: exercise.difficulty,
      file: this.files.get(exercise.id) ?? '',
      ...this.place(exercise.id),
      status: statusOf(stored),
      progress: stored
    }
  }

  /** One search document per exercise; those gone from the folder leave the index. */
  private index(): void {
    const { db, search } = this.options
    const current = new Set(this.exercises.map((e) => e.id))
    db.transaction(() => {
      for (const exercise of this.exercises) {
        const place = this.place(exercise.id)
        search.upsert({
          kind: 'exercise',
          refId: exercise.id,
          courseId: place?.slideId ? place.courseId : null,
          slideId: place?.slideId ?? null,
          title: exercise.title,
          body: [slidePlainText(exercise.statement), exercise.topic, exercise.chapter].join('\n')
        })
      }
      const indexed = db
        .prepare<[], { ref_id: string }>("SELECT ref_id FROM search_docs WHERE kind = 'exercise'")
        .all()
      for (const { ref_id } of indexed) if (!current.has(ref_id)) search.remove('exercise', ref_id)
    })()
  }
}
