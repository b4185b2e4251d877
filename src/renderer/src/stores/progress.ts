import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { Progress } from '@shared/api'
import { useApi } from '../api'

export const useProgressStore = defineStore('progress', () => {
  const seen = ref(new Set<string>())
  const last = ref<Progress['last']>(null)
  const loaded = ref(false)

  async function load(): Promise<void> {
    const progress = await useApi().progress.get({})
    seen.value = new Set(progress.seenSlideIds)
    last.value = progress.last
    recordedLast = progress.last?.slideId ?? null
    loaded.value = true
  }

  // Visits reach the server one at a time, in order; a reply is merged, never replacing
  // what the learner has seen since (seen slides are only ever added).
  let writes: Promise<void> = Promise.resolve()
  let recordedLast: string | null = null

  function merge(progress: Progress): void {
    seen.value = new Set([...seen.value, ...progress.seenSlideIds])
    loaded.value = true
  }

  /** Records the slide as seen and as the place to reopen, in that order. */
  function visit(courseId: string, slideId: string): Promise<void> {
    const fresh = !seen.value.has(slideId)
    if (fresh) seen.value = new Set(seen.value).add(slideId)
    last.value = { courseId, slideId }
    writes = writes
      .then(async () => {
        if (fresh) merge(await useApi().progress.markSeen({ slideId }))
        if (recordedLast !== slideId) {
          merge(await useApi().progress.setLast({ courseId, slideId }))
          recordedLast = slideId
        }
      })
      .catch(() => {
        // Not stored: show it unseen again so the next visit records it.
        if (fresh) {
          const next = new Set(seen.value)
          next.delete(slideId)
          seen.value = next
        }
      })
    return writes
  }

  const seenCount = computed(() => (ids: string[]) => ids.filter((id) => seen.value.has(id)).length)

  return { seen, last, loaded, load, visit, seenCount }
})
