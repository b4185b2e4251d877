// What the cluster picture beside the terminal shows, worked out from the live
// cluster as kubectl would: nodes with their role, readiness, cordon and taints, and
// the pods placed on them with the STATUS `kubectl get pods` prints, sorted into a
// handful of tones a learner reads at a glance.
import type { ClusterApi } from '@shared/kubesim/engine'
import { quantityValue } from '@shared/kubesim/engine/api/quantity'
import type { KubeObject } from '@shared/kubesim/engine/contract'
import { nodeRoles } from '@shared/kubesim/kubectl/output/tables/cluster'
import { podSummary } from '@shared/kubesim/kubectl/output/tables/pods'

export type PodTone = 'running' | 'waiting' | 'error' | 'done' | 'terminating'

export interface PodChip {
  key: string
  name: string
  namespace: string
  /** kubectl's STATUS column: Running, ContainerCreating, CrashLoopBackOff… */
  status: string
  ready: string
  restarts: number
  tone: PodTone
  /** The pod's controller (`ReplicaSet web-7d4b9c`), if any. */
  owner?: string
}

export interface Usage {
  requested: number
  allocatable: number
}

export interface NodeCard {
  name: string
  role: string
  ready: 'Ready' | 'NotReady' | 'Unknown'
  cordoned: boolean
  taints: string[]
  cpu: Usage
  memory: Usage
  pods: PodChip[]
  /** Pods on the node left out by the namespace filter. */
  hidden: number
}

export interface ClusterPicture {
  nodes: NodeCard[]
  /** Pods no node took (Pending, FailedScheduling). */
  unscheduled: PodChip[]
  namespaces: string[]
}

export interface PictureFilter {
  /** A namespace, or `all` for every namespace. */
  namespace: string
  /** Show the pods of kube-system and the other namespaces the cluster runs itself. */
  system: boolean
}

export const SYSTEM_NAMESPACES = new Set(['kube-system', 'kube-flannel', 'kube-public', 'kube-node-lease'])

const waiting = new Set(['Pending', 'ContainerCreating', 'PodInitializing', 'NotReady', 'SchedulingGated'])

export function podTone(status: string, ready: string): PodTone {
  if (status === 'Terminating') return 'terminating'
  if (status === 'Completed' || status === 'Succeeded') return 'done'
  if (status === 'Running') {
    const [up, all] = ready.split('/')
    return up === all ? 'running' : 'waiting'
  }
  if (waiting.has(status) || /^Init:\d+\/\d+$/.test(status)) return 'waiting'
  return 'error'
}

function chip(pod: KubeObject): PodChip {
  const summary = podSummary(pod)
  const owner = pod.metadata.ownerReferences?.find((o) => o.controller)
  return {
    key: `${pod.metadata.namespace}/${pod.metadata.name}`,
    name: pod.metadata.name,
    namespace: pod.metadata.namespace ?? '',
    status: summary.status,
    ready: summary.ready,
    restarts: summary.restarts,
    tone: podTone(summary.status, summary.ready),
    ...(owner ? { owner: `${owner.kind} ${owner.name}` } : {})
  }
}

const finished = (pod: KubeObject): boolean => pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed'

function requests(pods: KubeObject[], resource: 'cpu' | 'memory'): number {
  let sum = 0
  for (const pod of pods) {
    if (finished(pod)) continue
    for (const c of pod.spec?.containers ?? []) {
      const value = quantityValue(c.resources?.requests?.[resource])
      if (Number.isFinite(value)) sum += value
    }
  }
  return sum
}

function readiness(node: KubeObject): NodeCard['ready'] {
  const ready = (node.status?.conditions ?? []).find((c: { type: string }) => c.type === 'Ready')
  if (!ready) return 'Unknown'
  return ready.status === 'True' ? 'Ready' : ready.status === 'False' ? 'NotReady' : 'Unknown'
}

const taintText = (t: { key: string; value?: string; effect: string }): string => `${t.key}${t.value ? `=${t.value}` : ''}:${t.effect}`

export function clusterPicture(cluster: ClusterApi, filter: PictureFilter): ClusterPicture {
  const pods = cluster.list('pods', undefined)
  const shown = (pod: KubeObject): boolean => {
    const ns = pod.metadata.namespace ?? ''
    if (filter.namespace !== 'all') return ns === filter.namespace
    return filter.system || !SYSTEM_NAMESPACES.has(ns)
  }
  const byNode = new Map<string, KubeObject[]>()
  const unscheduled: PodChip[] = []
  for (const pod of pods) {
    const node = pod.spec?.nodeName as string | undefined
    if (node) byNode.set(node, [...(byNode.get(node) ?? []), pod])
    else if (shown(pod)) unscheduled.push(chip(pod))
  }
  const nodes = cluster.list('nodes', undefined).map((node): NodeCard => {
    const on = byNode.get(node.metadata.name) ?? []
    const visible = on.filter(shown)
    const allocatable = node.status?.allocatable ?? {}
    return {
      name: node.metadata.name,
      role: nodeRoles(node),
      ready: readiness(node),
      cordoned: node.spec?.unschedulable === true,
      taints: (node.spec?.taints ?? []).map(taintText),
      cpu: { requested: requests(on, 'cpu'), allocatable: quantityValue(allocatable.cpu) || 0 },
      memory: { requested: requests(on, 'memory'), allocatable: quantityValue(allocatable.memory) || 0 },
      pods: visible.map(chip),
      hidden: on.length - visible.length
    }
  })
  const namespaces = cluster.list('namespaces', undefined).map((n) => n.metadata.name)
  return { nodes, unscheduled, namespaces }
}
