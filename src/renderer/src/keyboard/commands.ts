import { onBeforeUnmount, onMounted } from 'vue'
import type { MenuCommand } from '@shared/api-transport'

type Handler = () => void

// Each command runs the handler of the most recently mounted component that offers it,
// so the slide viewer's "next" only exists while a slide is on screen.
const registry = new Map<MenuCommand, Handler[]>()

/** Offers handlers for application-menu commands while the calling component is mounted. */
export function useCommands(handlers: Partial<Record<MenuCommand, Handler>>): void {
  const entries = Object.entries(handlers) as [MenuCommand, Handler][]
  onMounted(() => {
    for (const [command, handler] of entries) registry.set(command, [...(registry.get(command) ?? []), handler])
  })
  onBeforeUnmount(() => {
    for (const [command, handler] of entries) registry.set(command, (registry.get(command) ?? []).filter((h) => h !== handler))
  })
}

/** Runs a menu command as its keyboard shortcut would; false when nothing on screen offers it. */
export function runCommand(command: MenuCommand): boolean {
  const handler = registry.get(command)?.at(-1)
  handler?.()
  return handler !== undefined
}
