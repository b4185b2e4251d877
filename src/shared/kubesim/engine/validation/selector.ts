// Label selector validation and the "selector does not match template labels" check.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { GoRepr, goLiteral, invalidValue, notSupported, required, type FieldError } from '../api/errors'
import { selectorMatches } from '../api/selectors'
import { isPlainObject } from '../runtime/objects'
import { validateLabels } from './meta'

/** Go's %#v of a *metav1.LabelSelector, as it appears in field errors. */
export function labelSelectorRepr(sel: any): GoRepr {
  const labels = isPlainObject(sel?.matchLabels) ? goLiteral(sel.matchLabels) : 'map[string]string(nil)'
  const exprs = Array.isArray(sel?.matchExpressions) && sel.matchExpressions.length
    ? `[]v1.LabelSelectorRequirement{${sel.matchExpressions
        .map((e: any) => `v1.LabelSelectorRequirement{Key:${JSON.stringify(e.key ?? '')}, Operator:${JSON.stringify(e.operator ?? '')}, Values:${Array.isArray(e.values) ? goLiteral(e.values) : '[]string(nil)'}}`)
        .join(', ')}}`
    : '[]v1.LabelSelectorRequirement(nil)'
  return new GoRepr(`&v1.LabelSelector{MatchLabels:${labels}, MatchExpressions:${exprs}}`)
}

export function validateLabelSelector(sel: any, path: string): FieldError[] {
  const out: FieldError[] = []
  if (!isPlainObject(sel)) return out
  out.push(...validateLabels((sel as any).matchLabels, `${path}.matchLabels`))
  const ops = ['In', 'NotIn', 'Exists', 'DoesNotExist']
  ;(Array.isArray((sel as any).matchExpressions) ? (sel as any).matchExpressions : []).forEach((e: any, i: number) => {
    const p = `${path}.matchExpressions[${i}]`
    if (!isPlainObject(e)) return
    if (!ops.includes((e as any).operator)) out.push(notSupported(`${p}.operator`, (e as any).operator, ops))
    const values = (e as any).values
    if (((e as any).operator === 'In' || (e as any).operator === 'NotIn') && (!Array.isArray(values) || values.length === 0))
      out.push(required(`${p}.values`, 'must be specified when `operator` is \'In\' or \'NotIn\''))
    if (((e as any).operator === 'Exists' || (e as any).operator === 'DoesNotExist') && Array.isArray(values) && values.length)
      out.push({ type: 'Forbidden', field: `${p}.values`, detail: 'may not be specified when `operator` is \'Exists\' or \'DoesNotExist\'' })
  })
  return out
}

/** Workload selector rules: required, non-empty, and matching the template's labels. */
export function validateWorkloadSelector(spec: any, kindWord: string): FieldError[] {
  const out: FieldError[] = []
  const sel = spec?.selector
  if (!isPlainObject(sel)) {
    out.push(required('spec.selector'))
    return out
  }
  const empty = !isPlainObject((sel as any).matchLabels) || Object.keys((sel as any).matchLabels).length === 0
  const noExprs = !Array.isArray((sel as any).matchExpressions) || (sel as any).matchExpressions.length === 0
  if (empty && noExprs) out.push(invalidValue('spec.selector', labelSelectorRepr(sel), `empty selector is invalid for ${kindWord}`))
  out.push(...validateLabelSelector(sel, 'spec.selector'))
  const labels = spec?.template?.metadata?.labels
  if (out.length === 0 && !selectorMatches(sel, labels))
    out.push(invalidValue('spec.template.metadata.labels', new GoRepr(isPlainObject(labels) ? goLiteral(labels) : 'map[string]string(nil)'), '`selector` does not match template `labels`'))
  return out
}
