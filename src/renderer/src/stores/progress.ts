import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { Progress } from '@shared/api'
import { useApi } from '../api'

export const useProgressStore = defineStore('progress', () => {
  const seen = ref(new Set<string>())
  const last = ref<Progress['last']>(null)
  const loaded = ref(false)

  function apply(progress: Progress): void {
    seen.value = new Set(progress.seenSlideIds)
    last.value = progress.last
    loaded.value = true
  }

  async function load(): Promise<void> {
    apply(await useApi().progress.get({}))
  }

  /** Records the slide as seen and as the place to reopen, in that order. */
  async function visit(courseId: string, slideId: string): Promise<void> {
    if (!seen.value.has(slideId)) {
      seen.value = new Set(seen.value).add(slideId)
      await useApi().progress.markSeen({ slideId })
    }
    if (last.value?.slideId !== slideId) {
      last.value = { courseId, slideId }
      apply(await useApi().progress.setLast({ courseId, slideId }))
    }
  }

  const seenCount = computed(() => (ids: string[]) => ids.filter((id) => seen.value.has(id)).length)

  return { seen, last, loaded, load, visit, seenCount }
})
