// What an object counts against a ResourceQuota (the quota evaluators of the controller
// manager and the admission plugin share it).
import type { KubeObject, ResourceInfo } from '../contract'
import { quantityValue } from '../api/quantity'
import type { Store } from '../runtime/store'
import { R } from '../controllers/util'
import { podResources } from '../scheduler/requests'
import { RESOURCES } from '../api/resources'

export type Usage = Record<string, number>

const OBJECT_COUNTS: Record<string, string> = {
  '/pods': 'pods',
  '/services': 'services',
  '/configmaps': 'configmaps',
  '/secrets': 'secrets',
  '/persistentvolumeclaims': 'persistentvolumeclaims',
  '/replicationcontrollers': 'replicationcontrollers',
  '/resourcequotas': 'resourcequotas'
}

function add(u: Usage, key: string, v: number): void {
  u[key] = (u[key] ?? 0) + v
}

export function isTerminalPod(pod: KubeObject): boolean {
  return pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed'
}

/** Usage of one object, in quota resource names (cpu in cores, memory in bytes). */
export function usageOf(info: ResourceInfo, obj: KubeObject): Usage {
  const u: Usage = {}
  const key = `${info.group}/${info.name}`
  add(u, `count/${info.group ? `${info.name}.${info.group}` : info.name}`, 1)
  if (OBJECT_COUNTS[key]) add(u, OBJECT_COUNTS[key], 1)
  if (key === '/pods') {
    if (isTerminalPod(obj)) return {}
    const req = podResources(obj, 'requests')
    const lim = podResources(obj, 'limits')
    add(u, 'requests.cpu', req.cpu / 1000)
    add(u, 'cpu', req.cpu / 1000)
    add(u, 'requests.memory', req.memory)
    add(u, 'memory', req.memory)
    add(u, 'requests.ephemeral-storage', req.storage)
    add(u, 'limits.cpu', lim.cpu / 1000)
    add(u, 'limits.memory', lim.memory)
    add(u, 'limits.ephemeral-storage', lim.storage)
  }
  if (key === '/services') {
    const type = obj.spec?.type
    if (type === 'NodePort' || type === 'LoadBalancer') add(u, 'services.nodeports', (obj.spec?.ports ?? []).length)
    if (type === 'LoadBalancer') add(u, 'services.loadbalancers', 1)
  }
  if (key === '/persistentvolumeclaims') {
    const size = quantityValue(obj.spec?.resources?.requests?.storage) || 0
    add(u, 'requests.storage', size)
    const sc = obj.spec?.storageClassName
    if (sc) {
      add(u, `${sc}.storageclass.storage.k8s.io/requests.storage`, size)
      add(u, `${sc}.storageclass.storage.k8s.io/persistentvolumeclaims`, 1)
    }
  }
  return u
}

/** Usage of everything in a namespace, for the resources a quota tracks. */
export function namespaceUsage(store: Store, ns: string, tracked: string[]): Usage {
  const total: Usage = {}
  for (const t of tracked) total[t] = 0
  const wanted = new Set(tracked)
  const infos = RESOURCES.filter((r) => r.namespaced && (wanted.has(`count/${r.group ? `${r.name}.${r.group}` : r.name}`) || Object.prototype.hasOwnProperty.call(OBJECT_COUNTS, `${r.group}/${r.name}`)))
  for (const info of infos) {
    for (const obj of store.list(info, ns)) {
      if (info === R.pods && obj.metadata.deletionTimestamp) continue
      for (const [k, v] of Object.entries(usageOf(info, obj))) if (wanted.has(k)) total[k] += v
    }
  }
  return total
}
