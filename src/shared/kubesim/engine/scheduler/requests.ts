// A pod's effective requests (max of the init containers and the sum of the app containers,
// plus overhead), as the scheduler and the ResourceQuota admission compute them.
import type { KubeObject } from '../contract'
import { milli, quantityValue } from '../api/quantity'

export interface Requests {
  cpu: number // millicores
  memory: number // bytes
  storage: number // ephemeral-storage bytes
}

/** The scheduler scores zero-request pods as if they asked for this much. */
export const DEFAULT_MILLI_CPU = 100
export const DEFAULT_MEMORY = 200 * 1024 * 1024

type Container = { resources?: { requests?: Record<string, unknown>; limits?: Record<string, unknown> }; restartPolicy?: string }

function of(c: Container, which: 'requests' | 'limits'): Requests {
  const list = c.resources?.[which] ?? {}
  return {
    cpu: list.cpu !== undefined ? milli(list.cpu) : 0,
    memory: list.memory !== undefined ? Math.round(quantityValue(list.memory)) || 0 : 0,
    storage: list['ephemeral-storage'] !== undefined ? Math.round(quantityValue(list['ephemeral-storage'])) || 0 : 0
  }
}

export function podResources(pod: KubeObject, which: 'requests' | 'limits' = 'requests'): Requests {
  const total: Requests = { cpu: 0, memory: 0, storage: 0 }
  for (const c of (pod.spec?.containers ?? []) as Container[]) {
    const r = of(c, which)
    total.cpu += r.cpu
    total.memory += r.memory
    total.storage += r.storage
  }
  let sidecars: Requests = { cpu: 0, memory: 0, storage: 0 }
  for (const c of (pod.spec?.initContainers ?? []) as Container[]) {
    const r = of(c, which)
    if (c.restartPolicy === 'Always') {
      sidecars = { cpu: sidecars.cpu + r.cpu, memory: sidecars.memory + r.memory, storage: sidecars.storage + r.storage }
      continue
    }
    total.cpu = Math.max(total.cpu, r.cpu + sidecars.cpu)
    total.memory = Math.max(total.memory, r.memory + sidecars.memory)
    total.storage = Math.max(total.storage, r.storage + sidecars.storage)
  }
  total.cpu += sidecars.cpu
  total.memory += sidecars.memory
  total.storage += sidecars.storage
  const overhead = pod.spec?.overhead
  if (overhead) {
    total.cpu += overhead.cpu !== undefined ? milli(overhead.cpu) : 0
    total.memory += overhead.memory !== undefined ? quantityValue(overhead.memory) : 0
  }
  return total
}

/** Requests with the scheduler's non-zero defaults per container, for scoring. */
export function nonZeroRequests(pod: KubeObject): { cpu: number; memory: number } {
  let cpu = 0
  let memory = 0
  for (const c of (pod.spec?.containers ?? []) as Container[]) {
    const r = of(c, 'requests')
    cpu += c.resources?.requests?.cpu !== undefined ? r.cpu : DEFAULT_MILLI_CPU
    memory += c.resources?.requests?.memory !== undefined ? r.memory : DEFAULT_MEMORY
  }
  return { cpu, memory }
}
