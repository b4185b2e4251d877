import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { ReviewScope, StatsSummary } from '@shared/api'
import { useApi } from '../api'
import { errorMessage } from '../api/error-message'

export const useStatsStore = defineStore('stats', () => {
  const summary = ref<StatsSummary | null>(null)
  const scope = ref<ReviewScope>({})
  const loading = ref(false)
  const error = ref<string | null>(null)
  let sequence = 0

  async function load(next: ReviewScope = scope.value): Promise<void> {
    const mine = ++sequence
    scope.value = next
    loading.value = true
    try {
      const result = await useApi().stats.summary({ scope: next, retentionDays: 30 })
      if (mine !== sequence) return
      summary.value = result
      error.value = null
    } catch (cause) {
      if (mine === sequence) error.value = errorMessage(cause)
    } finally {
      if (mine === sequence) loading.value = false
    }
  }

  return { summary, scope, loading, error, load }
})
