// Strategies of the simple core/v1 kinds.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { registerStrategy } from '../api/strategy'
import { invalidValue, required, notSupported, type FieldError } from '../api/errors'
import { encodeBase64 } from '../runtime/base64'
import { deepEqual, isPlainObject } from '../runtime/objects'
import { configMapKey } from '../validation/names'
import type { KubeObject } from '../contract'

registerStrategy('', 'namespaces', {
  name: 'label',
  statusSubresource: true,
  defaults(obj) {
    obj.metadata.labels = { ...(obj.metadata.labels ?? {}), 'kubernetes.io/metadata.name': obj.metadata.name }
  },
  prepareForCreate(obj) {
    obj.spec = { finalizers: ['kubernetes'] }
    obj.status = { phase: 'Active' }
  },
  prepareForUpdate(obj, old) {
    obj.spec = old.spec
  }
})

registerStrategy('', 'nodes', { statusSubresource: true })

function validateDataKeys(obj: KubeObject, fields: string[]): FieldError[] {
  const out: FieldError[] = []
  const seen = new Set<string>()
  for (const f of fields) {
    const data = obj[f]
    if (!isPlainObject(data)) continue
    for (const key of Object.keys(data)) {
      for (const m of configMapKey(key)) out.push(invalidValue(`${f}[${key}]`, key, m))
      if (seen.has(key)) out.push(invalidValue(`${f}[${key}]`, key, 'duplicate of key present in ' + fields[0]))
      seen.add(key)
    }
  }
  return out
}

function immutableData(obj: KubeObject, old: KubeObject, fields: string[]): FieldError[] {
  if (old.immutable !== true) return []
  const out: FieldError[] = []
  for (const f of fields) if (!deepEqual(obj[f], old[f])) out.push({ type: 'Forbidden', field: f, detail: 'field is immutable when `immutable` is set' })
  if (obj.immutable !== true) out.push({ type: 'Forbidden', field: 'immutable', detail: 'field is immutable when `immutable` is set' })
  return out
}

registerStrategy('', 'configmaps', {
  validate: (obj) => validateDataKeys(obj, ['data', 'binaryData']),
  validateUpdate: (obj, old) => [...validateDataKeys(obj, ['data', 'binaryData']), ...immutableData(obj, old, ['data', 'binaryData'])]
})

const SECRET_TYPES: Record<string, string[]> = {
  'kubernetes.io/dockerconfigjson': ['.dockerconfigjson'],
  'kubernetes.io/dockercfg': ['.dockercfg'],
  'kubernetes.io/tls': ['tls.crt', 'tls.key'],
  'kubernetes.io/basic-auth': [],
  'kubernetes.io/ssh-auth': ['ssh-privatekey']
}

function validateSecret(obj: KubeObject): FieldError[] {
  const out = validateDataKeys(obj, ['data'])
  for (const key of SECRET_TYPES[obj.type] ?? []) if (obj.data?.[key] === undefined) out.push(required(`data[${key}]`))
  if (obj.type === 'kubernetes.io/service-account-token' && !obj.metadata.annotations?.['kubernetes.io/service-account.name'])
    out.push(required('metadata.annotations[kubernetes.io/service-account.name]'))
  return out
}

registerStrategy('', 'secrets', {
  defaults(obj) {
    obj.type ??= 'Opaque'
    // stringData is write-only: the server merges it into data, base64-encoded.
    if (isPlainObject(obj.stringData)) {
      obj.data = isPlainObject(obj.data) ? obj.data : {}
      for (const [k, v] of Object.entries(obj.stringData as Record<string, unknown>)) obj.data[k] = encodeBase64(String(v))
    }
    delete obj.stringData
  },
  validate: validateSecret,
  validateUpdate(obj, old) {
    const out = [...validateSecret(obj), ...immutableData(obj, old, ['data'])]
    if (obj.type !== old.type) out.push(invalidValue('type', obj.type, 'field is immutable'))
    return out
  }
})

registerStrategy('', 'serviceaccounts', {})
registerStrategy('', 'endpoints', {})
registerStrategy('', 'events', {
  validate(obj) {
    const out: FieldError[] = []
    if (!obj.involvedObject) out.push(required('involvedObject'))
    if (obj.type && !['Normal', 'Warning'].includes(obj.type)) out.push(notSupported('type', obj.type, ['Normal', 'Warning']))
    return out
  }
})
registerStrategy('', 'limitranges', {})
registerStrategy('', 'resourcequotas', { statusSubresource: true })
