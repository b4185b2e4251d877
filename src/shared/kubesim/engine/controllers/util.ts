// Helpers shared by the controllers: keys, owner references, pod states, resource handles.
import type { KubeObject, OwnerReference, ResourceInfo } from '../contract'
import { resourceByKey } from '../api/resources'
import { fromLabelSelector, matches } from '../api/selectors'
import type { Store, WatchEvent } from '../runtime/store'
import { deepEqual } from '../runtime/objects'
import { parseTime } from '../runtime/time'

function res(key: string): ResourceInfo {
  const info = resourceByKey(key)
  if (!info) throw new Error(`unknown resource ${key}`)
  return info
}

export const R = {
  pods: res('/pods'),
  nodes: res('/nodes'),
  namespaces: res('/namespaces'),
  services: res('/services'),
  endpoints: res('/endpoints'),
  events: res('/events'),
  configmaps: res('/configmaps'),
  secrets: res('/secrets'),
  serviceaccounts: res('/serviceaccounts'),
  pvcs: res('/persistentvolumeclaims'),
  pvs: res('/persistentvolumes'),
  quotas: res('/resourcequotas'),
  limitranges: res('/limitranges'),
  deployments: res('apps/deployments'),
  replicasets: res('apps/replicasets'),
  daemonsets: res('apps/daemonsets'),
  statefulsets: res('apps/statefulsets'),
  controllerrevisions: res('apps/controllerrevisions'),
  jobs: res('batch/jobs'),
  cronjobs: res('batch/cronjobs'),
  endpointslices: res('discovery.k8s.io/endpointslices'),
  storageclasses: res('storage.k8s.io/storageclasses'),
  pdbs: res('policy/poddisruptionbudgets'),
  hpas: res('autoscaling/horizontalpodautoscalers'),
  leases: res('coordination.k8s.io/leases'),
  priorityclasses: res('scheduling.k8s.io/priorityclasses'),
  netpols: res('networking.k8s.io/networkpolicies'),
  ingresses: res('networking.k8s.io/ingresses'),
  roles: res('rbac.authorization.k8s.io/roles'),
  rolebindings: res('rbac.authorization.k8s.io/rolebindings'),
  clusterroles: res('rbac.authorization.k8s.io/clusterroles'),
  clusterrolebindings: res('rbac.authorization.k8s.io/clusterrolebindings')
}

export function keyOf(obj: KubeObject): string {
  return `${obj.metadata.namespace ?? ''}/${obj.metadata.name}`
}

export function splitKey(key: string): [string, string] {
  const i = key.indexOf('/')
  return [key.slice(0, i), key.slice(i + 1)]
}

export function controllerRef(obj: KubeObject): OwnerReference | undefined {
  return obj.metadata.ownerReferences?.find((r) => r.controller)
}

export function ownerRefTo(owner: KubeObject): OwnerReference {
  return { apiVersion: owner.apiVersion, kind: owner.kind, name: owner.metadata.name, uid: owner.metadata.uid, controller: true, blockOwnerDeletion: true }
}

/** Objects controlled by `owner` (its uid in a controller ownerReference), of one kind. */
export function controlled(store: Store, owner: KubeObject, kind: string): KubeObject[] {
  return store.dependentsOf(owner.metadata.uid).filter((o) => o.kind === kind && controllerRef(o)?.uid === owner.metadata.uid)
}

export function isTerminating(obj: KubeObject): boolean {
  return !!obj.metadata.deletionTimestamp
}

export function podPhase(pod: KubeObject): string {
  return pod.status?.phase ?? 'Pending'
}

export function isPodActive(pod: KubeObject): boolean {
  const phase = podPhase(pod)
  return phase !== 'Succeeded' && phase !== 'Failed' && !isTerminating(pod)
}

export function condition(obj: KubeObject, type: string): { status: string; lastTransitionTime?: string; reason?: string; message?: string } | undefined {
  return obj.status?.conditions?.find((c: { type: string }) => c.type === type)
}

export function isPodReady(pod: KubeObject): boolean {
  return condition(pod, 'Ready')?.status === 'True'
}

/** Ready for at least minReadySeconds at `now`. */
export function isPodAvailable(pod: KubeObject, minReadySeconds: number, now: number): boolean {
  if (!isPodReady(pod)) return false
  if (!minReadySeconds) return true
  const since = parseTime(condition(pod, 'Ready')?.lastTransitionTime) ?? now
  return since + minReadySeconds * 1000 <= now
}

/** Orphan pods in the owner's namespace that its selector matches (candidates for adoption). */
export function orphansMatching(store: Store, ns: string, selector: unknown): KubeObject[] {
  const sel = fromLabelSelector(selector)
  if (!sel || sel.length === 0) return []
  const equal: Record<string, string> = {}
  for (const r of sel) if ((r.operator === 'In' || r.operator === 'Equals') && r.values.length === 1) equal[r.key] = r.values[0]
  const out: KubeObject[] = []
  for (const pod of store.podsWithLabels(ns, equal)) {
    if (!controllerRef(pod) && !isTerminating(pod) && matches(sel, pod.metadata.labels)) out.push(pod)
  }
  return out
}

export function setCondition(conditions: Record<string, unknown>[], next: Record<string, unknown>, nowStamp: string): Record<string, unknown>[] {
  const i = conditions.findIndex((c) => c.type === next.type)
  const prev = i >= 0 ? conditions[i] : undefined
  const merged: Record<string, unknown> = { ...next }
  if (prev && prev.status === next.status) merged.lastTransitionTime = prev.lastTransitionTime ?? nowStamp
  else merged.lastTransitionTime = nowStamp
  if ('lastUpdateTime' in next || (prev && 'lastUpdateTime' in prev)) {
    const same = prev && prev.status === next.status && prev.reason === next.reason && prev.message === next.message
    merged.lastUpdateTime = same ? prev.lastUpdateTime : nowStamp
  }
  const out = [...conditions]
  if (i >= 0) out[i] = merged
  else out.push(merged)
  return out
}

/** Anything but a status write: what makes an owner worth reconciling again. */
export function notJustStatus(e: WatchEvent): boolean {
  if (e.type !== 'MODIFIED' || !e.old) return true
  const a = e.old.metadata
  const b = e.object.metadata
  return (
    a.generation !== b.generation ||
    a.deletionTimestamp !== b.deletionTimestamp ||
    !deepEqual(a.labels, b.labels) ||
    !deepEqual(a.annotations, b.annotations) ||
    !deepEqual(a.ownerReferences, b.ownerReferences) ||
    !deepEqual(a.finalizers, b.finalizers)
  )
}
