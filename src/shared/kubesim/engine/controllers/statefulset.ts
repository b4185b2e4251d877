// StatefulSet controller: stable names (web-0, web-1, …), one PVC per pod from the claim
// templates, ordered creation and deletion (OrderedReady) or all at once (Parallel),
// rolling updates from the highest ordinal down to the partition.
import type { KubeObject } from '../contract'
import { ApiException } from '../contract'
import type { Controller } from '../runtime/reconciler'
import { deepClone, objectMeta } from '../runtime/objects'
import type { Ctx } from './context'
import { podFromTemplate } from './context'
import { currentRevision } from './revisions'
import { controlled, controllerRef, isPodAvailable, isPodReady, keyOf, notJustStatus, R, splitKey } from './util'

const SOURCE = { component: 'statefulset-controller' }

function ordinal(sts: KubeObject, pod: KubeObject): number {
  const m = new RegExp(`^${sts.metadata.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-(\\d+)$`).exec(pod.metadata.name)
  return m ? parseInt(m[1], 10) : -1
}

export class StatefulSetController implements Controller {
  readonly name = 'statefulset'

  constructor(private readonly ctx: Ctx) {
    const { sim } = ctx
    sim.reconciler.register(this)
    sim.store.watch((e) => {
      if (e.resource === R.statefulsets && e.type !== 'DELETED' && notJustStatus(e)) sim.reconciler.enqueue(this.name, keyOf(e.object))
      else if (e.resource === R.pods) {
        const ref = controllerRef(e.object)
        if (ref?.kind === 'StatefulSet') sim.reconciler.enqueue(this.name, `${e.object.metadata.namespace}/${ref.name}`)
      }
    }, [R.statefulsets, R.pods])
  }

  private claimName(template: KubeObject, sts: KubeObject, i: number): string {
    return `${template.metadata?.name}-${sts.metadata.name}-${i}`
  }

  private ensureClaims(sts: KubeObject, i: number): boolean {
    const { sim, server, events } = this.ctx
    const ns = sts.metadata.namespace
    for (const t of sts.spec?.volumeClaimTemplates ?? []) {
      const name = this.claimName(t, sts, i)
      if (sim.store.get(R.pvcs, ns, name)) continue
      try {
        const spec = deepClone(t.spec ?? {})
        server.create(R.pvcs, {
          apiVersion: 'v1',
          kind: 'PersistentVolumeClaim',
          metadata: objectMeta({ name, namespace: ns, labels: { ...(sts.spec?.selector?.matchLabels ?? {}), ...(t.metadata?.labels ?? {}) }, ...(t.metadata?.annotations ? { annotations: t.metadata.annotations } : {}) }),
          spec
        })
        events.record(sts, 'Normal', 'SuccessfulCreate', `create Claim ${name} Pod ${sts.metadata.name}-${i} in StatefulSet ${sts.metadata.name} success`, SOURCE)
      } catch (e) {
        if (!(e instanceof ApiException)) throw e
        events.record(sts, 'Warning', 'FailedCreate', `create Claim ${name} for Pod ${sts.metadata.name}-${i} in StatefulSet ${sts.metadata.name} failed error: ${e.message}`, SOURCE)
        return false
      }
    }
    return true
  }

  private newPod(sts: KubeObject, i: number, hash: string): KubeObject {
    const name = `${sts.metadata.name}-${i}`
    const pod = podFromTemplate(sts, sts.spec.template, {
      name,
      labels: { 'apps.kubernetes.io/pod-index': String(i), 'controller-revision-hash': `${sts.metadata.name}-${hash}`, 'statefulset.kubernetes.io/pod-name': name }
    })
    pod.spec.hostname = name
    if (sts.spec.serviceName) pod.spec.subdomain = sts.spec.serviceName
    const volumes = [...(pod.spec.volumes ?? [])]
    for (const t of sts.spec.volumeClaimTemplates ?? []) {
      const claim = { name: t.metadata?.name, persistentVolumeClaim: { claimName: this.claimName(t, sts, i) } }
      const at = volumes.findIndex((v: { name: string }) => v.name === t.metadata?.name)
      if (at >= 0) volumes[at] = claim
      else volumes.push(claim)
    }
    if (volumes.length) pod.spec.volumes = volumes
    return pod
  }

  sync(key: string): void {
    const { sim, server, events } = this.ctx
    const [ns, name] = splitKey(key)
    const sts = sim.store.get(R.statefulsets, ns, name)
    if (!sts || sts.metadata.deletionTimestamp) return
    const hash = currentRevision(this.ctx, sts)
    const revision = `${name}-${hash}`
    const replicas = sts.spec?.replicas ?? 1
    const parallel = sts.spec?.podManagementPolicy === 'Parallel'
    const pods = controlled(sim.store, sts, 'Pod')
    const byOrdinal = new Map<number, KubeObject>()
    for (const p of pods) byOrdinal.set(ordinal(sts, p), p)
    const healthy = (p: KubeObject | undefined): boolean => !!p && !p.metadata.deletionTimestamp && p.status?.phase === 'Running' && isPodReady(p)
    let blocked = false
    for (let i = 0; i < replicas; i++) {
      const p = byOrdinal.get(i)
      if (p && (p.status?.phase === 'Failed' || p.status?.phase === 'Succeeded') && !p.metadata.deletionTimestamp) {
        server.delete(R.pods, ns, p.metadata.name)
        events.record(sts, 'Warning', 'RecreatingFailedPod', `StatefulSet ${ns}/${name} is recreating failed Pod ${p.metadata.name}`, SOURCE)
        blocked = true
        break
      }
      if (!p) {
        if (!this.ensureClaims(sts, i)) break
        try {
          server.create(R.pods, this.newPod(sts, i, hash))
          events.record(sts, 'Normal', 'SuccessfulCreate', `create Pod ${name}-${i} in StatefulSet ${name} successful`, SOURCE)
        } catch (e) {
          if (!(e instanceof ApiException)) throw e
          events.record(sts, 'Warning', 'FailedCreate', `create Pod ${name}-${i} in StatefulSet ${name} failed error: ${e.message}`, SOURCE)
          break
        }
        if (!parallel) {
          blocked = true
          break
        }
        continue
      }
      if (!parallel && !healthy(p)) {
        blocked = true
        break
      }
    }
    const condemned = [...byOrdinal.entries()].filter(([i]) => i >= replicas || i < 0).sort((a, b) => b[0] - a[0])
    if (!blocked) {
      for (const [, p] of condemned) {
        if (p.metadata.deletionTimestamp) {
          if (!parallel) break
          continue
        }
        server.delete(R.pods, ns, p.metadata.name)
        events.record(sts, 'Normal', 'SuccessfulDelete', `delete Pod ${p.metadata.name} in StatefulSet ${name} successful`, SOURCE)
        if (!parallel) break
      }
    }
    const partition = sts.spec?.updateStrategy?.rollingUpdate?.partition ?? 0
    const rolling = sts.spec?.updateStrategy?.type !== 'OnDelete'
    const allHealthy = [...byOrdinal.entries()].filter(([i]) => i >= 0 && i < replicas).every(([, p]) => healthy(p)) && byOrdinal.size >= replicas
    if (rolling && !blocked && condemned.length === 0 && allHealthy) {
      for (let i = replicas - 1; i >= partition; i--) {
        const p = byOrdinal.get(i)
        if (p && p.metadata.labels?.['controller-revision-hash'] !== revision && !p.metadata.deletionTimestamp) {
          server.delete(R.pods, ns, p.metadata.name)
          events.record(sts, 'Normal', 'SuccessfulDelete', `delete Pod ${p.metadata.name} in StatefulSet ${name} successful`, SOURCE)
          break
        }
      }
    }
    this.writeStatus(sts, revision)
  }

  private writeStatus(sts: KubeObject, revision: string): void {
    const { sim, server } = this.ctx
    const pods = controlled(sim.store, sts, 'Pod').filter((p) => !p.metadata.deletionTimestamp)
    const updated = pods.filter((p) => p.metadata.labels?.['controller-revision-hash'] === revision).length
    const current = sts.status?.currentRevision && updated < pods.length ? sts.status.currentRevision : revision
    const status: Record<string, unknown> = {
      availableReplicas: pods.filter((p) => isPodAvailable(p, sts.spec?.minReadySeconds ?? 0, sim.now)).length,
      collisionCount: 0,
      currentReplicas: current === revision ? updated : pods.length - updated,
      currentRevision: current,
      observedGeneration: sts.metadata.generation,
      readyReplicas: pods.filter(isPodReady).length,
      replicas: pods.length,
      updateRevision: revision,
      updatedReplicas: updated
    }
    for (const k of ['currentReplicas', 'readyReplicas', 'updatedReplicas']) if (!status[k]) delete status[k]
    server.writeStatus(R.statefulsets, sts, (d) => {
      d.status = status
    })
  }
}
