// Client-side apply's three-way merge (apimachinery strategicpatch
// CreateThreeWayMergePatch): fields removed since the last apply are deleted,
// fields of the new file that differ from the live object are set, fields that only
// the server or other clients wrote are kept. Lists of built-in types are merged by
// their patchMergeKey (containers by name, ports by port, env by name…).

type Json = unknown
type Obj = Record<string, Json>

function isObj(v: Json): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

export function deepEqual(a: Json, b: Json): boolean {
  if (a === b) return true
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]))
  if (isObj(a) && isObj(b)) {
    const ka = Object.keys(a)
    const kb = Object.keys(b)
    return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepEqual(a[k], b[k]))
  }
  return false
}

/** The patchMergeKey of a list field of the built-in types, by field name. */
function mergeKey(field: string, sample: Json[]): string | undefined {
  switch (field) {
    case 'containers':
    case 'initContainers':
    case 'ephemeralContainers':
    case 'env':
    case 'volumes':
    case 'imagePullSecrets':
    case 'resourceClaims':
      return 'name'
    case 'volumeMounts':
      return 'mountPath'
    case 'volumeDevices':
      return 'devicePath'
    case 'hostAliases':
      return 'ip'
    case 'ownerReferences':
      return 'uid'
    case 'conditions':
      return 'type'
    case 'ports':
      return sample.some((p) => isObj(p) && 'containerPort' in p) ? 'containerPort' : 'port'
  }
  return undefined
}

function keyed(list: Json[], key: string): Map<string, Obj> {
  const m = new Map<string, Obj>()
  for (const item of list) if (isObj(item) && item[key] !== undefined) m.set(String(item[key]), item)
  return m
}

function mergeList(field: string, original: Json, modified: Json[], current: Json): Json[] {
  const key = mergeKey(field, [...modified, ...(Array.isArray(current) ? current : [])])
  if (!key || !Array.isArray(current) || !modified.every((x) => isObj(x) && x[key] !== undefined)) return modified
  const orig = keyed(Array.isArray(original) ? original : [], key)
  const cur = keyed(current, key)
  const mod = keyed(modified, key)
  const out: Json[] = []
  for (const m of modified) {
    const k = String((m as Obj)[key])
    const c = cur.get(k)
    out.push(c ? applyPatch(c, threeWayPatch(orig.get(k), m as Obj, c)) : m)
  }
  for (const c of current) {
    if (!isObj(c) || c[key] === undefined) continue
    const k = String(c[key])
    if (!mod.has(k) && !orig.has(k)) out.push(c)
  }
  return out
}

/** The changes that turn `current` into what `modified` asks for, given what was applied before (`original`). */
export function threeWayPatch(original: Json, modified: Obj, current: Obj): Obj {
  const patch: Obj = {}
  const orig = isObj(original) ? original : {}
  for (const [k, m] of Object.entries(modified)) {
    const c = current[k]
    if (!(k in current)) {
      if (m !== null) patch[k] = m
    } else if (isObj(m) && isObj(c)) {
      const sub = threeWayPatch(orig[k], m, c)
      if (Object.keys(sub).length) patch[k] = sub
    } else if (Array.isArray(m)) {
      const merged = mergeList(k, orig[k], m, c)
      if (!deepEqual(merged, c)) patch[k] = merged
    } else if (!deepEqual(m, c)) {
      patch[k] = m
    }
  }
  for (const k of Object.keys(orig)) {
    if (!(k in modified) && k in current) patch[k] = null
  }
  return patch
}

/** Applies a patch made by threeWayPatch (null deletes a field). */
export function applyPatch(current: Obj, patch: Obj): Obj {
  const out: Obj = { ...current }
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k]
    else if (isObj(v) && isObj(out[k])) out[k] = applyPatch(out[k] as Obj, v)
    else out[k] = v
  }
  return out
}

/** pruneNullsFromMap: a create drops the null fields of the file, as an update would. */
export function pruneNulls(v: Json): Json {
  if (Array.isArray(v)) return v.map(pruneNulls)
  if (isObj(v)) {
    const out: Obj = {}
    for (const [k, x] of Object.entries(v)) if (x !== null) out[k] = pruneNulls(x)
    return out
  }
  return v
}
