// The node lifecycle controller and the simulator's "node failure": a silent kubelet is
// marked Unknown after the grace period and tainted unreachable; the taint eviction
// controller then evicts its pods once their toleration (300 s by default) runs out.
import type { JsonValue } from '../contract'
import type { Controller } from '../runtime/reconciler'
import type { Stateful } from '../runtime/sim'
import { rfc3339, SECOND } from '../runtime/time'
import { notFound } from '../api/errors'
import type { Ctx } from './context'
import { R, splitKey } from './util'
import type { Kubelet } from '../kubelet/kubelet'

/** node-monitor-grace-period. */
export const NODE_GRACE = 40 * SECOND
const UNREACHABLE = 'node.kubernetes.io/unreachable'
const SOURCE = { component: 'node-controller' }

export class NodeLifecycleController implements Controller, Stateful {
  readonly name = 'node-lifecycle'
  readonly stateKey = 'node-lifecycle'
  private failedAt = new Map<string, number>()

  constructor(
    private readonly ctx: Ctx,
    private readonly kubelet: Kubelet
  ) {
    ctx.sim.reconciler.register(this)
    ctx.sim.addStateful(this)
  }

  saveState(): JsonValue {
    return Object.fromEntries(this.failedAt)
  }

  restoreState(state: JsonValue): void {
    this.failedAt = new Map(Object.entries(state as Record<string, number>))
  }

  failNode(name: string): void {
    const { sim } = this.ctx
    if (!sim.store.get(R.nodes, undefined, name)) throw notFound(R.nodes, name)
    if (this.kubelet.down.has(name)) return
    this.kubelet.down.add(name)
    this.failedAt.set(name, sim.now)
    sim.reconciler.at(sim.now + NODE_GRACE, this.name, `/${name}`)
  }

  recoverNode(name: string): void {
    const { sim, server, events } = this.ctx
    const node = sim.store.get(R.nodes, undefined, name)
    if (!node) throw notFound(R.nodes, name)
    if (!this.kubelet.down.has(name)) return
    this.kubelet.down.delete(name)
    this.failedAt.delete(name)
    const stamp = rfc3339(sim.now)
    server.mutate(R.nodes, undefined, name, (d) => {
      d.spec.taints = (d.spec.taints ?? []).filter((t: { key: string }) => t.key !== UNREACHABLE)
      if (d.spec.taints.length === 0) delete d.spec.taints
    })
    server.mutate(R.nodes, undefined, name, (d) => {
      d.status.conditions = (d.status.conditions ?? []).map((c: Record<string, string>) => {
        const ready = c.type === 'Ready'
        return {
          ...c,
          status: ready ? 'True' : 'False',
          lastHeartbeatTime: stamp,
          lastTransitionTime: stamp,
          reason: ready ? 'KubeletReady' : c.type === 'MemoryPressure' ? 'KubeletHasSufficientMemory' : c.type === 'DiskPressure' ? 'KubeletHasNoDiskPressure' : 'KubeletHasSufficientPID',
          message: ready ? 'kubelet is posting ready status' : c.type === 'MemoryPressure' ? 'kubelet has sufficient memory available' : c.type === 'DiskPressure' ? 'kubelet has no disk pressure' : 'kubelet has sufficient PID available'
        }
      })
    }, true)
    const updated = sim.store.get(R.nodes, undefined, name)!
    events.record(updated, 'Normal', 'NodeReady', `Node ${name} status is now: NodeReady`, { component: 'kubelet', host: name })
    this.kubelet.resyncNode(name)
  }

  sync(key: string): void {
    const { sim } = this.ctx
    const [ns, name] = splitKey(key)
    if (ns) return // a pod timer from a snapshot older than the taint eviction controller
    const failed = this.failedAt.get(name)
    if (failed === undefined || sim.now < failed + NODE_GRACE) return
    this.markUnknown(name)
  }

  private markUnknown(name: string): void {
    const { sim, server, events } = this.ctx
    const node = sim.store.get(R.nodes, undefined, name)
    if (!node || node.spec?.taints?.some((t: { key: string }) => t.key === UNREACHABLE)) return
    const stamp = rfc3339(sim.now)
    server.mutate(R.nodes, undefined, name, (d) => {
      d.status.conditions = (d.status.conditions ?? []).map((c: Record<string, string>) => ({
        ...c,
        status: 'Unknown',
        lastTransitionTime: stamp,
        reason: 'NodeStatusUnknown',
        message: 'Kubelet stopped posting node status.'
      }))
    }, true)
    server.mutate(R.nodes, undefined, name, (d) => {
      const taints = (d.spec.taints ?? []).filter((t: { key: string }) => t.key !== UNREACHABLE)
      taints.push({ key: UNREACHABLE, effect: 'NoSchedule', timeAdded: stamp })
      taints.push({ key: UNREACHABLE, effect: 'NoExecute', timeAdded: stamp })
      d.spec.taints = taints
    })
    events.record(sim.store.get(R.nodes, undefined, name)!, 'Normal', 'NodeNotReady', `Node ${name} status is now: NodeNotReady`, SOURCE)
    for (const pod of [...sim.store.podsOnNode(name)]) {
      server.mutate(R.pods, pod.metadata.namespace, pod.metadata.name, (d) => {
        d.status.conditions = (d.status.conditions ?? []).map((c: Record<string, string>) => (c.type === 'Ready' ? { ...c, status: 'False', lastTransitionTime: stamp } : c))
      }, true)
      events.record(pod, 'Warning', 'NodeNotReady', 'Node is not ready', SOURCE)
    }
  }
}
