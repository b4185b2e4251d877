// ValidateObjectMeta: name, namespace, labels and annotations.
import type { KubeObject } from '../contract'
import type { NameRule } from '../api/strategy'
import { invalidValue, required, type FieldError } from '../api/errors'
import { dns1123Label, labelValue, qualifiedName, validateName } from './names'

export function validateLabels(labels: unknown, field: string): FieldError[] {
  const out: FieldError[] = []
  if (!labels || typeof labels !== 'object') return out
  const map = labels as Record<string, unknown>
  for (const k in map) {
    if (!Object.prototype.hasOwnProperty.call(map, k)) continue
    const v = map[k]
    for (const m of qualifiedName(k)) out.push(invalidValue(field, k, m))
    for (const m of labelValue(String(v))) out.push(invalidValue(field, v, m))
  }
  return out
}

export function validateObjectMeta(obj: KubeObject, namespaced: boolean, rule: NameRule): FieldError[] {
  const out: FieldError[] = []
  const meta = obj.metadata
  if (!meta.name && !meta.generateName) out.push(required('metadata.name', 'name or generateName is required'))
  else if (meta.name) for (const m of validateName(rule, meta.name)) out.push(invalidValue('metadata.name', meta.name, m))
  if (namespaced) {
    if (!meta.namespace) out.push(required('metadata.namespace', ''))
    else for (const m of dns1123Label(meta.namespace)) out.push(invalidValue('metadata.namespace', meta.namespace, m))
  }
  out.push(...validateLabels(meta.labels, 'metadata.labels'))
  if (meta.annotations) {
    let size = 0
    for (const [k, v] of Object.entries(meta.annotations)) {
      for (const m of qualifiedName(k)) out.push(invalidValue('metadata.annotations', k, m))
      size += k.length + String(v).length
    }
    if (size > 256 * 1024)
      out.push({ type: 'Too long', field: 'metadata.annotations', detail: 'may not be more than 262144 bytes' })
  }
  return out
}
