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

/**
 * client-go's correlation key (involved uid, reason, and a hash of the rest) → the event's
 * name. A big cluster files hundreds of thousands of keys and nearly every lookup misses (a
 * new object's first event), so the index is an open-addressing table over parallel arrays:
 * no entry object per key for the GC to promote, and a miss usually costs one typed-array read
 * (an empty bucket) or one hash comparison, never a string comparison.
 */
export class CorrelationIndex {
  /** Entry number + 1 per bucket, 0 when empty; linear probing, kept at most half full. */
  private buckets = new Int32Array(1024)
  private hashes: number[] = []
  private uids: string[] = []
  private reasons: string[] = []
  private rests: number[] = []
  private names: string[] = []
  // The recorder asks get() then set() for one key: its hash is computed once.
  private lastUid = ''
  private lastReason = ''
  private lastRest = -1
  private lastHash = 0

  private hash(uid: string, reason: string, rest: number): number {
    if (uid !== this.lastUid || reason !== this.lastReason || rest !== this.lastRest) {
      this.lastUid = uid
      this.lastReason = reason
      this.lastRest = rest
      this.lastHash = fnvFrom(fnvFrom(rest, uid), reason) & 0x3fffffff
    }
    return this.lastHash
  }

  /** The entry filed under this key, or -1. */
  private find(h: number, uid: string, reason: string, rest: number): number {
    const buckets = this.buckets
    const mask = buckets.length - 1
    for (let b = h & mask; buckets[b] !== 0; b = (b + 1) & mask) {
      const e = buckets[b] - 1
      if (this.hashes[e] === h && this.rests[e] === rest && this.uids[e] === uid && this.reasons[e] === reason) return e
    }
    return -1
  }

  get(uid: string, reason: string, rest: number): string | undefined {
    const e = this.find(this.hash(uid, reason, rest), uid, reason, rest)
    return e < 0 ? undefined : this.names[e]
  }

  set(uid: string, reason: string, rest: number, name: string): void {
    const h = this.hash(uid, reason, rest)
    const e = this.find(h, uid, reason, rest)
    if (e >= 0) {
      this.names[e] = name
      return
    }
    this.hashes.push(h)
    this.uids.push(uid)
    this.reasons.push(reason)
    this.rests.push(rest)
    this.names.push(name)
    if (2 * this.hashes.length > this.buckets.length) this.rehash(this.buckets.length * 2)
    else this.file(this.hashes.length - 1)
  }

  clear(): void {
    this.buckets = new Int32Array(1024)
    this.hashes = []
    this.uids = []
    this.reasons = []
    this.rests = []
    this.names = []
  }

  /** Puts entry `e` in the first empty bucket from its hash. */
  private file(e: number): void {
    const buckets = this.buckets
    const mask = buckets.length - 1
    let b = this.hashes[e] & mask
    while (buckets[b] !== 0) b = (b + 1) & mask
    buckets[b] = e + 1
  }

  private rehash(size: number): void {
    this.buckets = new Int32Array(size)
    for (let e = 0; e < this.hashes.length; e++) this.file(e)
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
