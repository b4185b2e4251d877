// PATCH bodies: JSON merge patch (RFC 7386), JSON patch (RFC 6902) and strategic merge
// patch (lists merged by their patchMergeKey, with the $patch / $setElementOrder /
// $deleteFromPrimitiveList / $retainKeys directives kubectl sends).
import type { PatchType } from '../contract'
import { deepClone, deepEqual, isPlainObject } from '../runtime/objects'
import { badRequest } from './errors'

type Json = unknown
type Obj = Record<string, unknown>

export function mergePatch(target: Json, patch: Json): Json {
  if (!isPlainObject(patch)) return deepClone(patch)
  const out: Obj = isPlainObject(target) ? { ...target } : {}
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k]
    else out[k] = mergePatch(out[k], v)
  }
  return out
}

/** patchMergeKey of the list fields kubectl users patch (from the Go struct tags). */
const MERGE_KEYS: Record<string, string | ((items: Obj[]) => string | undefined)> = {
  containers: 'name',
  initContainers: 'name',
  ephemeralContainers: 'name',
  volumes: 'name',
  volumeMounts: 'mountPath',
  volumeDevices: 'devicePath',
  env: 'name',
  imagePullSecrets: 'name',
  hostAliases: 'ip',
  ownerReferences: 'uid',
  conditions: 'type',
  topologySpreadConstraints: 'topologyKey',
  resourceClaims: 'name',
  ports: (items) => (items.some((i) => 'containerPort' in i) ? 'containerPort' : items.some((i) => 'port' in i) ? 'port' : undefined)
}

/** Lists of scalars merged as sets under strategic merge. */
const SET_LISTS = new Set(['finalizers'])

function mergeKeyFor(field: string, items: Obj[]): string | undefined {
  const k = MERGE_KEYS[field]
  return typeof k === 'function' ? k(items) : k
}

function strategicList(field: string, target: unknown[], patch: unknown[], order: unknown[] | undefined): unknown[] {
  const objects = patch.filter(isPlainObject) as Obj[]
  const key = mergeKeyFor(field, [...objects, ...(target.filter(isPlainObject) as Obj[])])
  if (SET_LISTS.has(field) && patch.every((p) => !isPlainObject(p))) {
    const out = [...target]
    for (const p of patch) if (!out.some((t) => deepEqual(t, p))) out.push(p)
    return out
  }
  if (!key) {
    if (objects.some((o) => o.$patch === 'replace')) return patch.filter((p) => !(isPlainObject(p) && p.$patch === 'replace'))
    return deepClone(patch)
  }
  if (objects.some((o) => o.$patch === 'replace')) return deepClone(patch.filter((p) => !(isPlainObject(p) && p.$patch)))
  const out = target.map((t) => t)
  for (const p of objects) {
    const idx = out.findIndex((t) => isPlainObject(t) && deepEqual(t[key], p[key]))
    if (p.$patch === 'delete') {
      if (idx >= 0) out.splice(idx, 1)
      continue
    }
    const { $patch: _ignored, ...rest } = p
    void _ignored
    if (idx >= 0) out[idx] = strategicMerge(out[idx], rest)
    else out.push(strategicMerge({}, rest))
  }
  if (order) {
    const rank = (item: unknown): number => {
      if (!isPlainObject(item)) return order.length
      const i = order.findIndex((o) => isPlainObject(o) && deepEqual(o[key], item[key]))
      return i < 0 ? order.length : i
    }
    out.sort((a, b) => rank(a) - rank(b))
  }
  return out
}

export function strategicMerge(target: Json, patch: Json): Json {
  if (!isPlainObject(patch)) return deepClone(patch)
  if (patch.$patch === 'replace') {
    const { $patch: _p, ...rest } = patch
    void _p
    return deepClone(rest)
  }
  if (patch.$patch === 'delete') return undefined
  const out: Obj = isPlainObject(target) ? { ...target } : {}
  const retain = Array.isArray(patch.$retainKeys) ? (patch.$retainKeys as string[]) : undefined
  for (const [k, v] of Object.entries(patch)) {
    if (k === '$retainKeys' || k === '$patch' || k.startsWith('$setElementOrder/')) continue
    if (k.startsWith('$deleteFromPrimitiveList/')) {
      const field = k.slice('$deleteFromPrimitiveList/'.length)
      if (Array.isArray(out[field]) && Array.isArray(v)) out[field] = (out[field] as unknown[]).filter((x) => !v.some((d) => deepEqual(d, x)))
      continue
    }
    if (v === null) {
      delete out[k]
      continue
    }
    if (Array.isArray(v)) {
      const order = patch[`$setElementOrder/${k}`]
      out[k] = strategicList(k, Array.isArray(out[k]) ? (out[k] as unknown[]) : [], v, Array.isArray(order) ? order : undefined)
    } else if (isPlainObject(v)) {
      const merged = strategicMerge(out[k], v)
      if (merged === undefined) delete out[k]
      else out[k] = merged
    } else out[k] = v
  }
  if (retain) for (const k of Object.keys(out)) if (!retain.includes(k)) delete out[k]
  for (const [k, order] of Object.entries(patch)) {
    if (!k.startsWith('$setElementOrder/') || !Array.isArray(order)) continue
    const field = k.slice('$setElementOrder/'.length)
    if (Array.isArray(out[field]) && !Array.isArray(patch[field])) out[field] = strategicList(field, out[field] as unknown[], [], order)
  }
  return out
}

function unescape(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~')
}

function pointer(path: unknown): string[] {
  if (typeof path !== 'string') throw badRequest('json: cannot unmarshal path')
  if (path === '') return []
  if (!path.startsWith('/')) throw badRequest(`the server rejected our request due to an error in our request`)
  return path.slice(1).split('/').map(unescape)
}

function jsonPatch(doc: Json, ops: unknown): Json {
  if (!Array.isArray(ops)) throw badRequest('json: cannot unmarshal object into Go value of type jsonpatch.Patch')
  let root = deepClone(doc)
  for (const raw of ops) {
    if (!isPlainObject(raw)) throw badRequest('json: cannot unmarshal into Go value of type jsonpatch.Operation')
    const op = raw.op
    const path = pointer(raw.path)
    const missing = (what: string): never => {
      throw badRequest(`${what} operation does not apply: doc is missing path: ${String(raw.path)}: missing value`)
    }
    const parentOf = (p: string[]): [unknown, string] => {
      let cur: unknown = root
      for (const t of p.slice(0, -1)) {
        if (Array.isArray(cur)) cur = cur[Number(t)]
        else if (isPlainObject(cur)) cur = cur[t]
        else cur = undefined
        if (cur === undefined) missing(String(op))
      }
      return [cur, p[p.length - 1]]
    }
    const read = (p: string[]): unknown => {
      let cur: unknown = root
      for (const t of p) {
        if (Array.isArray(cur)) cur = cur[t === '-' ? cur.length : Number(t)]
        else if (isPlainObject(cur)) cur = cur[t]
        else return undefined
      }
      return cur
    }
    const add = (p: string[], value: unknown): void => {
      if (p.length === 0) {
        root = deepClone(value)
        return
      }
      const [parent, last] = parentOf(p)
      if (Array.isArray(parent)) {
        const i = last === '-' ? parent.length : Number(last)
        if (!Number.isInteger(i) || i < 0 || i > parent.length) missing('add')
        parent.splice(i, 0, deepClone(value))
      } else if (isPlainObject(parent)) parent[last] = deepClone(value)
      else missing('add')
    }
    const remove = (p: string[], what: string): void => {
      const [parent, last] = parentOf(p)
      if (Array.isArray(parent)) {
        const i = Number(last)
        if (!Number.isInteger(i) || i < 0 || i >= parent.length) missing(what)
        parent.splice(i, 1)
      } else if (isPlainObject(parent) && last in parent) delete parent[last]
      else missing(what)
    }
    switch (op) {
      case 'add':
        add(path, raw.value)
        break
      case 'remove':
        remove(path, 'remove')
        break
      case 'replace':
        if (path.length && read(path) === undefined) missing('replace')
        if (path.length) remove(path, 'replace')
        add(path, raw.value)
        break
      case 'move': {
        const from = pointer(raw.from)
        const value = read(from)
        if (value === undefined) missing('move')
        remove(from, 'move')
        add(path, value)
        break
      }
      case 'copy': {
        const value = read(pointer(raw.from))
        if (value === undefined) missing('copy')
        add(path, value)
        break
      }
      case 'test':
        if (!deepEqual(read(path), raw.value)) throw badRequest(`testing value ${String(raw.path)} failed: test failed`)
        break
      default:
        throw badRequest(`Unexpected kind: ${String(op)}`)
    }
  }
  return root
}

export function applyPatch(doc: Json, patch: unknown, type: PatchType): Json {
  switch (type) {
    case 'json':
      return jsonPatch(doc, patch)
    case 'merge':
      if (!isPlainObject(patch)) throw badRequest('json: cannot unmarshal array into Go value of type map[string]interface {}')
      return mergePatch(doc, patch)
    default:
      if (!isPlainObject(patch)) throw badRequest('json: cannot unmarshal array into Go value of type map[string]interface {}')
      return strategicMerge(doc, patch)
  }
}
