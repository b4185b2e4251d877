import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { ExerciseDetail, ExerciseList, ExerciseProgress, ExerciseSummary } from '@shared/api'
import { evaluateChecks, stepToScript } from '@shared/practice'
import { useApi } from '../api'
import { errorMessage } from '../api/error-message'
import { localStore } from './local-store'
import { fmt, messages } from '../i18n'
import { statusOf } from '../exercises/status'

const activeKey = 'kubestudy.activeExercise'
// The console (and the simulator behind it) loads when an exercise starts or is checked,
// not when the course view only wants the list for its progress figures.
const consoleStore = async () => (await import('./console')).useConsoleStore()

/** What "Vérifier" found, check by check, in French. */
export interface CheckOutcome {
  passed: boolean
  results: { label: string; ok: boolean; message: string }[]
  at: number
}

export const useExercisesStore = defineStore('exercises', () => {
  const list = ref<ExerciseList | null>(null)
  const listError = ref<string | null>(null)
  const details = ref<Record<string, ExerciseDetail>>({})
  const errors = ref<Record<string, string>>({})
  const outcomes = ref<Record<string, CheckOutcome>>({})
  const busy = ref<Record<string, 'starting' | 'checking' | undefined>>({})
  const actionError = ref<Record<string, string | undefined>>({})
  /** The exercise the console is set up for: docked beside the terminal. */
  const activeId = ref<string | null>(localStore()?.getItem(activeKey) ?? null)
  let subscribed = false

  function listen(): void {
    if (subscribed) return
    subscribed = true
    useApi().onEvent((event) => {
      if (event.type === 'exercises.changed' || event.type === 'library.changed') void refresh()
    })
  }

  async function loadList(): Promise<void> {
    listen()
    try {
      list.value = await useApi().exercises.list({})
      listError.value = null
    } catch (cause) {
      listError.value = errorMessage(cause)
    }
  }

  /** The files changed on disk: reload what the user has seen. */
  async function refresh(): Promise<void> {
    if (list.value) await loadList()
    await Promise.all(Object.keys(details.value).map((id) => fetchDetail(id)))
  }

  async function fetchDetail(id: string): Promise<void> {
    try {
      details.value = { ...details.value, [id]: await useApi().exercises.get({ exerciseId: id }) }
      delete errors.value[id]
    } catch (cause) {
      errors.value = { ...errors.value, [id]: errorMessage(cause) }
    }
  }

  async function ensure(id: string): Promise<void> {
    listen()
    if (!details.value[id]) await fetchDetail(id)
  }

  function applyProgress(id: string, progress: ExerciseProgress): void {
    const status = statusOf(progress)
    const detail = details.value[id]
    if (detail) details.value = { ...details.value, [id]: { ...detail, progress, status } }
    if (list.value) {
      list.value = {
        ...list.value,
        exercises: list.value.exercises.map((e) => (e.id === id ? { ...e, progress, status } : e))
      }
    }
  }

  function setActive(id: string | null): void {
    activeId.value = id
    if (id) localStore()?.setItem(activeKey, id)
    else localStore()?.removeItem(activeKey)
  }

  /** "Commencer": a fresh cluster in the console, the setup run silently, the exercise docked there. */
  async function start(id: string): Promise<boolean> {
    await ensure(id)
    const detail = details.value[id]
    if (!detail || busy.value[id]) return false
    busy.value = { ...busy.value, [id]: 'starting' }
    actionError.value = { ...actionError.value, [id]: undefined }
    try {
      const results = await (await consoleStore()).reset(detail.setup.map(stepToScript))
      const failed = results.find((r) => r.exitCode !== 0)
      if (failed) throw new Error((failed.stderr || failed.stdout).trim() || `exit ${failed.exitCode}`)
      delete outcomes.value[id]
      setActive(id)
      applyProgress(id, await useApi().exercises.start({ exerciseId: id }))
      return true
    } catch (cause) {
      actionError.value = { ...actionError.value, [id]: fmt(messages.exercises.setupFailed, { message: errorMessage(cause) }) }
      return false
    } finally {
      busy.value = { ...busy.value, [id]: undefined }
    }
  }

  /** "Vérifier": every check on the console's cluster as it is now; the outcome is stored. */
  async function check(id: string): Promise<CheckOutcome | null> {
    await ensure(id)
    const detail = details.value[id]
    if (!detail || busy.value[id]) return null
    busy.value = { ...busy.value, [id]: 'checking' }
    actionError.value = { ...actionError.value, [id]: undefined }
    try {
      const console = await consoleStore()
      await console.ensureReady()
      console.syncClock()
      if (!console.cluster) throw new Error('console')
      const evaluation = evaluateChecks(console.cluster, detail)
      const outcome: CheckOutcome = {
        passed: evaluation.passed,
        results: evaluation.results.map(({ label, ok, message }) => ({ label, ok, message })),
        at: Date.now()
      }
      outcomes.value = { ...outcomes.value, [id]: outcome }
      applyProgress(id, await useApi().exercises.recordCheck({ exerciseId: id, passed: outcome.passed }))
      return outcome
    } catch (cause) {
      actionError.value = { ...actionError.value, [id]: fmt(messages.exercises.checkFailed, { message: errorMessage(cause) }) }
      return null
    } finally {
      busy.value = { ...busy.value, [id]: undefined }
    }
  }

  async function revealHint(id: string): Promise<void> {
    const detail = details.value[id]
    if (!detail) return
    const count = Math.min(detail.progress.hintsRevealed + 1, detail.hints.length)
    applyProgress(id, { ...detail.progress, hintsRevealed: count })
    applyProgress(id, await useApi().exercises.revealHints({ exerciseId: id, count }))
  }

  async function revealSolution(id: string): Promise<void> {
    applyProgress(id, await useApi().exercises.revealSolution({ exerciseId: id }))
  }

  /** Exercises in list order, for previous / next. */
  const ordered = computed<ExerciseSummary[]>(() => list.value?.exercises ?? [])

  return {
    list, listError, details, errors, outcomes, busy, actionError, activeId, ordered,
    loadList, ensure, start, check, revealHint, revealSolution, setActive
  }
})
