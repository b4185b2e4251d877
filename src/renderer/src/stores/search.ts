import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { SearchHit } from '@shared/api'
import { useApi } from '../api'

export const useSearchStore = defineStore('search', () => {
  const open = ref(false)
  const query = ref('')
  const hits = ref<SearchHit[]>([])
  const busy = ref(false)
  /** Terms to highlight on one slide after opening a result; cleared on the next navigation. */
  const highlight = ref<{ slideId: string; terms: string[] } | null>(null)
  let sequence = 0

  async function run(text: string): Promise<void> {
    const mine = ++sequence
    if (!text.trim()) {
      hits.value = []
      busy.value = false
      return
    }
    busy.value = true
    try {
      const result = await useApi().search.query({ query: text, limit: 40 })
      if (mine === sequence) hits.value = result.hits
    } finally {
      if (mine === sequence) busy.value = false
    }
  }

  return { open, query, hits, busy, highlight, run }
})
