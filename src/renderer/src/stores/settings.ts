import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { Settings } from '@shared/api'
import { useApi } from '../api'

type Theme = Settings['theme']

const darkQuery = (): MediaQueryList | null =>
  typeof window.matchMedia === 'function' ? window.matchMedia('(prefers-color-scheme: dark)') : null

export const useSettingsStore = defineStore('settings', () => {
  const theme = ref<Theme>('system')
  const systemDark = ref(darkQuery()?.matches ?? false)
  darkQuery()?.addEventListener('change', (event) => (systemDark.value = event.matches))

  const resolvedTheme = computed<'light' | 'dark'>(() =>
    theme.value === 'system' ? (systemDark.value ? 'dark' : 'light') : theme.value
  )

  async function load(): Promise<void> {
    theme.value = (await useApi().settings.get({})).theme
  }

  async function setTheme(next: Theme): Promise<void> {
    theme.value = next
    theme.value = (await useApi().settings.set({ theme: next })).theme
  }

  /** `d` flips what the user sees, whatever the stored value was. */
  function toggleTheme(): Promise<void> {
    return setTheme(resolvedTheme.value === 'dark' ? 'light' : 'dark')
  }

  return { theme, resolvedTheme, load, setTheme, toggleTheme }
})
