// The schema language: one description per type feeds strict decoding (unknown fields,
// wrong JSON types with Go's own wording) and `kubectl explain`.

export type Kind = 'string' | 'integer' | 'boolean' | 'number' | 'object' | 'array' | 'map' | 'intstr' | 'quantity' | 'any'

export interface Schema {
  kind: Kind
  /** Go type as json errors print it: int32, []v1.Container, map[string]string. */
  go: string
  /** Type as `kubectl explain` prints it: integer, []Container, map[string]string. */
  type: string
  description?: string
  /** Go struct name for object types ("Container"), used in "Go struct field Container.…". */
  struct?: string
  fields?: () => Record<string, Field>
  items?: Schema
}

export interface Field {
  schema: Schema
  description: string
  required?: boolean
  /**
   * What `kubectl explain` shows in place of `schema`. Status blocks decode as `any` (a
   * manifest saved from `get -o yaml` must apply as before) yet explain their real type.
   */
  explain?: Schema
}

function prim(kind: Kind, type: string, go: string): Schema {
  return { kind, type, go }
}

export const string = prim('string', 'string', 'string')
export const int32 = prim('integer', 'integer', 'int32')
export const int64 = prim('integer', 'integer', 'int64')
export const boolean = prim('boolean', 'boolean', 'bool')
export const number = prim('number', 'number', 'float64')
export const time = prim('string', 'string', 'v1.Time')
export const intstr: Schema = { kind: 'intstr', type: 'IntOrString', go: 'intstr.IntOrString' }
export const quantity: Schema = { kind: 'quantity', type: 'Quantity', go: 'resource.Quantity' }
export const any: Schema = { kind: 'any', type: 'Object', go: 'runtime.RawExtension' }

export function struct(name: string, description: string, fields: () => Record<string, Field>, pkg = 'v1'): Schema {
  return { kind: 'object', type: name, go: `${pkg}.${name}`, struct: name, description, fields: memo(fields) }
}

export function array(of: Schema): Schema {
  return { kind: 'array', type: `[]${of.type}`, go: `[]${of.go}`, items: of, description: of.description }
}

export function map(of: Schema = string): Schema {
  return { kind: 'map', type: `map[string]${of.type}`, go: `map[string]${of.go}`, items: of }
}

export function f(schema: Schema, description: string, required = false): Field {
  return required ? { schema, description, required } : { schema, description }
}

/** A status field: accepted as sent on create/apply, explained as `shape`. */
export function observed(shape: Schema, description: string): Field {
  return { schema: any, description, explain: shape }
}

function memo<T>(make: () => T): () => T {
  let value: T | undefined
  return () => (value ??= make())
}
