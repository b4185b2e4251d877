// DaemonSet controller: one pod per eligible node (node selector/affinity, taints it does not
// tolerate), pinned through node affinity on metadata.name; rolling updates one node at a time.
import type { KubeObject } from '../contract'
import { ApiException } from '../contract'
import type { Controller } from '../runtime/reconciler'
import { deepClone } from '../runtime/objects'
import { nodeAffinityMatches, untolerated } from '../scheduler/affinity'
import type { Ctx } from './context'
import { podFromTemplate } from './context'
import { currentRevision } from './revisions'
import { scaled } from './rollout'
import { controlled, controllerRef, isPodActive, isPodAvailable, isPodReady, keyOf, R, splitKey } from './util'

const SOURCE = { component: 'daemonset-controller' }

/** Tolerations the DaemonSet controller adds to every daemon pod. */
const DAEMON_TOLERATIONS = [
  { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute' },
  { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute' },
  { key: 'node.kubernetes.io/disk-pressure', operator: 'Exists', effect: 'NoSchedule' },
  { key: 'node.kubernetes.io/memory-pressure', operator: 'Exists', effect: 'NoSchedule' },
  { key: 'node.kubernetes.io/pid-pressure', operator: 'Exists', effect: 'NoSchedule' },
  { key: 'node.kubernetes.io/unschedulable', operator: 'Exists', effect: 'NoSchedule' }
]

export class DaemonSetController implements Controller {
  readonly name = 'daemonset'

  constructor(private readonly ctx: Ctx) {
    const { sim } = ctx
    sim.reconciler.register(this)
    sim.store.watch((e) => {
      if (e.resource === R.daemonsets && e.type !== 'DELETED') sim.reconciler.enqueue(this.name, keyOf(e.object))
      else if (e.resource === R.pods) {
        const ref = controllerRef(e.object)
        if (ref?.kind === 'DaemonSet') sim.reconciler.enqueue(this.name, `${e.object.metadata.namespace}/${ref.name}`)
      } else if (e.resource === R.nodes && (e.type !== 'MODIFIED' || !sameScheduling(e.object, e.old))) {
        for (const ds of sim.store.all(R.daemonsets)) sim.reconciler.enqueue(this.name, keyOf(ds))
      }
    })
  }

  private tolerations(ds: KubeObject): object[] {
    const own = ds.spec?.template?.spec?.tolerations ?? []
    const extra = [...DAEMON_TOLERATIONS]
    if (ds.spec?.template?.spec?.hostNetwork) extra.push({ key: 'node.kubernetes.io/network-unavailable', operator: 'Exists', effect: 'NoSchedule' })
    return [...own, ...extra.filter((t) => !own.some((o: { key?: string; effect?: string }) => o.key === t.key && o.effect === t.effect))]
  }

  private shouldRun(ds: KubeObject, node: KubeObject): boolean {
    const spec = ds.spec?.template?.spec ?? {}
    if (!nodeAffinityMatches(spec, node.metadata.labels ?? {}, node.metadata.name)) return false
    const taints = (node.spec?.taints ?? []).filter((t: { effect: string }) => t.effect === 'NoSchedule' || t.effect === 'NoExecute')
    return !untolerated(taints, this.tolerations(ds) as never[])
  }

  private newPod(ds: KubeObject, node: string, hash: string): KubeObject {
    const template = deepClone(ds.spec.template)
    const pod = podFromTemplate(ds, template, { labels: { 'controller-revision-hash': hash, 'pod-template-generation': String(ds.metadata.generation ?? 1) } })
    const spec = pod.spec
    const terms = [{ matchFields: [{ key: 'metadata.name', operator: 'In', values: [node] }] }]
    spec.affinity = { ...(spec.affinity ?? {}), nodeAffinity: { ...(spec.affinity?.nodeAffinity ?? {}), requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: terms } } }
    spec.tolerations = this.tolerations(ds)
    return pod
  }

  sync(key: string): void {
    const { sim, server, events } = this.ctx
    const [ns, name] = splitKey(key)
    const ds = sim.store.get(R.daemonsets, ns, name)
    if (!ds || ds.metadata.deletionTimestamp) return
    const hash = currentRevision(this.ctx, ds)
    const pods = controlled(sim.store, ds, 'Pod').filter(isPodActive)
    const byNode = new Map<string, KubeObject[]>()
    for (const p of pods) {
      const node = podNode(p)
      if (!byNode.has(node)) byNode.set(node, [])
      byNode.get(node)!.push(p)
    }
    const nodes = sim.store.list(R.nodes)
    let desired = 0
    let misscheduled = 0
    const rolling = ds.spec?.updateStrategy?.type !== 'OnDelete'
    for (const node of nodes) {
      const want = this.shouldRun(ds, node)
      const mine = byNode.get(node.metadata.name) ?? []
      if (want) desired++
      if (want && mine.length === 0) {
        try {
          const pod = server.create(R.pods, this.newPod(ds, node.metadata.name, hash))
          events.record(ds, 'Normal', 'SuccessfulCreate', `Created pod: ${pod.metadata.name}`, SOURCE)
        } catch (e) {
          if (!(e instanceof ApiException)) throw e
          events.record(ds, 'Warning', 'FailedCreate', `Error creating: ${e.message}`, SOURCE)
        }
      } else if (!want && mine.length) {
        misscheduled += mine.length
        for (const p of mine) {
          server.delete(R.pods, ns, p.metadata.name)
          events.record(ds, 'Normal', 'SuccessfulDelete', `Deleted pod: ${p.metadata.name}`, SOURCE)
        }
      } else if (mine.length > 1) {
        for (const p of mine.slice(1)) server.delete(R.pods, ns, p.metadata.name)
      }
    }
    if (rolling) {
      const stale = pods.filter((p) => p.metadata.labels?.['controller-revision-hash'] !== hash)
      const unavailable = pods.filter((p) => !isPodAvailable(p, ds.spec?.minReadySeconds ?? 0, sim.now)).length + (desired - pods.length > 0 ? desired - pods.length : 0)
      let budget = scaled(ds.spec?.updateStrategy?.rollingUpdate?.maxUnavailable ?? 1, desired, true) - unavailable
      for (const p of stale.sort((a, b) => Number(isPodReady(a)) - Number(isPodReady(b)))) {
        if (budget <= 0 && isPodReady(p)) break
        server.delete(R.pods, ns, p.metadata.name)
        events.record(ds, 'Normal', 'SuccessfulDelete', `Deleted pod: ${p.metadata.name}`, SOURCE)
        if (isPodReady(p)) budget--
      }
    }
    const now = controlled(sim.store, ds, 'Pod').filter(isPodActive)
    const scheduled = now.filter((p) => p.spec?.nodeName)
    server.writeStatus(R.daemonsets, ds, (d) => {
      const status: Record<string, unknown> = {
        currentNumberScheduled: scheduled.length,
        desiredNumberScheduled: desired,
        numberMisscheduled: misscheduled,
        numberReady: now.filter(isPodReady).length,
        observedGeneration: ds.metadata.generation
      }
      const available = now.filter((p) => isPodAvailable(p, ds.spec?.minReadySeconds ?? 0, sim.now)).length
      if (available) status.numberAvailable = available
      if (desired - available > 0) status.numberUnavailable = desired - available
      const updated = now.filter((p) => p.metadata.labels?.['controller-revision-hash'] === hash).length
      if (updated) status.updatedNumberScheduled = updated
      d.status = status
    })
  }
}

function podNode(pod: KubeObject): string {
  if (pod.spec?.nodeName) return pod.spec.nodeName
  const terms = pod.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms ?? []
  for (const t of terms) for (const f of t.matchFields ?? []) if (f.key === 'metadata.name') return f.values?.[0] ?? ''
  return ''
}

function sameScheduling(a: KubeObject, b: KubeObject | undefined): boolean {
  if (!b) return false
  return JSON.stringify(a.metadata.labels) === JSON.stringify(b.metadata.labels) && JSON.stringify(a.spec?.taints) === JSON.stringify(b.spec?.taints)
}
