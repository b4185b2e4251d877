// Pieces of PodStatus that thousands of pods have in common (a condition set at the same
// second, an empty lastState, a waiting reason, a node's hostIPs) are built once and shared,
// frozen. Stored objects are never modified in place, so sharing them is invisible; it keeps
// a large cluster's memory, and the garbage collector's work, in proportion.

export type Condition = { type: string; status: string; lastProbeTime: null; lastTransitionTime: string; reason?: string; message?: string }

const CONDITION_KEYS = ['type', 'status', 'lastProbeTime', 'lastTransitionTime', 'reason', 'message']

/** Whether `o` has exactly the first `count` keys of `keys`, in that order. */
function hasKeys(o: object, keys: readonly string[], count: number): boolean {
  let i = 0
  for (const k in o) {
    if (i >= count || k !== keys[i]) return false
    i++
  }
  return i === count
}

/** `o` serialises exactly as the condition these fields would build. */
function isCondition(o: Condition, type: string, status: string, ltt: string, reason: string | undefined, message: string | undefined): boolean {
  return (
    o.type === type &&
    o.status === status &&
    o.lastProbeTime === null &&
    o.lastTransitionTime === ltt &&
    o.reason === reason &&
    o.message === message &&
    hasKeys(o, CONDITION_KEYS, reason === undefined ? 4 : message === undefined ? 5 : 6)
  )
}

const lastBuilt = new Map<string, Condition>()

/** The condition with these fields: `old` when it already is one, else a shared frozen copy. */
export function sharedCondition(old: Condition | undefined, type: string, status: string, ltt: string, reason?: string, message?: string): Condition {
  if (old && isCondition(old, type, status, ltt, reason, message)) return old
  const last = lastBuilt.get(type)
  if (last && isCondition(last, type, status, ltt, reason, message)) return last
  const c: Condition = { type, status, lastProbeTime: null, lastTransitionTime: ltt }
  if (reason !== undefined) {
    c.reason = reason
    if (message !== undefined) c.message = message
  }
  lastBuilt.set(type, Object.freeze(c))
  return c
}

/** `next` when it differs from `prev` element by element, else `prev`. */
export function sameList<T>(prev: T[] | undefined, next: T[]): T[] {
  if (!Array.isArray(prev) || prev.length !== next.length) return next
  for (let i = 0; i < next.length; i++) if (prev[i] !== next[i]) return next
  return prev
}

export const NO_LAST_STATE = Object.freeze({})

const waiting = new Map<string, object>()

/** `{ waiting: { reason } }`, one per reason. */
export function waitingState(reason: string): object {
  let state = waiting.get(reason)
  if (!state) waiting.set(reason, (state = Object.freeze({ waiting: Object.freeze({ reason }) })))
  return state
}

/** `[{ ip }]`, reusing `prev` when it already says exactly that. */
export function ipList(prev: unknown, ip: string): { ip: string }[] {
  if (Array.isArray(prev) && prev.length === 1) {
    const only = prev[0]
    if (only && only.ip === ip && hasKeys(only, IP_KEYS, 1)) return prev
  }
  return [{ ip }]
}

const IP_KEYS = ['ip']

const hostIPs = new Map<string, { ip: string }[]>()

/** A host's IP with its `[{ ip }]`, shared by its pods. */
export interface HostAddress {
  ip: string
  list: { ip: string }[]
}

/**
 * Looks the shared list up once per address: the kubelet keeps one per node version, so
 * a pod's status build reads no table (the lookup was ~1.5% of creating 50k pods).
 */
export function hostAddress(ip: string): HostAddress {
  let list = hostIPs.get(ip)
  if (!list) hostIPs.set(ip, (list = Object.freeze([Object.freeze({ ip })]) as { ip: string }[]))
  return { ip, list }
}

/** The pod's `hostIPs`: `prev` when it already says exactly that, else the host's shared list. */
export function hostIPList(prev: unknown, host: HostAddress): { ip: string }[] {
  const reused = ipList(prev, host.ip)
  return reused === prev ? reused : host.list
}

const MOUNT_KEYS = ['mountPath', 'name', 'readOnly', 'recursiveReadOnly']

/** Whether `prev` is already the status list of these spec mounts. */
export function sameMounts(prev: unknown, mounts: { mountPath: string; name: string; readOnly?: boolean }[]): boolean {
  if (!Array.isArray(prev) || prev.length !== mounts.length) return false
  for (let i = 0; i < mounts.length; i++) {
    const p = prev[i]
    const m = mounts[i]
    if (!p || p.mountPath !== m.mountPath || p.name !== m.name) return false
    if (m.readOnly ? p.readOnly !== true || p.recursiveReadOnly !== 'Disabled' || !hasKeys(p, MOUNT_KEYS, 4) : !hasKeys(p, MOUNT_KEYS, 2)) return false
  }
  return true
}
