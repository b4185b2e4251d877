import { onBeforeUnmount, onMounted, watch, type Ref } from 'vue'
import { useNotesStore } from '../stores/notes'

/**
 * Keeps the notes store on the slide shown, and sends pending text whenever it could
 * otherwise be lost: leaving the slide, hiding or closing the window.
 */
export function useSlideNotes(slideId: Ref<string | undefined>): void {
  const notes = useNotesStore()
  const flushNow = (): void => void notes.flush()
  const onVisibility = (): void => {
    if (document.visibilityState === 'hidden') flushNow()
  }

  watch(slideId, (id, previous) => id && void notes.openFor(id, previous === undefined), { immediate: true })

  onMounted(() => {
    window.addEventListener('beforeunload', flushNow)
    window.addEventListener('pagehide', flushNow)
    document.addEventListener('visibilitychange', onVisibility)
  })
  onBeforeUnmount(() => {
    window.removeEventListener('beforeunload', flushNow)
    window.removeEventListener('pagehide', flushNow)
    document.removeEventListener('visibilitychange', onVisibility)
    flushNow()
  })
}
