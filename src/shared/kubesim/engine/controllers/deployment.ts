// Deployment controller: new ReplicaSet per template (pod-template-hash), revisions,
// RollingUpdate within maxSurge/maxUnavailable, Recreate, pause, history cleanup.
import type { KubeObject } from '../contract'
import { ApiException } from '../contract'
import type { Controller } from '../runtime/reconciler'
import { deepClone } from '../runtime/objects'
import type { Ctx } from './context'
import { templateHash } from './hash'
import { syncDeploymentStatus } from './deployment-status'
import {
  copiedAnnotations,
  DESIRED_REPLICAS,
  HASH_LABEL,
  MAX_REPLICAS,
  REVISION,
  REVISION_HISTORY,
  revisionOf,
  sameTemplate,
  surgeAndUnavailable
} from './rollout'
import { controlled, controllerRef, isPodActive, keyOf, notJustStatus, ownerRefTo, R, splitKey } from './util'
import { parseTime } from '../runtime/time'
import { objectMeta } from '../runtime/objects'

const SOURCE = { component: 'deployment-controller' }

export class DeploymentController implements Controller {
  readonly name = 'deployment'

  constructor(private readonly ctx: Ctx) {
    const { sim } = ctx
    sim.reconciler.register(this)
    sim.store.watch((e) => {
      if (e.resource === R.deployments && notJustStatus(e)) sim.reconciler.enqueue(this.name, keyOf(e.object))
      else if (e.resource === R.replicasets) {
        const ref = controllerRef(e.object)
        if (ref?.kind === 'Deployment') sim.reconciler.enqueue(this.name, `${e.object.metadata.namespace}/${ref.name}`)
      } else if (e.resource === R.pods && e.type === 'DELETED') {
        // Recreate waits for the old pods to be gone.
        const ref = controllerRef(e.object)
        const rs = ref?.kind === 'ReplicaSet' ? sim.store.get(R.replicasets, e.object.metadata.namespace, ref.name) : undefined
        const dref = rs && controllerRef(rs)
        if (dref?.kind === 'Deployment') sim.reconciler.enqueue(this.name, `${rs!.metadata.namespace}/${dref.name}`)
      }
    }, [R.deployments, R.replicasets, R.pods])
  }

  sync(key: string): void {
    const { sim } = this.ctx
    const [ns, name] = splitKey(key)
    const d = sim.store.get(R.deployments, ns, name)
    if (!d || d.metadata.deletionTimestamp) return
    const all = controlled(sim.store, d, 'ReplicaSet').sort(byCreation)
    let newRS = all.find((rs) => sameTemplate(rs.spec?.template, d.spec?.template))
    const old = (): KubeObject[] => all.filter((rs) => rs.metadata.uid !== newRS?.metadata.uid && sim.store.get(R.replicasets, ns, rs.metadata.name))
    const paused = !!d.spec?.paused
    let created = false

    if (paused) {
      if (newRS) newRS = this.scaleRS(d, newRS, Math.max(0, (d.spec.replicas ?? 1) - sum(old(), (rs) => rs.spec?.replicas ?? 0))) ?? newRS
    } else if (d.spec?.strategy?.type === 'Recreate') {
      for (const rs of old()) this.scaleRS(d, rs, 0)
      const oldPodsRunning = old().some((rs) => controlled(sim.store, rs, 'Pod').some((p) => isPodActive(p) || p.metadata.deletionTimestamp))
      if (!oldPodsRunning) {
        if (!newRS) {
          newRS = this.createRS(d, all, d.spec.replicas ?? 1)
          created = !!newRS
        } else {
          newRS = this.syncRevision(d, newRS, all)
          newRS = this.scaleRS(d, newRS, d.spec.replicas ?? 1) ?? newRS
        }
      } else if (newRS) newRS = this.syncRevision(d, newRS, all)
    } else {
      const { maxSurge } = surgeAndUnavailable(d)
      const replicas = d.spec?.replicas ?? 1
      if (!newRS) {
        const current = sum(old(), (rs) => rs.spec?.replicas ?? 0)
        newRS = this.createRS(d, all, Math.max(0, Math.min(replicas + maxSurge - current, replicas)))
        created = !!newRS
      } else {
        newRS = this.syncRevision(d, newRS, all)
        newRS = this.reconcileNew(d, newRS, old()) ?? newRS
      }
      if (newRS) this.reconcileOld(d, newRS, old())
    }
    const current = newRS ? sim.store.get(R.replicasets, ns, newRS.metadata.name) : undefined
    const complete = syncDeploymentStatus(this.ctx, d, current, old(), { created, paused })
    if (complete) this.cleanup(d, old())
  }

  private createRS(d: KubeObject, existing: KubeObject[], replicas: number): KubeObject | undefined {
    const { server, events } = this.ctx
    const template = deepClone(d.spec.template)
    let collisions = d.status?.collisionCount ?? 0
    for (let attempt = 0; attempt < 5; attempt++) {
      const hash = templateHash(template, collisions)
      template.metadata = { ...(template.metadata ?? {}), labels: { ...(template.metadata?.labels ?? {}), [HASH_LABEL]: hash } }
      const revision = Math.max(0, ...existing.map(revisionOf)) + 1
      const { maxSurge } = surgeAndUnavailable(d)
      const rs: KubeObject = {
        apiVersion: 'apps/v1',
        kind: 'ReplicaSet',
        metadata: objectMeta({
          name: `${d.metadata.name}-${hash}`,
          namespace: d.metadata.namespace,
          labels: { ...(template.metadata.labels ?? {}) },
          annotations: {
            ...copiedAnnotations(d),
            [DESIRED_REPLICAS]: String(d.spec.replicas ?? 1),
            [MAX_REPLICAS]: String((d.spec.replicas ?? 1) + maxSurge),
            [REVISION]: String(revision)
          },
          ownerReferences: [ownerRefTo(d)]
        }),
        spec: {
          replicas,
          minReadySeconds: d.spec.minReadySeconds,
          selector: { ...d.spec.selector, matchLabels: { ...(d.spec.selector?.matchLabels ?? {}), [HASH_LABEL]: hash } },
          template
        }
      }
      if (rs.spec.minReadySeconds === undefined) delete rs.spec.minReadySeconds
      try {
        const out = server.create(R.replicasets, rs)
        if (replicas > 0)
          events.record(d, 'Normal', 'ScalingReplicaSet', `Scaled up replica set ${out.metadata.name} to ${replicas} from 0`, SOURCE)
        server.mutate(R.deployments, d.metadata.namespace, d.metadata.name, (draft) => {
          draft.metadata.annotations = { ...(draft.metadata.annotations ?? {}), [REVISION]: String(revision) }
        })
        return out
      } catch (e) {
        if (!(e instanceof ApiException)) throw e
        if (e.status.reason !== 'AlreadyExists') {
          events.record(d, 'Warning', 'FailedCreate', `Failed to create new replica set "${rs.metadata.name}": ${e.message}`, SOURCE)
          return undefined
        }
        collisions++
        server.mutate(R.deployments, d.metadata.namespace, d.metadata.name, (draft) => {
          draft.status = { ...(draft.status ?? {}), collisionCount: collisions }
        }, true)
      }
    }
    return undefined
  }

  /** The new RS carries the highest revision (a rollback re-uses an old RS and renumbers it). */
  private syncRevision(d: KubeObject, rs: KubeObject, all: KubeObject[]): KubeObject {
    const { server } = this.ctx
    const maxOld = Math.max(0, ...all.filter((o) => o !== rs).map(revisionOf))
    const current = revisionOf(rs)
    const revision = current > maxOld ? current : maxOld + 1
    const { maxSurge } = surgeAndUnavailable(d)
    const updated = server.mutate(R.replicasets, rs.metadata.namespace, rs.metadata.name, (draft) => {
      const annotations: Record<string, string> = { ...(draft.metadata.annotations ?? {}), ...copiedAnnotations(d) }
      if (revision !== current) {
        const history = annotations[REVISION_HISTORY] ? annotations[REVISION_HISTORY].split(',') : []
        if (current) history.push(String(current))
        annotations[REVISION_HISTORY] = history.join(',')
      }
      annotations[REVISION] = String(revision)
      annotations[DESIRED_REPLICAS] = String(d.spec.replicas ?? 1)
      annotations[MAX_REPLICAS] = String((d.spec.replicas ?? 1) + maxSurge)
      draft.metadata.annotations = annotations
    })
    server.mutate(R.deployments, d.metadata.namespace, d.metadata.name, (draft) => {
      draft.metadata.annotations = { ...(draft.metadata.annotations ?? {}), [REVISION]: String(revision) }
    })
    return updated ?? rs
  }

  private scaleRS(d: KubeObject, rs: KubeObject, to: number): KubeObject | undefined {
    const { server, events } = this.ctx
    const from = rs.spec?.replicas ?? 0
    if (from === to) return rs
    const { maxSurge } = surgeAndUnavailable(d)
    const out = server.mutate(R.replicasets, rs.metadata.namespace, rs.metadata.name, (draft) => {
      draft.spec.replicas = to
      draft.metadata.annotations = {
        ...(draft.metadata.annotations ?? {}),
        [DESIRED_REPLICAS]: String(d.spec.replicas ?? 1),
        [MAX_REPLICAS]: String((d.spec.replicas ?? 1) + maxSurge)
      }
    })
    events.record(d, 'Normal', 'ScalingReplicaSet', `Scaled ${to > from ? 'up' : 'down'} replica set ${rs.metadata.name} to ${to} from ${from}`, SOURCE)
    return out
  }

  private reconcileNew(d: KubeObject, newRS: KubeObject, old: KubeObject[]): KubeObject | undefined {
    const replicas = d.spec?.replicas ?? 1
    const current = newRS.spec?.replicas ?? 0
    if (current === replicas) return newRS
    if (current > replicas) return this.scaleRS(d, newRS, replicas)
    const { maxSurge } = surgeAndUnavailable(d)
    const total = current + sum(old, (rs) => rs.spec?.replicas ?? 0)
    const room = replicas + maxSurge - total
    if (room <= 0) return newRS
    return this.scaleRS(d, newRS, current + Math.min(room, replicas - current))
  }

  private reconcileOld(d: KubeObject, newRS: KubeObject, old: KubeObject[]): void {
    const { sim } = this.ctx
    const oldCount = sum(old, (rs) => rs.spec?.replicas ?? 0)
    if (oldCount === 0) return
    const replicas = d.spec?.replicas ?? 1
    const { maxUnavailable } = surgeAndUnavailable(d)
    const fresh = (rs: KubeObject): KubeObject => sim.store.get(R.replicasets, rs.metadata.namespace, rs.metadata.name) ?? rs
    const nrs = fresh(newRS)
    const allCount = (nrs.spec?.replicas ?? 0) + oldCount
    const minAvailable = replicas - maxUnavailable
    const newUnavailable = (nrs.spec?.replicas ?? 0) - available(nrs)
    let budget = allCount - minAvailable - newUnavailable
    if (budget <= 0) return
    // First the old pods that are not available anyway.
    for (const rs of old) {
      if (budget <= 0) break
      const r = fresh(rs)
      const unhealthy = (r.spec?.replicas ?? 0) - available(r)
      if (unhealthy <= 0) continue
      const cut = Math.min(budget, unhealthy)
      this.scaleRS(d, r, (r.spec?.replicas ?? 0) - cut)
      budget -= cut
    }
    let scaleDown = sum([fresh(newRS), ...old.map(fresh)], available) - minAvailable
    for (const rs of old) {
      if (scaleDown <= 0) break
      const r = fresh(rs)
      const cur = r.spec?.replicas ?? 0
      if (cur === 0) continue
      const cut = Math.min(cur, scaleDown)
      this.scaleRS(d, r, cur - cut)
      scaleDown -= cut
    }
  }

  private cleanup(d: KubeObject, old: KubeObject[]): void {
    const { server, sim } = this.ctx
    const limit = d.spec?.revisionHistoryLimit ?? 10
    const idle = old.filter((rs) => {
      const r = sim.store.get(R.replicasets, rs.metadata.namespace, rs.metadata.name)
      return r && (r.spec?.replicas ?? 0) === 0 && (r.status?.replicas ?? 0) === 0 && !r.metadata.deletionTimestamp
    })
    if (idle.length <= limit) return
    idle.sort((a, b) => revisionOf(a) - revisionOf(b))
    for (const rs of idle.slice(0, idle.length - limit)) server.delete(R.replicasets, rs.metadata.namespace, rs.metadata.name)
  }
}

/** Available pods a ReplicaSet keeps: a status not yet updated after a scale-down counts no more than its new size. */
function available(rs: KubeObject): number {
  const reported = rs.status?.availableReplicas ?? 0
  return (rs.status?.observedGeneration ?? 0) >= (rs.metadata.generation ?? 1) ? reported : Math.min(reported, rs.spec?.replicas ?? 0)
}

function sum(list: KubeObject[], f: (o: KubeObject) => number): number {
  let n = 0
  for (const o of list) n += f(o)
  return n
}

function byCreation(a: KubeObject, b: KubeObject): number {
  const ta = parseTime(a.metadata.creationTimestamp) ?? 0
  const tb = parseTime(b.metadata.creationTimestamp) ?? 0
  return ta - tb || (a.metadata.name < b.metadata.name ? -1 : 1)
}
