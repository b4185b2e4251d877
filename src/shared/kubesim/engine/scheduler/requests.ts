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

// Sums in local variables rather than one object per container: these run for every pod.
function cpuOf(list: Record<string, unknown>): number {
  return list.cpu !== undefined ? milli(list.cpu) : 0
}

function bytesOf(list: Record<string, unknown>, key: string): number {
  return list[key] !== undefined ? Math.round(quantityValue(list[key])) || 0 : 0
}

const NONE: Record<string, unknown> = {}

export function podResources(pod: KubeObject, which: 'requests' | 'limits' = 'requests'): Requests {
  let cpu = 0
  let memory = 0
  let storage = 0
  for (const c of (pod.spec?.containers ?? []) as Container[]) {
    const list = c.resources?.[which] ?? NONE
    cpu += cpuOf(list)
    memory += bytesOf(list, 'memory')
    storage += bytesOf(list, 'ephemeral-storage')
  }
  let sideCpu = 0
  let sideMemory = 0
  let sideStorage = 0
  for (const c of (pod.spec?.initContainers ?? []) as Container[]) {
    const list = c.resources?.[which] ?? NONE
    const rCpu = cpuOf(list)
    const rMemory = bytesOf(list, 'memory')
    const rStorage = bytesOf(list, 'ephemeral-storage')
    if (c.restartPolicy === 'Always') {
      sideCpu += rCpu
      sideMemory += rMemory
      sideStorage += rStorage
      continue
    }
    cpu = Math.max(cpu, rCpu + sideCpu)
    memory = Math.max(memory, rMemory + sideMemory)
    storage = Math.max(storage, rStorage + sideStorage)
  }
  cpu += sideCpu
  memory += sideMemory
  storage += sideStorage
  const overhead = pod.spec?.overhead
  if (overhead) {
    cpu += overhead.cpu !== undefined ? milli(overhead.cpu) : 0
    memory += overhead.memory !== undefined ? quantityValue(overhead.memory) : 0
  }
  return { cpu, memory, storage }
}

/** Requests with the scheduler's non-zero defaults per container, for scoring. */
export function nonZeroRequests(pod: KubeObject): { cpu: number; memory: number } {
  let cpu = 0
  let memory = 0
  for (const c of (pod.spec?.containers ?? []) as Container[]) {
    const list = c.resources?.requests ?? NONE
    cpu += c.resources?.requests?.cpu !== undefined ? cpuOf(list) : DEFAULT_MILLI_CPU
    memory += c.resources?.requests?.memory !== undefined ? bytesOf(list, 'memory') : DEFAULT_MEMORY
  }
  return { cpu, memory }
}
