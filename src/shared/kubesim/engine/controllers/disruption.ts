// The disruption controller (PodDisruptionBudget status) and the Eviction API that honours it.
import type { KubeObject } from '../contract'
import { ApiException } from '../contract'
import { notFound, tooManyRequests } from '../api/errors'
import { selectorMatches } from '../api/selectors'
import type { Controller } from '../runtime/reconciler'
import { rfc3339 } from '../runtime/time'
import type { Ctx } from './context'
import { scaled } from './rollout'
import { controllerRef, isPodReady, keyOf, R, setCondition, splitKey } from './util'

export class DisruptionController implements Controller {
  readonly name = 'disruption'

  constructor(private readonly ctx: Ctx) {
    const { sim } = ctx
    sim.reconciler.register(this)
    sim.store.watch((e) => {
      if (e.resource === R.pdbs && e.type !== 'DELETED') sim.reconciler.enqueue(this.name, keyOf(e.object))
      else if (e.resource === R.pods && sim.store.any(R.pdbs, e.object.metadata.namespace)) {
        for (const pdb of sim.store.list(R.pdbs, e.object.metadata.namespace))
          if (selectorMatches(pdb.spec?.selector, e.object.metadata.labels) || (e.old && selectorMatches(pdb.spec?.selector, e.old.metadata.labels)))
            sim.reconciler.enqueue(this.name, keyOf(pdb))
      }
    }, [R.pdbs, R.pods])
  }

  private pods(pdb: KubeObject): KubeObject[] {
    return this.ctx.sim.store.list(R.pods, pdb.metadata.namespace).filter((p) => selectorMatches(pdb.spec?.selector, p.metadata.labels) && !p.metadata.deletionTimestamp)
  }

  /** expectedCount: the scale of the pods' controllers when percentages are involved. */
  private expected(pods: KubeObject[]): number {
    const { sim } = this.ctx
    const owners = new Map<string, number>()
    for (const p of pods) {
      const ref = controllerRef(p)
      if (!ref) continue
      let scale = 0
      if (ref.kind === 'ReplicaSet') {
        const rs = sim.store.get(R.replicasets, p.metadata.namespace, ref.name)
        const dref = rs && controllerRef(rs)
        const d = dref?.kind === 'Deployment' ? sim.store.get(R.deployments, p.metadata.namespace, dref.name) : undefined
        scale = d?.spec?.replicas ?? rs?.spec?.replicas ?? 0
      } else if (ref.kind === 'StatefulSet') scale = sim.store.get(R.statefulsets, p.metadata.namespace, ref.name)?.spec?.replicas ?? 0
      else scale = 1
      owners.set(ref.uid, scale)
    }
    let total = 0
    for (const v of owners.values()) total += v
    return Math.max(total, pods.length)
  }

  sync(key: string): void {
    const { sim, server } = this.ctx
    const [ns, name] = splitKey(key)
    const pdb = sim.store.get(R.pdbs, ns, name)
    if (!pdb) return
    const pods = this.pods(pdb)
    const healthy = pods.filter(isPodReady).length
    const expected = pdb.spec?.maxUnavailable !== undefined || typeof pdb.spec?.minAvailable === 'string' ? this.expected(pods) : pods.length
    let desired: number
    if (pdb.spec?.maxUnavailable !== undefined) desired = Math.max(0, expected - scaled(pdb.spec.maxUnavailable, expected, true))
    else if (pdb.spec?.minAvailable !== undefined) desired = scaled(pdb.spec.minAvailable, expected, true)
    else desired = expected
    const allowed = Math.max(0, healthy - desired)
    const stamp = rfc3339(sim.now)
    server.writeStatus(R.pdbs, pdb, (d) => {
      const disrupted = d.status?.disruptedPods
      d.status = {
        conditions: setCondition(
          d.status?.conditions ?? [],
          allowed > 0
            ? { type: 'DisruptionAllowed', status: 'True', reason: 'SufficientPods', message: '', observedGeneration: pdb.metadata.generation }
            : { type: 'DisruptionAllowed', status: 'False', reason: 'InsufficientPods', message: '', observedGeneration: pdb.metadata.generation },
          stamp
        ),
        currentHealthy: healthy,
        desiredHealthy: desired,
        disruptionsAllowed: allowed,
        expectedPods: expected,
        observedGeneration: pdb.metadata.generation
      }
      if (disrupted && Object.keys(disrupted).length) d.status.disruptedPods = disrupted
    })
  }

  /** POST pods/<name>/eviction. */
  evict(ns: string, name: string, dryRun: boolean): void {
    const { sim, server } = this.ctx
    const pod = sim.store.get(R.pods, ns, name)
    if (!pod) throw notFound(R.pods, name)
    if (pod.metadata.deletionTimestamp) return
    const pdbs = sim.store.list(R.pdbs, ns).filter((p) => selectorMatches(p.spec?.selector, pod.metadata.labels))
    if (pdbs.length > 1) {
      throw new ApiException({ kind: 'Status', apiVersion: 'v1', status: 'Failure', message: 'This pod has more than one PodDisruptionBudget, which the eviction subresource does not support.', reason: 'InternalError', code: 500 })
    }
    const pdb = pdbs[0]
    const terminal = pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed' || pod.status?.phase === 'Pending'
    if (pdb && !terminal) {
      this.sync(keyOf(pdb))
      const current = sim.store.get(R.pdbs, ns, pdb.metadata.name)!
      const status = current.status ?? {}
      const unhealthyOk = !isPodReady(pod) && (status.currentHealthy ?? 0) >= (status.desiredHealthy ?? 0)
      if ((status.disruptionsAllowed ?? 0) < 1 && !unhealthyOk) {
        throw tooManyRequests("Cannot evict pod as it would violate the pod's disruption budget.", [
          { reason: 'DisruptionBudget', message: `The disruption budget ${pdb.metadata.name} needs ${status.desiredHealthy ?? 0} healthy pods and has ${status.currentHealthy ?? 0} currently` }
        ])
      }
      if (!dryRun && isPodReady(pod)) {
        server.writeStatus(R.pdbs, current, (d) => {
          d.status.disruptionsAllowed = Math.max(0, (d.status.disruptionsAllowed ?? 1) - 1)
          d.status.disruptedPods = { ...(d.status.disruptedPods ?? {}), [name]: rfc3339(sim.now) }
        })
      }
    }
    if (dryRun) return
    try {
      server.delete(R.pods, ns, name)
    } catch (e) {
      if (!(e instanceof ApiException) || e.status.reason !== 'NotFound') throw e
    }
  }
}
