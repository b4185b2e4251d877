// Decoding a request body as the API server does with fieldValidation=Strict: the first
// JSON type mismatch fails with encoding/json's wording, then every unknown field is listed.
import type { KubeObject, ResourceInfo } from '../contract'
import { badRequest } from '../api/errors'
import { parseQuantity, QUANTITY_ERROR } from '../api/quantity'
import { deepClone, isPlainObject } from '../runtime/objects'
import type { Schema } from './dsl'
import { schemaFor } from './registry'

class TypeMismatch extends Error {}

function jsonKind(value: unknown): string {
  if (Array.isArray(value)) return 'array'
  if (value === null) return 'null'
  if (typeof value === 'boolean') return 'bool'
  if (typeof value === 'number') return 'number'
  return typeof value === 'string' ? 'string' : 'object'
}

interface Walk {
  unknown: string[]
  /** Path without indexes (as json type errors print it). */
  path: string
  /** Path with indexes (as strict-decoding errors print it). */
  strict: string
  /** Enclosing Go struct. */
  owner: string
}

function mismatch(value: unknown, w: Walk, go: string, detail?: string): never {
  const what = typeof value === 'number' && detail ? `number ${value}` : jsonKind(value)
  throw new TypeMismatch(`json: cannot unmarshal ${what} into Go struct field ${w.owner}.${w.path} of type ${go}`)
}

function walk(value: unknown, schema: Schema, w: Walk): void {
  if (value === null || value === undefined) return
  switch (schema.kind) {
    case 'any':
      return
    case 'string':
      if (typeof value !== 'string') mismatch(value, w, schema.go)
      return
    case 'boolean':
      if (typeof value !== 'boolean') mismatch(value, w, schema.go)
      return
    case 'number':
      if (typeof value !== 'number') mismatch(value, w, schema.go)
      return
    case 'integer':
      if (typeof value !== 'number') mismatch(value, w, schema.go)
      if (!Number.isInteger(value)) mismatch(value, w, schema.go, 'fraction')
      return
    case 'intstr':
      if (typeof value !== 'string' && !(typeof value === 'number' && Number.isInteger(value))) mismatch(value, w, schema.go)
      return
    case 'quantity':
      if (typeof value !== 'string' && typeof value !== 'number') mismatch(value, w, schema.go)
      if (!parseQuantity(value)) throw new TypeMismatch(QUANTITY_ERROR)
      return
    case 'array':
      if (!Array.isArray(value)) mismatch(value, w, schema.go)
      value.forEach((item, i) => walk(item, schema.items!, { ...w, strict: `${w.strict}[${i}]` }))
      return
    case 'map':
      if (!isPlainObject(value)) mismatch(value, w, schema.go)
      for (const [k, v] of Object.entries(value)) walk(v, schema.items!, { ...w, strict: `${w.strict}[${k}]` })
      return
    case 'object': {
      if (!isPlainObject(value)) mismatch(value, w, schema.go)
      const fields = schema.fields!()
      for (const [k, v] of Object.entries(value)) {
        const field = fields[k]
        const strict = w.strict ? `${w.strict}.${k}` : k
        if (!field) {
          w.unknown.push(strict)
          continue
        }
        walk(v, field.schema, { unknown: w.unknown, path: w.path ? `${w.path}.${k}` : k, strict, owner: schema.struct ?? w.owner })
      }
    }
  }
}

/** Checks the body against the resource's schema; returns a private copy to store. */
export function decodeObject(info: ResourceInfo, input: Record<string, unknown>): KubeObject {
  const prefix = `${info.kind} in version "${info.version}" cannot be handled as a ${info.kind}: `
  if (input.metadata !== undefined && input.metadata !== null && !isPlainObject(input.metadata))
    throw badRequest(`${prefix}json: cannot unmarshal ${jsonKind(input.metadata)} into Go struct field ${info.kind}.metadata of type v1.ObjectMeta`)
  const schema = schemaFor(info)
  if (schema) {
    const unknown: string[] = []
    try {
      walk(input, schema, { unknown, path: '', strict: '', owner: info.kind })
    } catch (e) {
      if (e instanceof TypeMismatch) throw badRequest(prefix + e.message)
      throw e
    }
    if (unknown.length) throw badRequest(`${prefix}strict decoding error: ${unknown.map((u) => `unknown field "${u}"`).join(', ')}`)
  }
  return (schema ? typed(input, schema) : deepClone(input)) as KubeObject
}

/** What Go's json leaves for a null inside an array: the element type's zero value. */
function zero(schema: Schema): unknown {
  switch (schema.kind) {
    case 'string':
      return ''
    case 'integer':
    case 'number':
    case 'intstr':
      return 0
    case 'boolean':
      return false
    case 'quantity':
      return '0'
    case 'array':
      return []
    case 'any':
      return null
    default:
      return {}
  }
}

/**
 * Decoding into kubectl's compiled-in types (the non-strict codec of `--overrides`): the
 * first JSON type mismatch fails with encoding/json's bare text, unknown fields are dropped.
 */
export function decodeTyped(info: ResourceInfo, input: Record<string, unknown>): { object: KubeObject } | { error: string } {
  const schema = schemaFor(info)
  if (!schema) return { object: deepClone(input) as KubeObject }
  try {
    walk(input, schema, { unknown: [], path: '', strict: '', owner: info.kind })
  } catch (e) {
    if (e instanceof TypeMismatch) return { error: e.message }
    throw e
  }
  return { object: typed(input, schema, true) as KubeObject }
}

/** The stored form of a decoded value: null fields are absent, null elements are zero values. */
function typed(value: unknown, schema: Schema, dropUnknown = false): unknown {
  if (schema.kind === 'any') return deepClone(value)
  if (Array.isArray(value)) return value.map((v) => (v === null ? zero(schema.items!) : typed(v, schema.items!, dropUnknown)))
  if (!isPlainObject(value)) return value
  const fields = schema.kind === 'object' ? schema.fields!() : undefined
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(value)) {
    const inner = fields ? fields[k]?.schema : schema.items
    // metav1.Time is a struct: its zero value is written back as null, not left out.
    if (v === null) {
      if (inner?.go === 'v1.Time') out[k] = null
      continue
    }
    if (inner) out[k] = typed(v, inner, dropUnknown)
    else if (!dropUnknown) out[k] = deepClone(v)
  }
  return out
}
