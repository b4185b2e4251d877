// The event recorder every component uses, with client-go's correlation: a repeat of the
// same reason and message on the same object bumps `count` instead of adding an event.
// Events expire after the API server's --event-ttl (1 h).
import type { KubeObject } from '../contract'
import { resourceByKey } from '../api/resources'
import type { Controller } from '../runtime/reconciler'
import type { Sim } from '../runtime/sim'
import { HOUR, parseTime, rfc3339, rfc3339Micro } from '../runtime/time'

const EVENTS = resourceByKey('/events')!

export interface EventSource {
  component: string
  host?: string
}

export type EventType = 'Normal' | 'Warning'

/** Components that record through events.k8s.io/v1 (their events have no source, and an eventTime). */
const NEW_STYLE = new Set(['default-scheduler'])

export class EventRecorder implements Controller {
  readonly name = 'event-ttl'

  constructor(private readonly sim: Sim) {
    sim.reconciler.register(this)
  }

  record(involved: KubeObject, type: EventType, reason: string, message: string, source: EventSource, fieldPath?: string): void {
    const sim = this.sim
    const ns = involved.metadata.namespace || 'default'
    const key = `${involved.metadata.uid}|${fieldPath ?? ''}|${reason}|${message}|${source.component}|${type}`
    const existingName = this.index.get(key)
    const existing = existingName ? sim.store.get(EVENTS, ns, existingName) : undefined
    const stamp = rfc3339(sim.now)
    if (existing) {
      const updated: KubeObject = { ...existing, metadata: { ...existing.metadata, resourceVersion: sim.store.nextResourceVersion() } }
      if (NEW_STYLE.has(source.component)) {
        updated.series = { count: (existing.series?.count ?? 1) + 1, lastObservedTime: rfc3339Micro(sim.now) }
      } else {
        updated.count = (existing.count ?? 1) + 1
        updated.lastTimestamp = stamp
      }
      sim.store.put(EVENTS, updated)
      return
    }
    const nanos = BigInt(sim.now) * 1000000n + BigInt(sim.random.int(0, 999999))
    const name = `${involved.metadata.name}.${nanos.toString(16)}`
    const involvedObject: Record<string, string> = {
      apiVersion: involved.apiVersion,
      kind: involved.kind,
      name: involved.metadata.name,
      resourceVersion: involved.metadata.resourceVersion,
      uid: involved.metadata.uid
    }
    if (involved.metadata.namespace) involvedObject.namespace = involved.metadata.namespace
    if (fieldPath) involvedObject.fieldPath = fieldPath
    const newStyle = NEW_STYLE.has(source.component)
    const event: KubeObject = {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: {
        name,
        namespace: ns,
        uid: sim.random.uuid(),
        resourceVersion: sim.store.nextResourceVersion(),
        creationTimestamp: stamp
      },
      involvedObject,
      reason,
      message,
      source: newStyle ? {} : { ...source },
      firstTimestamp: newStyle ? null : stamp,
      lastTimestamp: newStyle ? null : stamp,
      count: newStyle ? undefined : 1,
      type,
      eventTime: newStyle ? rfc3339Micro(sim.now) : null,
      reportingComponent: newStyle ? source.component : (source.component === 'kubelet' ? 'kubelet' : ''),
      reportingInstance: newStyle ? `${source.component}-controlplane` : (source.host ?? '')
    }
    if (newStyle) {
      delete event.count
      event.action = reason === 'Scheduled' ? 'Binding' : 'Scheduling'
    }
    sim.store.put(EVENTS, event)
    this.index.set(key, name)
    sim.reconciler.at(sim.now + HOUR, this.name, `${ns}/${name}`)
  }

  private readonly index = new Map<string, string>()

  /** Rebuilds the correlation index from stored events (after a restore). */
  reindex(): void {
    this.index.clear()
    for (const e of this.sim.store.all(EVENTS)) {
      const key = `${e.involvedObject?.uid}|${e.involvedObject?.fieldPath ?? ''}|${e.reason}|${e.message}|${e.source?.component ?? e.reportingComponent}|${e.type}`
      this.index.set(key, e.metadata.name)
    }
  }

  sync(key: string): void {
    const slash = key.indexOf('/')
    const event = this.sim.store.get(EVENTS, key.slice(0, slash), key.slice(slash + 1))
    if (!event) return
    const last = parseTime(event.lastTimestamp ?? event.series?.lastObservedTime ?? event.eventTime) ?? 0
    if (last + HOUR <= this.sim.now) this.sim.store.remove(EVENTS, event)
    else this.sim.reconciler.at(last + HOUR, this.name, key)
  }
}
