import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { LibraryState } from '@shared/api'
import { useApi } from '../api'
import { errorMessage } from '../api/error-message'

export const useLibraryStore = defineStore('library', () => {
  const state = ref<LibraryState | null>(null)
  const progress = ref<{ done: number; total: number } | null>(null)
  const error = ref<string | null>(null)

  async function run(action: () => Promise<LibraryState>): Promise<void> {
    try {
      state.value = await action()
      error.value = null
    } catch (cause) {
      error.value = errorMessage(cause)
    }
  }

  const api = () => useApi().library
  const load = () => run(() => api().list({}))
  const addFolder = (path: string) => run(() => api().addFolder({ path }))
  const removeFolder = (folderId: string) => run(() => api().removeFolder({ folderId }))
  /** Electron's native dialog; null in browser mode, where the UI shows a path field. */
  const pickFolder = () => api().pickFolder({})

  function onIndexingProgress(done: number, total: number): void {
    progress.value = done >= total ? null : { done, total }
  }

  const course = (courseId: string) => state.value?.courses.find((c) => c.id === courseId)

  return { state, progress, error, load, addFolder, removeFolder, pickFolder, onIndexingProgress, course }
})
