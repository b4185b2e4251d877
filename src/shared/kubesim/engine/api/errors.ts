// apimachinery's StatusError constructors, with the exact message shapes of k8s.io/apimachinery/pkg/api/errors.
import { ApiException, type ApiStatus, type ResourceInfo } from '../contract'

type Reason = ApiStatus['reason']

function fail(code: number, reason: Reason, message: string, details?: ApiStatus['details']): ApiException {
  const status: ApiStatus = { kind: 'Status', apiVersion: 'v1', status: 'Failure', message, reason, code }
  if (details) status.details = details
  return new ApiException(status)
}

/** `deployments.apps`, or `pods` for the core group. */
export function qualifiedResource(info: Pick<ResourceInfo, 'name' | 'group'>): string {
  return info.group ? `${info.name}.${info.group}` : info.name
}

/** `Deployment.apps`, or `Pod` for the core group. */
export function qualifiedKind(info: Pick<ResourceInfo, 'kind' | 'group'>): string {
  return info.group ? `${info.kind}.${info.group}` : info.kind
}

export function notFound(info: Pick<ResourceInfo, 'name' | 'group'>, name: string): ApiException {
  return fail(404, 'NotFound', `${qualifiedResource(info)} "${name}" not found`, { name, group: info.group, kind: info.name })
}

export function alreadyExists(info: Pick<ResourceInfo, 'name' | 'group'>, name: string): ApiException {
  return fail(409, 'AlreadyExists', `${qualifiedResource(info)} "${name}" already exists`, {
    name,
    group: info.group,
    kind: info.name
  })
}

export function conflict(info: Pick<ResourceInfo, 'name' | 'group'>, name: string, why: string): ApiException {
  return fail(409, 'Conflict', `Operation cannot be fulfilled on ${qualifiedResource(info)} "${name}": ${why}`, {
    name,
    group: info.group,
    kind: info.name
  })
}

export const STALE_OBJECT = 'the object has been modified; please apply your changes to the latest version and try again'

export function forbidden(info: Pick<ResourceInfo, 'name' | 'group'>, name: string, why: string): ApiException {
  const subject = name ? `${qualifiedResource(info)} "${name}"` : qualifiedResource(info)
  return fail(403, 'Forbidden', `${subject} is forbidden: ${why}`, { name: name || undefined, group: info.group, kind: info.name })
}

export function badRequest(message: string): ApiException {
  return fail(400, 'BadRequest', message)
}

export function tooManyRequests(message: string, causes?: { reason: string; message: string; field?: string }[]): ApiException {
  return fail(429, 'TooManyRequests', message, causes ? { causes } : undefined)
}

export function internalError(message: string): ApiException {
  return fail(500, 'InternalError', `Internal error occurred: ${message}`)
}

export function serverNotFound(): ApiException {
  return fail(404, 'NotFound', 'the server could not find the requested resource')
}

export type FieldErrorType =
  | 'Required value'
  | 'Invalid value'
  | 'Unsupported value'
  | 'Forbidden'
  | 'Duplicate value'
  | 'Too long'
  | 'Too many'
  | 'Not found'

const CAUSE: Record<FieldErrorType, string> = {
  'Required value': 'FieldValueRequired',
  'Invalid value': 'FieldValueInvalid',
  'Unsupported value': 'FieldValueNotSupported',
  Forbidden: 'FieldValueForbidden',
  'Duplicate value': 'FieldValueDuplicate',
  'Too long': 'FieldValueTooLong',
  'Too many': 'FieldValueTooMany',
  'Not found': 'FieldValueNotFound'
}

/** A value as Go's %v / %q / %#v would print it in a field error. */
export class GoRepr {
  constructor(readonly text: string) {}
}

export interface FieldError {
  type: FieldErrorType
  field: string
  value?: unknown
  detail?: string
}

function renderValue(value: unknown): string {
  if (value instanceof GoRepr) return value.text
  if (value === null || value === undefined) return 'null'
  if (typeof value === 'string') return JSON.stringify(value)
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return goLiteral(value)
}

/** Go's %#v of a JSON-ish value (maps as map[string]string{…}, others as their JSON). */
export function goLiteral(value: unknown): string {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const entries = Object.entries(value as Record<string, unknown>)
    if (entries.every(([, v]) => typeof v === 'string')) {
      const body = entries
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`)
        .join(', ')
      return `map[string]string{${body}}`
    }
  }
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) {
    return `[]string{${value.map((v) => JSON.stringify(v)).join(', ')}}`
  }
  return JSON.stringify(value)
}

export function fieldErrorBody(e: FieldError): string {
  let body: string = e.type
  const omit = e.type === 'Required value' || e.type === 'Forbidden' || e.type === 'Too long' || !('value' in e)
  if (!omit) body += `: ${renderValue(e.value)}`
  if (e.detail) body += `: ${e.detail}`
  return body
}

export function fieldErrorText(e: FieldError): string {
  return `${e.field}: ${fieldErrorBody(e)}`
}

export function aggregate(messages: string[]): string {
  return messages.length === 1 ? messages[0] : `[${messages.join(', ')}]`
}

export function invalid(info: Pick<ResourceInfo, 'kind' | 'group' | 'name'>, name: string, errors: FieldError[]): ApiException {
  const message = `${qualifiedKind(info)} "${name}" is invalid: ${aggregate(errors.map(fieldErrorText))}`
  return fail(422, 'Invalid', message, {
    name,
    group: info.group,
    kind: info.kind,
    causes: errors.map((e) => ({ reason: CAUSE[e.type], message: fieldErrorBody(e), field: e.field }))
  })
}

export const required = (field: string, detail?: string): FieldError => ({ type: 'Required value', field, detail })
export const invalidValue = (field: string, value: unknown, detail?: string): FieldError => ({
  type: 'Invalid value',
  field,
  value,
  detail
})
export const forbiddenField = (field: string, detail: string): FieldError => ({ type: 'Forbidden', field, detail })
export const notSupported = (field: string, value: unknown, supported: string[]): FieldError => ({
  type: 'Unsupported value',
  field,
  value,
  detail: `supported values: ${supported.map((s) => JSON.stringify(s)).join(', ')}`
})
export const duplicate = (field: string, value: unknown): FieldError => ({ type: 'Duplicate value', field, value })
