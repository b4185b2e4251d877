import type { ApiEvent } from '@shared/api'

export type EventListener = (event: ApiEvent) => void

/** Push events from the services to whichever transports are attached (IPC windows, SSE clients). */
export class EventBus {
  private readonly listeners = new Set<EventListener>()

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  emit(event: ApiEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event)
      } catch (error) {
        console.error('[events] listener failed', error)
      }
    }
  }
}
