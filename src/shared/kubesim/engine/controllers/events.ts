// The event recorder every component uses, with client-go's correlation: a repeat of the
// same reason and message on the same object bumps `count` instead of adding an event.
// Events expire after the API server's --event-ttl (1 h), each exactly an hour after it was
// last seen: a heap of expiry times drives one sweep per instant.
import type { JsonValue, KubeObject } from '../contract'
import { resourceByKey } from '../api/resources'
import type { Controller } from '../runtime/reconciler'
import type { Sim, Stateful } from '../runtime/sim'
import { correlationHash, CorrelationIndex, ExpiryHeap } from './event-index'
import { HOUR, parseTime, rfc3339, rfc3339Micro } from '../runtime/time'

const EVENTS = resourceByKey('/events')!

export interface EventSource {
  component: string
  host?: string
}

export type EventType = 'Normal' | 'Warning'

/** Components that record through events.k8s.io/v1 (their events have no source, and an eventTime). */
const NEW_STYLE = new Set(['default-scheduler'])

export class EventRecorder implements Controller, Stateful {
  readonly name = 'event-ttl'
  readonly stateKey = 'events'
  private readonly expiry = new ExpiryHeap()
  private sweepAt = -1

  constructor(private readonly sim: Sim) {
    sim.reconciler.register(this)
    sim.addStateful(this)
  }

  saveState(): JsonValue {
    return { sweepAt: this.sweepAt }
  }

  restoreState(state: JsonValue): void {
    this.sweepAt = (state as { sweepAt: number }).sweepAt
  }

  private scheduleSweep(at: number): void {
    if (this.sweepAt > this.sim.now && this.sweepAt <= at) return
    this.sweepAt = at
    this.sim.reconciler.at(at, this.name, 'sweep')
  }

  record(involved: KubeObject, type: EventType, reason: string, message: string, source: EventSource, fieldPath?: string): void {
    const sim = this.sim
    const ns = involved.metadata.namespace || 'default'
    const uid = String(involved.metadata.uid)
    const rest = correlationHash(fieldPath, source.component, type, message)
    const existingName = this.index.get(uid, reason, rest)
    const found = existingName ? sim.store.get(EVENTS, ns, existingName) : undefined
    const existing =
      found && found.message === message && found.type === type && (found.involvedObject?.fieldPath ?? undefined) === fieldPath && (found.source?.component ?? found.reportingComponent) === source.component
        ? found
        : undefined
    const stamp = rfc3339(sim.now)
    if (existing) {
      const updated: KubeObject = { ...existing, metadata: { ...existing.metadata, resourceVersion: sim.store.nextResourceVersion() } }
      if (NEW_STYLE.has(source.component)) {
        updated.series = { count: (existing.series?.count ?? 1) + 1, lastObservedTime: rfc3339Micro(sim.now) }
      } else {
        updated.count = (existing.count ?? 1) + 1
        updated.lastTimestamp = stamp
      }
      sim.store.put(EVENTS, updated, true)
      this.expiry.push(lastSeen(updated) + HOUR, ns, existingName!)
      return
    }
    const name = `${involved.metadata.name}.${nanoHex(sim.now, sim.random.int(0, 999999))}`
    const metadata = { name, namespace: ns, uid: sim.random.uuid(), resourceVersion: sim.store.nextResourceVersion(), creationTimestamp: stamp }
    const involvedObject = this.involvedObject(involved, fieldPath)
    // Both shapes are built whole, in the order the API server serialises them.
    const event: KubeObject = NEW_STYLE.has(source.component)
      ? {
          apiVersion: 'v1',
          kind: 'Event',
          metadata,
          involvedObject,
          reason,
          message,
          source: NO_SOURCE,
          firstTimestamp: null,
          lastTimestamp: null,
          type,
          eventTime: rfc3339Micro(sim.now),
          reportingComponent: source.component,
          reportingInstance: instanceOf(source.component),
          action: reason === 'Scheduled' ? 'Binding' : 'Scheduling'
        }
      : {
          apiVersion: 'v1',
          kind: 'Event',
          metadata,
          involvedObject,
          reason,
          message,
          source: sourceOf(source),
          firstTimestamp: stamp,
          lastTimestamp: stamp,
          count: 1,
          type,
          eventTime: null,
          reportingComponent: source.component === 'kubelet' ? 'kubelet' : '',
          reportingInstance: source.host ?? ''
        }
    sim.store.put(EVENTS, event, true)
    this.index.set(uid, reason, rest, name)
    const expires = lastSeen(event) + HOUR
    this.expiry.push(expires, ns, name)
    this.scheduleSweep(expires)
  }

  private lastInvolved: Record<string, string> | undefined

  /** The event's reference to its object; a controller's burst of events about one object version shares one. */
  private involvedObject(involved: KubeObject, fieldPath: string | undefined): Record<string, string> {
    const m = involved.metadata
    const last = this.lastInvolved
    if (
      last &&
      last.uid === m.uid &&
      last.resourceVersion === m.resourceVersion &&
      last.name === m.name &&
      last.kind === involved.kind &&
      last.apiVersion === involved.apiVersion &&
      last.namespace === (m.namespace || undefined) &&
      last.fieldPath === (fieldPath || undefined)
    )
      return last
    const ref: Record<string, string> = { apiVersion: involved.apiVersion, kind: involved.kind, name: m.name, resourceVersion: m.resourceVersion, uid: m.uid }
    if (m.namespace) ref.namespace = m.namespace
    if (fieldPath) ref.fieldPath = fieldPath
    this.lastInvolved = Object.freeze(ref)
    return ref
  }

  private readonly index = new CorrelationIndex()

  /** Rebuilds the correlation index and the expiry heap from stored events (after a restore). */
  reindex(): void {
    this.index.clear()
    for (const e of this.sim.store.all(EVENTS)) {
      const component = e.source?.component ?? e.reportingComponent
      const rest = correlationHash(e.involvedObject?.fieldPath, String(component), String(e.type), e.message ?? '')
      this.index.set(String(e.involvedObject?.uid), String(e.reason), rest, e.metadata.name)
      this.expiry.push(lastSeen(e) + HOUR, String(e.metadata.namespace), e.metadata.name)
    }
  }

  /** Removes every event whose hour is up; entries made stale by a later sighting are skipped. */
  sync(): void {
    const sim = this.sim
    for (let at = this.expiry.top(); at !== undefined && at <= sim.now; at = this.expiry.top()) {
      const event = sim.store.get(EVENTS, this.expiry.peekNamespace(), this.expiry.peekName())
      this.expiry.pop()
      if (event && lastSeen(event) + HOUR <= sim.now) sim.store.remove(EVENTS, event)
    }
    // Entries left behind by events seen again since are dropped, so the heap (and the next
    // sweep) is the same as one rebuilt from the stored events after a restore.
    for (let at = this.expiry.top(); at !== undefined; at = this.expiry.top()) {
      const event = sim.store.get(EVENTS, this.expiry.peekNamespace(), this.expiry.peekName())
      if (event && lastSeen(event) + HOUR === at) break
      this.expiry.pop()
    }
    const next = this.expiry.top()
    if (next !== undefined) this.scheduleSweep(next)
  }
}

const NO_SOURCE = Object.freeze({})
const sources = new Map<string, Readonly<EventSource>>()
const instances = new Map<string, string>()

/** The event's copy of its source, shared by every event from that component on that host. */
function sourceOf(source: EventSource): Readonly<EventSource> {
  const key = 'host' in source ? `${source.component}\n${source.host}\n${typeof source.host}` : source.component
  let shared = sources.get(key)
  if (!shared) sources.set(key, (shared = Object.freeze({ ...source })))
  return shared
}

function instanceOf(component: string): string {
  let name = instances.get(component)
  if (name === undefined) instances.set(component, (name = `${component}-controlplane`))
  return name
}

function lastSeen(e: KubeObject): number {
  return parseTime(e.lastTimestamp ?? e.series?.lastObservedTime ?? e.eventTime ?? e.metadata.creationTimestamp) ?? 0
}

/** Hex of ms × 10⁶ + extra without BigInt: the suffix client-go gives event names (UnixNano in hex). */
export function nanoHex(ms: number, extra: number): string {
  // ms × 10⁶ = ms × 2⁶ × 15625: split into high and low 32-bit halves by hand.
  const lowMs = ms % 0x100000000
  const highMs = Math.floor(ms / 0x100000000)
  let low = lowMs * 1000000 + extra
  let high = highMs * 1000000 + Math.floor(low / 0x100000000)
  low = low % 0x100000000
  high = high >>> 0
  return high.toString(16) + (low >>> 0).toString(16).padStart(8, '0')
}
