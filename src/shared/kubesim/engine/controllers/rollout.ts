// Deployment arithmetic shared by the controller: surge/unavailable bounds, revisions, template equality.
import type { KubeObject } from '../contract'
import { deepEqual } from '../runtime/objects'

export const REVISION = 'deployment.kubernetes.io/revision'
export const REVISION_HISTORY = 'deployment.kubernetes.io/revision-history'
export const DESIRED_REPLICAS = 'deployment.kubernetes.io/desired-replicas'
export const MAX_REPLICAS = 'deployment.kubernetes.io/max-replicas'
export const HASH_LABEL = 'pod-template-hash'

/** Annotations the controller never copies from a Deployment onto its ReplicaSets. */
const NOT_COPIED = new Set(['kubectl.kubernetes.io/last-applied-configuration', REVISION, REVISION_HISTORY, DESIRED_REPLICAS, MAX_REPLICAS])

export function copiedAnnotations(d: KubeObject): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(d.metadata.annotations ?? {})) if (!NOT_COPIED.has(k)) out[k] = v
  return out
}

/** intstr.GetScaledValueFromIntOrPercent. */
export function scaled(value: unknown, total: number, roundUp: boolean): number {
  if (typeof value === 'number') return value
  if (typeof value === 'string' && value.endsWith('%')) {
    const pct = parseInt(value, 10)
    const v = (pct * total) / 100
    return roundUp ? Math.ceil(v) : Math.floor(v)
  }
  if (typeof value === 'string' && /^\d+$/.test(value)) return parseInt(value, 10)
  return 0
}

export function surgeAndUnavailable(d: KubeObject): { maxSurge: number; maxUnavailable: number } {
  const replicas = d.spec?.replicas ?? 1
  if (d.spec?.strategy?.type !== 'RollingUpdate') return { maxSurge: 0, maxUnavailable: replicas }
  const ru = d.spec.strategy.rollingUpdate ?? {}
  const maxSurge = scaled(ru.maxSurge ?? '25%', replicas, true)
  let maxUnavailable = scaled(ru.maxUnavailable ?? '25%', replicas, false)
  if (maxSurge === 0 && maxUnavailable === 0) maxUnavailable = 1
  return { maxSurge, maxUnavailable: Math.min(maxUnavailable, replicas) }
}

export function revisionOf(rs: KubeObject): number {
  return parseInt(rs.metadata.annotations?.[REVISION] ?? '0', 10) || 0
}

function withoutHash(template: KubeObject['spec']): unknown {
  if (!template?.metadata?.labels) return template
  const labels = { ...template.metadata.labels }
  delete labels[HASH_LABEL]
  return { ...template, metadata: { ...template.metadata, labels } }
}

/** EqualIgnoreHash: the ReplicaSet runs the Deployment's current template. */
export function sameTemplate(rsTemplate: KubeObject['spec'], template: KubeObject['spec']): boolean {
  return deepEqual(withoutHash(rsTemplate), withoutHash(template))
}
