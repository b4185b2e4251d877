// Node selectors, node affinity, tolerations: pure predicates over labels and taints.
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Taint } from './cache'

export interface Toleration {
  key?: string
  operator?: string
  value?: string
  effect?: string
  tolerationSeconds?: number
}

export function tolerates(t: Toleration, taint: Taint): boolean {
  if (t.effect && t.effect !== taint.effect) return false
  if ((t.operator ?? 'Equal') === 'Exists') return !t.key || t.key === taint.key
  return t.key === taint.key && (t.value ?? '') === (taint.value ?? '')
}

export function untolerated(taints: Taint[], tolerations: Toleration[]): Taint | undefined {
  for (const taint of taints) if (!tolerations.some((t) => tolerates(t, taint))) return taint
  return undefined
}

function requirementMatches(expr: any, value: string | undefined): boolean {
  const values: string[] = expr?.values ?? []
  switch (expr?.operator) {
    case 'In':
      return value !== undefined && values.includes(value)
    case 'NotIn':
      return value === undefined || !values.includes(value)
    case 'Exists':
      return value !== undefined
    case 'DoesNotExist':
      return value === undefined
    case 'Gt':
      return value !== undefined && parseInt(value, 10) > parseInt(values[0], 10)
    case 'Lt':
      return value !== undefined && parseInt(value, 10) < parseInt(values[0], 10)
    default:
      return false
  }
}

export function nodeSelectorTermMatches(term: any, labels: Record<string, string>, nodeName: string): boolean {
  const exprs: any[] = term?.matchExpressions ?? []
  const fields: any[] = term?.matchFields ?? []
  if (exprs.length === 0 && fields.length === 0) return false
  for (const e of exprs) if (!requirementMatches(e, labels[e.key])) return false
  for (const f of fields) if (!requirementMatches(f, f.key === 'metadata.name' ? nodeName : undefined)) return false
  return true
}

/** nodeSelector and requiredDuringScheduling node affinity together (the NodeAffinity filter). */
export function nodeAffinityMatches(spec: any, labels: Record<string, string>, nodeName: string): boolean {
  const selector = spec?.nodeSelector
  if (selector) for (const k in selector) if (labels[k] !== selector[k]) return false
  const terms: any[] | undefined = spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms
  if (terms && !terms.some((t) => nodeSelectorTermMatches(t, labels, nodeName))) return false
  return true
}

export function preferredAffinityScore(spec: any, labels: Record<string, string>, nodeName: string): number {
  let score = 0
  for (const p of spec?.affinity?.nodeAffinity?.preferredDuringSchedulingIgnoredDuringExecution ?? [])
    if (nodeSelectorTermMatches(p.preference, labels, nodeName)) score += p.weight ?? 0
  return score
}
