// The recorder's bookkeeping, kept small because a large cluster holds hundreds of thousands
// of events: which event a repeat should bump, and when each event expires.

/** FNV-1a, continued over `text` from hash `h` (fnv32a of a concatenation, without building it). */
function fnvFrom(h: number, text: string): number {
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h
}

const FNV_OFFSET = 0x811c9dc5
const BAR = '|'

/** fnv32a(`${fieldPath ?? ''}|${component}|${type}|${message}`): what tells two events of one object and reason apart. */
export function correlationHash(fieldPath: string | undefined, component: string, type: string, message: string): number {
  let h = fnvFrom(FNV_OFFSET, fieldPath ?? '')
  h = fnvFrom(h, BAR)
  h = fnvFrom(h, component)
  h = fnvFrom(h, BAR)
  h = fnvFrom(h, type)
  h = fnvFrom(h, BAR)
  return fnvFrom(h, message)
}

interface Entry {
  uid: string
  reason: string
  rest: number
  /** The event a repeat of (uid, reason, rest) bumps. */
  name: string
}

/**
 * client-go's correlation key (involved uid, reason, and a hash of the rest) → the event's
 * name, filed under a small-integer hash of the key so no key string is ever built.
 */
export class CorrelationIndex {
  private readonly map = new Map<number, Entry | Entry[]>()

  private static slot(uid: string, reason: string, rest: number): number {
    return fnvFrom(fnvFrom(rest, uid), reason) & 0x3fffffff
  }

  get(uid: string, reason: string, rest: number): string | undefined {
    const found = this.map.get(CorrelationIndex.slot(uid, reason, rest))
    if (found === undefined) return undefined
    if (!Array.isArray(found)) return found.uid === uid && found.reason === reason && found.rest === rest ? found.name : undefined
    for (const e of found) if (e.uid === uid && e.reason === reason && e.rest === rest) return e.name
    return undefined
  }

  set(uid: string, reason: string, rest: number, name: string): void {
    const slot = CorrelationIndex.slot(uid, reason, rest)
    const found = this.map.get(slot)
    const entry: Entry = { uid, reason, rest, name }
    if (found === undefined) {
      this.map.set(slot, entry)
      return
    }
    const list = Array.isArray(found) ? found : [found]
    for (const e of list) {
      if (e.uid === uid && e.reason === reason && e.rest === rest) {
        e.name = name
        return
      }
    }
    list.push(entry)
    if (list !== found) this.map.set(slot, list)
  }

  clear(): void {
    this.map.clear()
  }
}

/** Min-heap of (expiry, namespace, event name) in parallel arrays: no object or string per entry. */
export class ExpiryHeap {
  private at: number[] = []
  private namespaces: string[] = []
  private names: string[] = []

  top(): number | undefined {
    return this.at.length ? this.at[0] : undefined
  }

  peekNamespace(): string {
    return this.namespaces[0]
  }

  peekName(): string {
    return this.names[0]
  }

  push(at: number, ns: string, name: string): void {
    const a = this.at
    const s = this.namespaces
    const n = this.names
    let i = a.length
    a.push(at)
    s.push(ns)
    n.push(name)
    while (i > 0) {
      const p = (i - 1) >> 1
      if (a[p] <= at) break
      a[i] = a[p]
      s[i] = s[p]
      n[i] = n[p]
      i = p
    }
    a[i] = at
    s[i] = ns
    n[i] = name
  }

  /** Removes the earliest entry (read it first with peekNamespace and peekName). */
  pop(): void {
    const a = this.at
    const s = this.namespaces
    const n = this.names
    const lastAt = a.pop()!
    const lastNs = s.pop()!
    const lastName = n.pop()!
    if (!a.length) return
    let i = 0
    for (;;) {
      const l = 2 * i + 1
      if (l >= a.length) break
      const c = l + 1 < a.length && a[l + 1] < a[l] ? l + 1 : l
      if (a[c] >= lastAt) break
      a[i] = a[c]
      s[i] = s[c]
      n[i] = n[c]
      i = c
    }
    a[i] = lastAt
    s[i] = lastNs
    n[i] = lastName
  }
}
