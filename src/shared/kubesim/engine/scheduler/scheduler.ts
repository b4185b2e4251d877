// kube-scheduler: filter nodes, score the feasible ones, bind; or leave the pod Pending
// with the exact FailedScheduling diagnosis. Unschedulable pods retry on cluster changes
// and at least every 5 minutes.
import type { JsonValue, KubeObject } from '../contract'
import type { Controller } from '../runtime/reconciler'
import type { Stateful } from '../runtime/sim'
import { MINUTE, rfc3339 } from '../runtime/time'
import { copyWith, deepEqual } from '../runtime/objects'
import type { Ctx } from '../controllers/context'
import { keyOf, R, splitKey } from '../controllers/util'
import { SchedulerCache } from './cache'
import { placePod, type Placement } from './cycle'
import { sharedCondition, type Condition } from '../runtime/status-parts'

const SOURCE = { component: 'default-scheduler' }

export class Scheduler implements Controller, Stateful {
  readonly name = 'scheduler'
  readonly stateKey = 'scheduler'
  readonly cache: SchedulerCache
  private unschedulable = new Set<string>()
  /** When each unschedulable pod's periodic retry is due (podMaxInUnschedulablePodsDuration). */
  private retryAt = new Map<string, number>()
  private nextStart = 0

  constructor(private readonly ctx: Ctx) {
    const { sim } = ctx
    this.cache = new SchedulerCache(sim.store)
    sim.reconciler.register(this)
    sim.addStateful(this)
    sim.store.watch((e) => {
      this.cache.handle(e)
      if (e.resource === R.pods) {
        const pod = e.object
        const key = keyOf(pod)
        if (e.type === 'DELETED') {
          this.unschedulable.delete(key)
          this.retryAt.delete(key)
          this.retryAll()
        } else if (this.wants(pod)) {
          if (!this.unschedulable.has(key) || e.type === 'ADDED') sim.reconciler.enqueue(this.name, key)
        } else if (e.old && pod.spec?.nodeName && isTerminal(pod) && !isTerminal(e.old)) this.retryAll()
      } else if (e.resource === R.nodes) {
        if (e.type !== 'MODIFIED' || nodeSchedulingChanged(e.old, e.object)) this.retryAll()
      } else if (e.resource === R.pvcs || e.resource === R.pvs) {
        this.retryAll()
      }
    }, [R.pods, R.nodes, R.pvcs, R.pvs])
  }

  private wants(pod: KubeObject): boolean {
    return !pod.spec?.nodeName && !pod.metadata.deletionTimestamp && (pod.spec?.schedulerName ?? 'default-scheduler') === 'default-scheduler' && !isTerminal(pod) && !(pod.spec?.schedulingGates?.length)
  }

  /** Cluster event: move every unschedulable pod back to the active queue. */
  private retryAll(): void {
    for (const key of this.unschedulable) this.ctx.sim.reconciler.enqueue(this.name, key)
  }

  saveState(): JsonValue {
    return { unschedulable: [...this.unschedulable], retryAt: Object.fromEntries(this.retryAt), nextStart: this.nextStart }
  }

  restoreState(state: JsonValue): void {
    const s = state as { unschedulable: string[]; retryAt: Record<string, number>; nextStart: number }
    this.unschedulable = new Set(s.unschedulable)
    this.retryAt = new Map(Object.entries(s.retryAt))
    this.nextStart = s.nextStart
  }

  sync(key: string): void {
    const { sim, server, events } = this.ctx
    const [ns, name] = splitKey(key)
    const pod = sim.store.get(R.pods, ns, name)
    if (!pod || !this.wants(pod)) {
      this.unschedulable.delete(key)
      this.retryAt.delete(key)
      return
    }
    const result: Placement = placePod(sim, this.cache, pod, this.nextStart)
    this.nextStart = result.nextStart
    if (result.node) {
      this.unschedulable.delete(key)
      this.retryAt.delete(key)
      for (const pvc of result.delayedClaims) {
        server.mutate(R.pvcs, pvc.metadata.namespace, pvc.metadata.name, (d) => {
          d.metadata.annotations = { ...(d.metadata.annotations ?? {}), 'volume.kubernetes.io/selected-node': result.node! }
        })
      }
      const scheduled = sharedCondition(undefined, 'PodScheduled', 'True', rfc3339(sim.now))
      const others: { type: string }[] = pod.status?.conditions ?? []
      const conditions = others.length ? [...others.filter((c) => c.type !== 'PodScheduled'), scheduled] : only(scheduled)
      const bound = server.replace(R.pods, { ...pod, spec: copyWith(pod.spec, 'nodeName', result.node), status: copyWith(pod.status, 'conditions', conditions) })
      events.record(bound, 'Normal', 'Scheduled', `Successfully assigned ${ns}/${name} to ${result.node}`, SOURCE)
      return
    }
    this.unschedulable.add(key)
    const message = result.message!
    const updated = server.mutate(R.pods, ns, name, (d) => {
      const prev = (d.status.conditions ?? []).find((c: { type: string }) => c.type === 'PodScheduled')
      const others = (d.status.conditions ?? []).filter((c: { type: string }) => c.type !== 'PodScheduled')
      others.push({
        type: 'PodScheduled',
        status: 'False',
        lastProbeTime: null,
        lastTransitionTime: prev?.status === 'False' ? prev.lastTransitionTime : rfc3339(sim.now),
        reason: 'Unschedulable',
        message
      })
      d.status.conditions = others
    }, true)
    if (updated) events.record(updated, 'Warning', 'FailedScheduling', message, SOURCE)
    if ((this.retryAt.get(key) ?? 0) <= sim.now) {
      this.retryAt.set(key, sim.now + 5 * MINUTE)
      sim.reconciler.at(sim.now + 5 * MINUTE, this.name, key)
    }
  }
}

let onlyScheduled: Condition[] = []

/** `[condition]`, shared by the pods bound at the same second. */
function only(condition: Condition): Condition[] {
  if (onlyScheduled[0] !== condition) onlyScheduled = Object.freeze([condition]) as Condition[]
  return onlyScheduled
}

function isTerminal(pod: KubeObject): boolean {
  return pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed'
}

/** kube-scheduler's nodeSchedulingPropertiesChange: only a change a filter could see moves the
 *  unschedulable pods back to the queue, so a kubelet's heartbeat (a new lastHeartbeatTime
 *  every five minutes) does not retry every Pending pod. */
function nodeSchedulingChanged(old: KubeObject | undefined, node: KubeObject): boolean {
  if (!old) return true
  const conditions = (n: KubeObject) => (n.status?.conditions ?? []).map((c: Condition) => `${c.type}=${c.status}`).join()
  return (
    !!old.spec?.unschedulable !== !!node.spec?.unschedulable ||
    !deepEqual(old.metadata.labels, node.metadata.labels) ||
    !deepEqual(old.spec?.taints, node.spec?.taints) ||
    !deepEqual(old.status?.allocatable, node.status?.allocatable) ||
    conditions(old) !== conditions(node)
  )
}
