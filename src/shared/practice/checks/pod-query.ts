// Selecting pods for the `pods` and `placement` checks: by label selector or by the
// selector of a workload, optionally on one node or leaving DaemonSet pods out.
import type { ClusterApi, KubeObject } from '../../kubesim/engine/contract'
import { fr } from '../messages'
import { matches, parseSelector, selectorFromObject, type Requirement } from '../selector'
import { CheckFailure, getRef, refText } from './context'

export interface PodQuery {
  namespace?: string
  allNamespaces?: boolean
  selector?: string
  of?: { kind: string; name: string }
  name?: string
  node?: string
  exceptDaemonSets?: boolean
}

function scope(query: PodQuery): string | undefined {
  return query.allNamespaces ? undefined : (query.namespace ?? 'default')
}

/** How the selected pods are named in labels and messages. */
export function describePods(cluster: ClusterApi, query: PodQuery): string {
  const ns = scope(query)
  const base = query.of
    ? fr.podsOf(refText(cluster, { ...query.of, namespace: ns }))
    : query.name
      ? refText(cluster, { kind: 'pods', name: query.name, namespace: ns })
      : fr.podsSelected(query.selector ?? '', fr.scope(ns))
  const extras = [query.node && fr.podsOnNode(query.node), query.exceptDaemonSets && fr.exceptDaemonSets]
  return [base, ...extras].filter(Boolean).join(' ')
}

function workloadSelector(cluster: ClusterApi, query: PodQuery & { of: { kind: string; name: string } }): Requirement[] {
  const ref = { ...query.of, namespace: scope(query) }
  const workload = getRef(cluster, ref)
  if (!workload) throw new CheckFailure(fr.existsFailed(refText(cluster, ref)))
  const selector = workload.spec?.selector
  if (!selector) throw new CheckFailure(fr.noWorkloadSelector(refText(cluster, ref)))
  // Services and ReplicationControllers carry a plain map; the others a LabelSelector.
  const isMap = !('matchLabels' in selector) && !('matchExpressions' in selector)
  const requirements = selectorFromObject(isMap ? { matchLabels: selector } : selector)
  if (requirements.length === 0) throw new CheckFailure(fr.noWorkloadSelector(refText(cluster, ref)))
  return requirements
}

/** Live pods (not terminating) the query designates. */
export function selectPods(cluster: ClusterApi, query: PodQuery): KubeObject[] {
  const requirements = query.of
    ? workloadSelector(cluster, { ...query, of: query.of })
    : parseSelector(query.selector ?? '')
  return cluster
    .list('pods', scope(query))
    .filter((pod) => !pod.metadata.deletionTimestamp)
    .filter((pod) => matches(requirements, pod.metadata.labels))
    .filter((pod) => !query.name || pod.metadata.name === query.name)
    .filter((pod) => !query.node || pod.spec?.nodeName === query.node)
    .filter((pod) => !query.exceptDaemonSets || !pod.metadata.ownerReferences?.some((o) => o.kind === 'DaemonSet'))
}

export function isReady(pod: KubeObject): boolean {
  const conditions: { type: string; status: string }[] = pod.status?.conditions ?? []
  return conditions.some((c) => c.type === 'Ready' && c.status === 'True')
}

/** The reason kubectl would show in STATUS for a waiting or terminated container. */
export function podState(pod: KubeObject): string {
  const statuses: { state?: Record<string, { reason?: string }> }[] = [
    ...(pod.status?.initContainerStatuses ?? []),
    ...(pod.status?.containerStatuses ?? [])
  ]
  for (const status of statuses) {
    const reason = status.state?.waiting?.reason ?? status.state?.terminated?.reason
    if (reason && reason !== 'Completed') return reason
  }
  return pod.status?.phase ?? 'Pending'
}
