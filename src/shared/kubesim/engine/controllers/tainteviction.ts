// The taint eviction controller (kube-controller-manager's taint-eviction-controller, once
// the NoExecuteTaintManager): a pod on a node with a NoExecute taint it does not tolerate is
// deleted at once; one that tolerates every such taint for a bounded time
// (tolerationSeconds) is deleted when the shortest of those runs out, counted from when the
// taint was noticed; a taint removed, or a toleration without a time limit, cancels it.
import type { JsonValue, KubeObject } from '../contract'
import type { Controller } from '../runtime/reconciler'
import type { Stateful } from '../runtime/sim'
import { deepEqual } from '../runtime/objects'
import { rfc3339, SECOND } from '../runtime/time'
import { tolerates, type Toleration } from '../scheduler/affinity'
import type { Taint } from '../scheduler/cache'
import type { Ctx } from './context'
import { keyOf, R, setCondition, splitKey } from './util'

const SOURCE = { component: 'taint-eviction-controller' }

interface Eviction {
  createdAt: number
  fireAt: number
}

function noExecuteTaints(node: KubeObject | undefined): Taint[] {
  return (node?.spec?.taints ?? []).filter((t: Taint) => t.effect === 'NoExecute')
}

/** v1helper.GetMatchingTolerations: the toleration used for each taint, or undefined if one is not tolerated. */
function matchingTolerations(taints: Taint[], tolerations: Toleration[]): Toleration[] | undefined {
  const used: Toleration[] = []
  for (const taint of taints) {
    const t = tolerations.find((x) => tolerates(x, taint))
    if (!t) return undefined
    used.push(t)
  }
  return used
}

/** Milliseconds the pod may stay; -1 means forever (no tolerationSeconds on any used toleration). */
function minTolerationTime(used: Toleration[]): number {
  if (used.length === 0) return 0
  let min = Infinity
  for (const t of used) {
    if (t.tolerationSeconds === undefined || t.tolerationSeconds === null) continue
    if (t.tolerationSeconds <= 0) return 0
    min = Math.min(min, t.tolerationSeconds)
  }
  return min === Infinity ? -1 : min * SECOND
}

export class TaintEvictionController implements Controller, Stateful {
  readonly name = 'taint-eviction'
  readonly stateKey = 'taint-eviction'
  /** NoExecute taints per node, as last seen (taintedNodes). */
  private readonly tainted = new Map<string, Taint[]>()
  /** Scheduled deletions by pod key (the TimedWorkerQueue). */
  private scheduled = new Map<string, Eviction>()

  constructor(private readonly ctx: Ctx) {
    const { sim } = ctx
    sim.reconciler.register(this)
    sim.addStateful(this)
    for (const node of sim.store.all(R.nodes)) {
      const taints = noExecuteTaints(node)
      if (taints.length) this.tainted.set(node.metadata.name, taints)
    }
    sim.store.watch((e) => {
      if (e.resource === R.nodes) {
        const before = noExecuteTaints(e.old)
        const after = e.type === 'DELETED' ? [] : noExecuteTaints(e.object)
        if (e.type === 'MODIFIED' && deepEqual(before, after)) return
        sim.reconciler.enqueue(this.name, `node:${e.object.metadata.name}`)
        return
      }
      if (e.type === 'DELETED') {
        if (this.scheduled.size) this.cancel(e.object)
        return
      }
      const node = e.object.spec?.nodeName
      if (!node || !this.tainted.has(node)) return
      if (e.old && e.old.spec?.nodeName === node && deepEqual(e.old.spec?.tolerations, e.object.spec?.tolerations)) return
      sim.reconciler.enqueue(this.name, `pod:${keyOf(e.object)}`)
    }, [R.nodes, R.pods])
  }

  saveState(): JsonValue {
    return Object.fromEntries([...this.scheduled].map(([k, v]) => [k, { ...v }]))
  }

  restoreState(state: JsonValue): void {
    this.scheduled = new Map(Object.entries((state ?? {}) as unknown as Record<string, Eviction>))
  }

  sync(queued: string): void {
    const colon = queued.indexOf(':')
    const kind = queued.slice(0, colon)
    const key = queued.slice(colon + 1)
    if (kind === 'node') this.syncNode(key)
    else if (kind === 'pod') this.syncPod(key)
    else if (kind === 'fire') this.fire(key)
  }

  private syncNode(name: string): void {
    const { sim } = this.ctx
    const taints = noExecuteTaints(sim.store.get(R.nodes, undefined, name))
    if (taints.length) this.tainted.set(name, taints)
    else this.tainted.delete(name)
    const pods = sim.store.podsOnNode(name)
    if (!taints.length) {
      for (const pod of pods) this.cancel(pod)
      return
    }
    for (const pod of pods) this.process(pod, taints)
  }

  private syncPod(key: string): void {
    const pod = this.ctx.sim.store.get(R.pods, ...splitKey(key))
    const taints = pod?.spec?.nodeName ? this.tainted.get(pod.spec.nodeName) : undefined
    if (pod && taints) this.process(pod, taints)
  }

  /** processPodOnNode. */
  private process(pod: KubeObject, taints: Taint[]): void {
    const { sim } = this.ctx
    const key = keyOf(pod)
    const used = matchingTolerations(taints, pod.spec?.tolerations ?? [])
    if (!used) {
      this.cancel(pod)
      this.schedule(key, sim.now, sim.now)
      return
    }
    const wait = minTolerationTime(used)
    if (wait < 0) {
      this.cancel(pod)
      return
    }
    const fireAt = sim.now + wait
    const existing = this.scheduled.get(key)
    if (existing) {
      if (existing.createdAt + wait < fireAt) return
      this.cancel(pod)
    }
    this.schedule(key, existing?.createdAt ?? sim.now, fireAt)
  }

  private schedule(key: string, createdAt: number, fireAt: number): void {
    const { sim } = this.ctx
    this.scheduled.set(key, { createdAt, fireAt })
    if (fireAt <= sim.now) this.fire(key)
    else sim.reconciler.at(fireAt, this.name, `fire:${key}`)
  }

  private cancel(pod: KubeObject): void {
    const key = keyOf(pod)
    if (!this.scheduled.delete(key)) return
    this.ctx.events.record(pod, 'Normal', 'TaintManagerEviction', `Cancelling deletion of Pod ${key}`, SOURCE)
  }

  /** deletePodHandler: a DisruptionTarget condition, then a plain delete (the pod's own grace period). */
  private fire(key: string): void {
    const { sim, server, events } = this.ctx
    const work = this.scheduled.get(key)
    if (!work || work.fireAt > sim.now) return
    this.scheduled.delete(key)
    const [ns, name] = splitKey(key)
    const pod = sim.store.get(R.pods, ns, name)
    if (!pod) return
    events.record(pod, 'Normal', 'TaintManagerEviction', `Marking for deletion Pod ${key}`, SOURCE)
    const condition = { type: 'DisruptionTarget', status: 'True', lastProbeTime: null, reason: 'DeletionByTaintManager', message: 'Taint manager: deleting due to NoExecute taint' }
    server.mutate(R.pods, ns, name, (d) => {
      d.status = { ...(d.status ?? {}), conditions: setCondition(d.status?.conditions ?? [], condition, rfc3339(sim.now)) }
    }, true)
    if (!pod.metadata.deletionTimestamp) server.delete(R.pods, ns, name)
  }
}
