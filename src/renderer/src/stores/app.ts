import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { AppInfo } from '@shared/api'
import { useApi } from '../api'

export const useAppStore = defineStore('app', () => {
  const info = ref<AppInfo | null>(null)
  let request: Promise<AppInfo> | null = null

  async function load(): Promise<AppInfo> {
    request ??= useApi().app.info({})
    info.value = await request
    return info.value
  }

  return { info, load }
})
