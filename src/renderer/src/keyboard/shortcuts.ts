import { onBeforeUnmount, onMounted } from 'vue'

export type ShortcutHandler = (event: KeyboardEvent) => void | boolean

/**
 * Key names as in KeyboardEvent.key, with modifiers prefixed: `Ctrl+k`, `Shift+ `.
 * `Ctrl` also matches the Command key so Mac users get the same shortcuts.
 */
function keyName(event: KeyboardEvent): string {
  const parts: string[] = []
  if (event.ctrlKey || event.metaKey) parts.push('Ctrl')
  if (event.altKey) parts.push('Alt')
  if (event.shiftKey && (event.key.length > 1 || event.key === ' ')) parts.push('Shift')
  parts.push(event.key.length === 1 ? event.key.toLowerCase() : event.key)
  return parts.join('+')
}

/** True when the key belongs to a text field or a control the user is operating. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  return ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)
}

/**
 * Registers shortcuts while the calling component is mounted. A handler returning
 * `false` lets the key through; otherwise the default action is prevented.
 */
export function useShortcuts(
  map: Record<string, ShortcutHandler>,
  options: { whenTyping?: string[]; enabled?: () => boolean } = {}
): void {
  const onKey = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.isComposing) return
    const name = keyName(event)
    const handler = map[name]
    if (!handler) return
    if (options.enabled && !options.enabled()) return
    if (isTyping(event.target) && !options.whenTyping?.includes(name)) return
    if (handler(event) !== false) event.preventDefault()
  }
  onMounted(() => window.addEventListener('keydown', onKey))
  onBeforeUnmount(() => window.removeEventListener('keydown', onKey))
}
