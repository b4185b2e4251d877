// `kubectl explain`: the documentation of a resource or of one of its fields, with its
// direct children.
import type { FieldDoc, ResourceInfo } from '../contract'
import type { Field, Schema } from './dsl'
import { schemaFor } from './registry'

/** The schema explain follows for a field: its explain-only shape when it has one. */
const shown = (field: Field): Schema => field.explain ?? field.schema

/** What a list or a map holds; any other schema is its own element. */
const element = (schema: Schema): Schema => (schema.kind === 'array' || schema.kind === 'map' ? schema.items! : schema)

function children(schema: Schema): FieldDoc[] | undefined {
  const target = element(schema)
  if (target.kind !== 'object' || !target.fields) return undefined
  return Object.entries(target.fields())
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, field]) => doc(name, field, false))
}

function doc(name: string, field: Field, deep: boolean): FieldDoc {
  const schema = shown(field)
  const out: FieldDoc = { name, type: schema.type, description: field.description }
  if (field.required) out.required = true
  if (deep) {
    const target = element(schema)
    const own = target.kind === 'object' ? target.description : undefined
    if (own && !out.description.includes(own)) out.description = `${out.description}\n${own}`
    const kids = children(schema)
    if (kids) out.fields = kids
  }
  return out
}

/** Undefined when the resource has no schema or the path names no field. */
export function explainField(resource: ResourceInfo, fieldPath: string[]): FieldDoc | undefined {
  const root = schemaFor(resource)
  if (!root) return undefined
  if (fieldPath.length === 0) {
    const out: FieldDoc = { name: resource.kind, type: resource.kind, description: root.description ?? '' }
    const kids = children(root)
    if (kids) out.fields = kids
    return out
  }
  let schema: Schema = root
  let field: Field | undefined
  for (const name of fieldPath) {
    const target = element(schema)
    field = target.kind === 'object' ? target.fields!()[name] : undefined
    if (!field) return undefined
    schema = shown(field)
  }
  return doc(fieldPath[fieldPath.length - 1], field!, true)
}
