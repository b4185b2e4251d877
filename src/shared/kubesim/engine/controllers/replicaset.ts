// ReplicaSet controller: keeps `spec.replicas` active pods, claims pods as ClaimPods does
// (adopts matching orphans, releases its pods the selector no longer matches), picks the
// least valuable pods when scaling down, reports status.
import type { JsonValue, KubeObject } from '../contract'
import { ApiException } from '../contract'
import { fromLabelSelector, matches, selectorMatches } from '../api/selectors'
import type { Controller } from '../runtime/reconciler'
import type { Stateful } from '../runtime/sim'
import { rfc3339, SECOND } from '../runtime/time'
import { podFromTemplate, type Ctx } from './context'
import { condition, controlled, controllerRef, isPodActive, isPodAvailable, isPodReady, keyOf, notJustStatus, orphansMatching, ownerRefTo, podPhase, R, splitKey } from './util'
import { parseTime } from '../runtime/time'

const PHASE_RANK: Record<string, number> = { Pending: 0, Unknown: 1, Running: 2 }

function restarts(pod: KubeObject): number {
  return (pod.status?.containerStatuses ?? []).reduce((n: number, c: { restartCount?: number }) => n + (c.restartCount ?? 0), 0)
}

/** controller.ActivePods ordering: the first pods are the first to go. */
export function deletionOrder(a: KubeObject, b: KubeObject): number {
  const assigned = (p: KubeObject): number => (p.spec?.nodeName ? 1 : 0)
  if (assigned(a) !== assigned(b)) return assigned(a) - assigned(b)
  const phase = (p: KubeObject): number => PHASE_RANK[podPhase(p)] ?? 0
  if (phase(a) !== phase(b)) return phase(a) - phase(b)
  const ready = (p: KubeObject): number => (isPodReady(p) ? 1 : 0)
  if (ready(a) !== ready(b)) return ready(a) - ready(b)
  if (restarts(a) !== restarts(b)) return restarts(b) - restarts(a)
  const created = (p: KubeObject): number => parseTime(p.metadata.creationTimestamp) ?? 0
  if (created(a) !== created(b)) return created(b) - created(a)
  return a.metadata.name < b.metadata.name ? 1 : -1
}

export class ReplicaSetController implements Controller, Stateful {
  readonly name = 'replicaset'
  readonly stateKey = 'replicaset'
  /** Consecutive pod-creation failures per ReplicaSet: the retry backoff. */
  private failures = new Map<string, number>()

  constructor(private readonly ctx: Ctx) {
    const { sim } = ctx
    sim.reconciler.register(this)
    sim.addStateful(this)
    sim.store.watch((e) => {
      if (e.resource === R.replicasets && notJustStatus(e)) sim.reconciler.enqueue(this.name, keyOf(e.object))
      else if (e.resource === R.pods) {
        const ref = controllerRef(e.object)
        if (ref?.kind === 'ReplicaSet') sim.reconciler.enqueue(this.name, `${e.object.metadata.namespace}/${ref.name}`)
        else if (!ref && e.type !== 'DELETED') {
          for (const rs of sim.store.list(R.replicasets, e.object.metadata.namespace))
            if (selectorMatches(rs.spec?.selector, e.object.metadata.labels)) sim.reconciler.enqueue(this.name, keyOf(rs))
        }
      }
    }, [R.replicasets, R.pods])
  }

  saveState(): JsonValue {
    return Object.fromEntries(this.failures)
  }

  restoreState(state: JsonValue): void {
    this.failures = new Map(Object.entries((state ?? {}) as Record<string, number>))
  }

  sync(key: string): void {
    const { sim, server, events } = this.ctx
    const [ns, name] = splitKey(key)
    const rs = sim.store.get(R.replicasets, ns, name)
    if (!rs || rs.metadata.deletionTimestamp) return
    // Parsed once, not once per pod: a sync walks every pod of the ReplicaSet.
    const selector = fromLabelSelector(rs.spec?.selector)
    for (const pod of controlled(sim.store, rs, 'Pod').filter(isPodActive)) {
      if (selector !== undefined && matches(selector, pod.metadata.labels)) continue
      server.mutate(R.pods, ns, pod.metadata.name, (d) => {
        const refs = (d.metadata.ownerReferences ?? []).filter((r) => r.uid !== rs.metadata.uid)
        if (refs.length) d.metadata.ownerReferences = refs
        else delete d.metadata.ownerReferences
      })
    }
    for (const orphan of orphansMatching(sim.store, ns, rs.spec?.selector)) {
      server.mutate(R.pods, ns, orphan.metadata.name, (d) => {
        d.metadata.ownerReferences = [...(d.metadata.ownerReferences ?? []), ownerRefTo(rs)]
      })
    }
    const pods = controlled(sim.store, rs, 'Pod').filter(isPodActive)
    const want = rs.spec?.replicas ?? 1
    let failure: string | undefined
    if (pods.length < want) {
      for (let i = pods.length; i < want; i++) {
        try {
          const pod = server.create(R.pods, podFromTemplate(rs, rs.spec.template), { owned: true })
          events.record(rs, 'Normal', 'SuccessfulCreate', `Created pod: ${pod.metadata.name}`, { component: 'replicaset-controller' })
          pods.push(pod)
        } catch (e) {
          if (!(e instanceof ApiException)) throw e
          failure = e.message
          events.record(rs, 'Warning', 'FailedCreate', `Error creating: ${e.message}`, { component: 'replicaset-controller' })
          break
        }
      }
    } else if (pods.length > want) {
      const victims = [...pods].sort(deletionOrder).slice(0, pods.length - want)
      for (const pod of victims) {
        server.delete(R.pods, ns, pod.metadata.name)
        events.record(rs, 'Normal', 'SuccessfulDelete', `Deleted pod: ${pod.metadata.name}`, { component: 'replicaset-controller' })
      }
    }
    if (failure) {
      const n = (this.failures.get(key) ?? 0) + 1
      this.failures.set(key, n)
      sim.reconciler.at(sim.now + Math.min(2 ** (n - 1) * 5 * SECOND, 300 * SECOND), this.name, key)
    } else this.failures.delete(key)
    this.writeStatus(rs, failure)
  }

  private writeStatus(rs: KubeObject, failure: string | undefined): void {
    const { sim, server } = this.ctx
    const pods = controlled(sim.store, rs, 'Pod').filter(isPodActive)
    const minReady = rs.spec?.minReadySeconds ?? 0
    const templateLabels = Object.entries(rs.spec?.template?.metadata?.labels ?? {})
    let ready = 0
    let available = 0
    let labeled = 0
    let nextAvailable = Infinity
    for (const p of pods) {
      if (templateLabels.every(([k, v]) => p.metadata.labels?.[k] === v)) labeled++
      if (!isPodReady(p)) continue
      ready++
      if (isPodAvailable(p, minReady, sim.now)) available++
      else nextAvailable = Math.min(nextAvailable, (parseTime(condition(p, 'Ready')?.lastTransitionTime) ?? sim.now) + minReady * 1000)
    }
    if (nextAvailable < Infinity) sim.reconciler.at(nextAvailable, this.name, keyOf(rs))
    const status: Record<string, unknown> = { replicas: pods.length }
    if (labeled) status.fullyLabeledReplicas = labeled
    if (ready) status.readyReplicas = ready
    if (available) status.availableReplicas = available
    status.observedGeneration = rs.metadata.generation
    const previous = rs.status?.conditions?.find((c: { type: string }) => c.type === 'ReplicaFailure')
    if (failure) {
      status.conditions = [{ type: 'ReplicaFailure', status: 'True', lastTransitionTime: previous?.lastTransitionTime ?? rfc3339(sim.now), reason: 'FailedCreate', message: failure }]
    }
    server.writeStatus(R.replicasets, rs, (d) => {
      d.status = status
    })
  }
}
