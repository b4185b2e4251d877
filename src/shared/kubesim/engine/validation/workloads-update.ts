// Update rules: immutable selectors and job templates.
import type { KubeObject } from '../contract'
import { deepEqual } from '../runtime/objects'
import { invalidValue, type FieldError } from '../api/errors'
import { labelSelectorRepr } from './selector'
import { validateDeployment, validateJob } from './workloads'
import { GoRepr } from '../api/errors'

export function validateSelectorImmutable(obj: KubeObject, old: KubeObject): FieldError[] {
  if (deepEqual(obj.spec?.selector, old.spec?.selector)) return []
  return [invalidValue('spec.selector', labelSelectorRepr(obj.spec?.selector), 'field is immutable')]
}

export function validateDeploymentUpdate(obj: KubeObject, old: KubeObject): FieldError[] {
  return [...validateSelectorImmutable(obj, old), ...validateDeployment(obj)]
}

export function validateJobUpdate(obj: KubeObject, old: KubeObject): FieldError[] {
  const out = validateJob(obj)
  if (!deepEqual(obj.spec?.template, old.spec?.template))
    out.push(invalidValue('spec.template', new GoRepr('core.PodTemplateSpec{...}'), 'field is immutable'))
  if (obj.spec?.completions !== old.spec?.completions)
    out.push(invalidValue('spec.completions', obj.spec?.completions, 'field is immutable'))
  return out
}
