import { ref, watch, type Ref } from 'vue'
import { useSettingsStore } from '../stores/settings'
import type { ChartPalette } from './chart-types'

function readPalette(): ChartPalette {
  const style = getComputedStyle(document.documentElement)
  const css = (name: string) => style.getPropertyValue(name).trim()
  return {
    text: css('--text'),
    muted: css('--text-muted'),
    border: css('--border'),
    surface: css('--surface'),
    surface2: css('--surface-2'),
    accent: css('--accent'),
    accentSoft: css('--accent-soft'),
    ok: css('--ok'),
    warn: css('--warn'),
    danger: css('--danger')
  }
}

/** The palette, read again after each theme switch has reached the document. */
export function useChartPalette(): Ref<ChartPalette> {
  const settings = useSettingsStore()
  const palette = ref(readPalette())
  watch(
    () => settings.resolvedTheme,
    () => (palette.value = readPalette()),
    { flush: 'post' }
  )
  return palette
}
