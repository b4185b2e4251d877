// Node heartbeats. Each kubelet renews its Lease in kube-node-lease every 10 s (a quarter of
// its 40 s duration) and posts its node status at least every 5 minutes
// (nodeStatusReportFrequency) even when nothing changed. So `describe node` shows a RenewTime
// a few seconds old and a LastHeartbeatTime a few minutes old, as on a live cluster; a failed
// node (failNode) stops both, which is what the course's "Panne de Node" shows.
//
// Heartbeats start with the simulation, not with the replayed set-up ten days earlier: ten
// days of renewals would be 260,000 writes per node for a picture nobody sees.
import type { JsonValue } from '../contract'
import type { Controller } from '../runtime/reconciler'
import type { Stateful } from '../runtime/sim'
import { rfc3339, rfc3339Micro, SECOND } from '../runtime/time'
import type { Ctx } from '../controllers/context'
import { R } from '../controllers/util'
import type { Kubelet } from './kubelet'

/** kubelet's lease renew interval: leaseDurationSeconds (40) × 0.25. */
export const LEASE_RENEW_INTERVAL = 10 * SECOND
/** nodeStatusReportFrequency: an unchanged status is still posted this often. */
export const NODE_STATUS_REPORT = 5 * 60 * SECOND
const LEASE_NAMESPACE = 'kube-node-lease'
/** The conditions the kubelet posts; NetworkUnavailable belongs to the CNI (flannel). */
const KUBELET_CONDITIONS = new Set(['MemoryPressure', 'DiskPressure', 'PIDPressure', 'Ready'])

export class NodeHeartbeats implements Controller, Stateful {
  readonly name = 'node-heartbeat'
  readonly stateKey = 'node-heartbeat'
  private started = false
  /** When each node last posted its status. */
  private reported = new Map<string, number>()

  constructor(
    private readonly ctx: Ctx,
    private readonly kubelet: Kubelet
  ) {
    ctx.sim.reconciler.register(this)
    ctx.sim.addStateful(this)
  }

  saveState(): JsonValue {
    return { started: this.started, reported: Object.fromEntries(this.reported) }
  }

  restoreState(state: JsonValue): void {
    const s = state as { started?: boolean; reported?: Record<string, number> }
    this.started = s.started === true
    this.reported = new Map(Object.entries(s.reported ?? {}))
  }

  /** The simulation starts: every kubelet beats now, then on its own timer. Idempotent, so a
   *  snapshot saved before heartbeats existed gets them on restore. */
  start(): void {
    if (this.started) return
    this.started = true
    for (const node of this.ctx.sim.store.all(R.nodes)) this.beat(node.metadata.name)
  }

  sync(name: string): void {
    this.beat(name)
  }

  private beat(name: string): void {
    const { sim } = this.ctx
    // A node deleted from the API has no kubelet left to beat for it.
    if (!sim.store.get(R.nodes, undefined, name)) return
    if (!this.kubelet.down.has(name)) {
      this.renewLease(name)
      const last = this.reported.get(name)
      if (last === undefined || sim.now - last >= NODE_STATUS_REPORT) this.reportStatus(name)
    }
    sim.reconciler.at(sim.now + LEASE_RENEW_INTERVAL, this.name, name)
  }

  private renewLease(name: string): void {
    const renewTime = rfc3339Micro(this.ctx.sim.now)
    this.ctx.server.mutate(R.leases, LEASE_NAMESPACE, name, (d) => {
      d.spec = { ...(d.spec ?? {}), renewTime }
    })
  }

  private reportStatus(name: string): void {
    const { sim, server } = this.ctx
    const stamp = rfc3339(sim.now)
    this.reported.set(name, sim.now)
    server.mutate(R.nodes, undefined, name, (d) => {
      const conditions: Record<string, unknown>[] = d.status?.conditions ?? []
      for (const c of conditions) if (KUBELET_CONDITIONS.has(c.type as string)) c.lastHeartbeatTime = stamp
    }, true)
  }
}
