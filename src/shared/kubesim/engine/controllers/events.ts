// The event recorder every component uses, with client-go's correlation: a repeat of the
// same reason and message on the same object bumps `count` instead of adding an event.
// Events expire after the API server's --event-ttl (1 h), each exactly an hour after it was
// last seen: a heap of expiry times drives one sweep per instant.
import type { JsonValue, KubeObject } from '../contract'
import { resourceByKey } from '../api/resources'
import type { Controller } from '../runtime/reconciler'
import type { Sim, Stateful } from '../runtime/sim'
import { fnv32a } from '../runtime/random'
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

  /** A short correlation key; a hit is confirmed against the stored event (hashes may collide). */
  private key(uid: string, fieldPath: string | undefined, reason: string, message: string, component: string, type: string): string {
    return `${uid}${reason}${fnv32a(`${fieldPath ?? ''}|${component}|${type}|${message}`).toString(36)}`
  }

  private scheduleSweep(at: number): void {
    if (this.sweepAt > this.sim.now && this.sweepAt <= at) return
    this.sweepAt = at
    this.sim.reconciler.at(at, this.name, 'sweep')
  }

  record(involved: KubeObject, type: EventType, reason: string, message: string, source: EventSource, fieldPath?: string): void {
    const sim = this.sim
    const ns = involved.metadata.namespace || 'default'
    const key = this.key(involved.metadata.uid, fieldPath, reason, message, source.component, type)
    const existingName = this.index.get(key)
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
      this.expiry.push(lastSeen(updated) + HOUR, `${ns}/${existingName}`)
      return
    }
    const name = `${involved.metadata.name}.${nanoHex(sim.now, sim.random.int(0, 999999))}`
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
    sim.store.put(EVENTS, event, true)
    this.index.set(key, name)
    const expires = lastSeen(event) + HOUR
    this.expiry.push(expires, `${ns}/${name}`)
    this.scheduleSweep(expires)
  }

  private readonly index = new Map<string, string>()

  /** Rebuilds the correlation index and the expiry heap from stored events (after a restore). */
  reindex(): void {
    this.index.clear()
    for (const e of this.sim.store.all(EVENTS)) {
      const component = e.source?.component ?? e.reportingComponent
      this.index.set(this.key(e.involvedObject?.uid, e.involvedObject?.fieldPath, e.reason, e.message ?? '', component, e.type), e.metadata.name)
      this.expiry.push(lastSeen(e) + HOUR, `${e.metadata.namespace}/${e.metadata.name}`)
    }
  }

  /** Removes every event whose hour is up; entries made stale by a later sighting are skipped. */
  sync(): void {
    const sim = this.sim
    for (let at = this.expiry.top(); at !== undefined && at <= sim.now; at = this.expiry.top()) {
      const key = this.expiry.pop()
      const slash = key.indexOf('/')
      const event = sim.store.get(EVENTS, key.slice(0, slash), key.slice(slash + 1))
      if (event && lastSeen(event) + HOUR <= sim.now) sim.store.remove(EVENTS, event)
    }
    // Entries left behind by events seen again since are dropped, so the heap (and the next
    // sweep) is the same as one rebuilt from the stored events after a restore.
    for (let at = this.expiry.top(); at !== undefined; at = this.expiry.top()) {
      const key = this.expiry.peekKey()
      const slash = key.indexOf('/')
      const event = sim.store.get(EVENTS, key.slice(0, slash), key.slice(slash + 1))
      if (event && lastSeen(event) + HOUR === at) break
      this.expiry.pop()
    }
    const next = this.expiry.top()
    if (next !== undefined) this.scheduleSweep(next)
  }
}

/** Min-heap of (expiry, event key) in parallel arrays: no object per entry. */
class ExpiryHeap {
  private at: number[] = []
  private keys: string[] = []

  top(): number | undefined {
    return this.at.length ? this.at[0] : undefined
  }

  peekKey(): string {
    return this.keys[0]
  }

  push(at: number, key: string): void {
    const a = this.at
    const k = this.keys
    let i = a.length
    a.push(at)
    k.push(key)
    while (i > 0) {
      const p = (i - 1) >> 1
      if (a[p] <= at) break
      a[i] = a[p]
      k[i] = k[p]
      i = p
    }
    a[i] = at
    k[i] = key
  }

  pop(): string {
    const a = this.at
    const k = this.keys
    const out = k[0]
    const lastAt = a.pop()!
    const lastKey = k.pop()!
    if (a.length) {
      let i = 0
      for (;;) {
        const l = 2 * i + 1
        if (l >= a.length) break
        const c = l + 1 < a.length && a[l + 1] < a[l] ? l + 1 : l
        if (a[c] >= lastAt) break
        a[i] = a[c]
        k[i] = k[c]
        i = c
      }
      a[i] = lastAt
      k[i] = lastKey
    }
    return out
  }
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
