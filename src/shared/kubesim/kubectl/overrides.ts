// `--overrides` and `--override-type` of `kubectl run` and `kubectl expose`
// (pkg/cmd/util/override_options.go): the generated object is encoded to JSON, patched
// with the inline JSON — an RFC 7396 merge patch by default, a strategic merge patch or an
// RFC 6902 JSON patch on request — and decoded back into kubectl's compiled-in type, which
// silently drops unknown fields. The patch code and the type schema are the same pure
// modules the engine uses, as kubectl and the API server share apimachinery and k8s.io/api.
import { ApiException, type ResourceInfo } from '../engine/contract'
import { applyPatch } from '../engine/api/patch'
import { decodeTyped } from '../engine/schema/decode'
import type { Ctx } from './context'
import { CmdError } from './errors'
import { flagString, type FlagSpec } from './flags'
import { goJsonSyntaxError } from './json-syntax'

export const OVERRIDE_FLAGS: FlagSpec[] = [
  { name: 'overrides', type: 'string', usage: 'An inline JSON override for the generated object. If this is non-empty, it is used to override the generated object. Requires that the object supply a valid apiVersion field.' },
  { name: 'override-type', type: 'string', default: 'merge', usage: 'The method used to override the generated object: json, merge, or strategic.' }
]

type Obj = Record<string, unknown>

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)

/** evanphx/json-patch mergeDocs: null deletes a key, objects merge, anything else replaces (its nulls pruned). */
function mergeDocs(doc: Obj, patch: Obj): Obj {
  const out: Obj = { ...doc }
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k]
    else if (!(k in out)) out[k] = pruneNulls(v)
    else if (!isObj(out[k])) out[k] = pruneNulls(v)
    else out[k] = isObj(v) ? mergeDocs(out[k] as Obj, v) : v
  }
  return out
}

function pruneNulls(v: unknown): unknown {
  if (Array.isArray(v)) return v.filter((x) => x !== null).map(pruneNulls)
  if (!isObj(v)) return v
  return Object.fromEntries(Object.entries(v).filter(([, x]) => x !== null).map(([k, x]) => [k, pruneNulls(x)]))
}

function patched(obj: Obj, text: string, type: string): unknown {
  const syntax = goJsonSyntaxError(text)
  switch (type) {
    case 'merge': {
      const patch = syntax ? undefined : (JSON.parse(text) as unknown)
      if (syntax || patch === null || (!isObj(patch) && !Array.isArray(patch))) throw new CmdError('Invalid JSON Patch')
      return Array.isArray(patch) ? pruneNulls(patch) : mergeDocs(obj, patch)
    }
    case 'strategic': {
      const patch = syntax ? undefined : (JSON.parse(text) as unknown)
      if (syntax || (patch !== null && !isObj(patch))) throw new CmdError('invalid JSON document')
      return patch === null ? obj : serverPatch(obj, patch, 'strategic')
    }
    case 'json': {
      if (syntax) throw new CmdError(syntax)
      const patch = JSON.parse(text) as unknown
      if (!Array.isArray(patch) && patch !== null) throw new CmdError(`json: cannot unmarshal ${isObj(patch) ? 'object' : typeof patch === 'boolean' ? 'bool' : typeof patch} into Go value of type jsonpatch.Patch`)
      return serverPatch(obj, patch ?? [], 'json')
    }
    default:
      throw new CmdError(`invalid override type: ${type}`)
  }
}

function serverPatch(obj: Obj, patch: unknown, type: 'strategic' | 'json'): unknown {
  try {
    return applyPatch(structuredClone(obj), patch, type)
  } catch (e) {
    if (e instanceof ApiException) throw new CmdError(e.status.message)
    throw e
  }
}

/** encoding/json writes the struct fields that are not pointers even when empty. */
function goZeroStructs(obj: Obj): Obj {
  const meta = isObj(obj.metadata) ? obj.metadata : {}
  const out: Obj = { ...obj, metadata: { ...meta, creationTimestamp: meta.creationTimestamp ?? null } }
  if (obj.kind === 'Pod') {
    const spec = isObj(obj.spec) ? { ...obj.spec } : {}
    for (const field of ['initContainers', 'containers', 'ephemeralContainers']) {
      if (Array.isArray(spec[field])) spec[field] = (spec[field] as Obj[]).map((c) => ({ ...c, resources: c.resources ?? {} }))
    }
    out.spec = spec
    out.status = obj.status ?? {}
  } else if (obj.kind === 'Service') {
    out.spec = obj.spec ?? {}
    const status = isObj(obj.status) ? obj.status : {}
    out.status = { ...status, loadBalancer: status.loadBalancer ?? {} }
  }
  return out
}

/** The generated object with `--overrides` applied, or as generated when the flag is empty. */
export function applyOverrides(ctx: Ctx, obj: Obj, info: ResourceInfo): Obj {
  const text = flagString(ctx.flags, 'overrides')
  if (!text) return obj
  const result = patched(obj, text, flagString(ctx.flags, 'override-type') || 'merge')
  if (!isObj(result)) {
    const kind = Array.isArray(result) ? 'array' : result === null ? 'null' : typeof result
    throw new CmdError(`couldn't get version/kind; json parse error: json: cannot unmarshal ${kind} into Go value of type struct { APIVersion string "json:\\"apiVersion,omitempty\\""; Kind string "json:\\"kind,omitempty\\"" }`)
  }
  const decoded = decodeTyped(info, result)
  if ('error' in decoded) throw new CmdError(decoded.error)
  return goZeroStructs(decoded.object as unknown as Obj)
}
