// DaemonSet controller: one pod per eligible node (node selector/affinity, taints it does not
// tolerate), pinned through node affinity on metadata.name; rolling updates a few nodes at a
// time. Per-DaemonSet books (pods by node, readiness counts) are kept from watch events, so a
// change on one node or pod costs O(1), not a scan of the cluster.
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

interface Books {
  /** Active pods per node name. */
  byNode: Map<string, Set<string>>
  scheduled: number
  ready: number
  /** Scheduled active pods per controller-revision-hash. */
  byHash: Map<string, number>
  /** Nodes the daemon should run on; computed on first need. */
  eligible?: Set<string>
}

export class DaemonSetController implements Controller {
  readonly name = 'daemonset'
  private readonly books = new Map<string, Books>()

  constructor(private readonly ctx: Ctx) {
    const { sim } = ctx
    sim.reconciler.register(this)
    for (const p of sim.store.all(R.pods)) this.account(undefined, p)
    sim.store.watch((e) => {
      if (e.resource === R.daemonsets) {
        if (e.type === 'DELETED') this.books.delete(keyOf(e.object))
        else if (!e.old || e.old.metadata.generation !== e.object.metadata.generation) sim.reconciler.enqueue(this.name, `ds:${keyOf(e.object)}`)
      } else if (e.resource === R.pods) {
        const ref = controllerRef(e.object) ?? (e.old && controllerRef(e.old))
        if (ref?.kind !== 'DaemonSet') return
        const key = `${e.object.metadata.namespace}/${ref.name}`
        this.account(e.old, e.type === 'DELETED' ? undefined : e.object, e.type === 'DELETED' ? e.object : undefined)
        const node = podNode(e.object)
        const lost = e.type === 'DELETED' || (!!e.object.metadata.deletionTimestamp && !e.old?.metadata.deletionTimestamp) || (isTerminal(e.object) && !(e.old && isTerminal(e.old)))
        sim.reconciler.enqueue(this.name, lost ? `node:${key}:${node}` : `status:${key}`)
      } else if (e.resource === R.nodes && (e.type !== 'MODIFIED' || !sameScheduling(e.object, e.old))) {
        for (const ds of sim.store.all(R.daemonsets)) sim.reconciler.enqueue(this.name, `node:${keyOf(ds)}:${e.object.metadata.name}`)
      }
    }, [R.daemonsets, R.pods, R.nodes])
  }

  private booksOf(key: string): Books {
    let b = this.books.get(key)
    if (!b) this.books.set(key, (b = { byNode: new Map(), scheduled: 0, ready: 0, byHash: new Map() }))
    return b
  }

  /** Moves a DaemonSet pod's contribution from its old version to its new one. */
  private account(old: KubeObject | undefined, now: KubeObject | undefined, gone?: KubeObject): void {
    const sample = now ?? gone ?? old
    const ref = sample && controllerRef(sample)
    if (!sample || ref?.kind !== 'DaemonSet') return
    const b = this.booksOf(`${sample.metadata.namespace}/${ref.name}`)
    const key = keyOf(sample)
    const apply = (p: KubeObject | undefined, sign: 1 | -1): void => {
      if (!p || !isPodActive(p)) return
      const node = podNode(p)
      let set = b.byNode.get(node)
      if (sign > 0) {
        if (!set) b.byNode.set(node, (set = new Set()))
        set.add(key)
      } else {
        set?.delete(key)
        if (set && set.size === 0) b.byNode.delete(node)
      }
      if (p.spec?.nodeName) {
        b.scheduled += sign
        const hash = p.metadata.labels?.['controller-revision-hash'] ?? ''
        b.byHash.set(hash, (b.byHash.get(hash) ?? 0) + sign)
      }
      if (isPodReady(p)) b.ready += sign
    }
    apply(gone ?? old, -1)
    apply(now, 1)
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

  sync(queued: string): void {
    const colon = queued.indexOf(':')
    const kind = queued.slice(0, colon)
    const rest = queued.slice(colon + 1)
    const nodeSep = kind === 'node' ? rest.lastIndexOf(':') : -1
    const key = nodeSep >= 0 ? rest.slice(0, nodeSep) : rest
    const [ns, name] = splitKey(key)
    const ds = this.ctx.sim.store.get(R.daemonsets, ns, name)
    if (!ds || ds.metadata.deletionTimestamp) return
    if (kind === 'ds') this.reconcileAll(ds)
    else if (kind === 'node') {
      const node = this.ctx.sim.store.get(R.nodes, undefined, rest.slice(nodeSep + 1))
      if (node) this.reconcileNode(ds, node, this.hash(ds))
      else this.removeFrom(ds, rest.slice(nodeSep + 1))
    }
    this.writeStatus(ds)
  }

  private reconcileAll(ds: KubeObject): void {
    const { sim, server, events } = this.ctx
    const hash = this.hash(ds)
    const b = this.booksOf(keyOf(ds))
    b.eligible = undefined
    this.desired(ds)
    for (const node of sim.store.list(R.nodes)) this.reconcileNode(ds, node, hash)
    for (const nodeName of [...b.byNode.keys()]) if (!sim.store.get(R.nodes, undefined, nodeName)) this.removeFrom(ds, nodeName)
    if (ds.spec?.updateStrategy?.type === 'OnDelete') return
    const pods = controlled(sim.store, ds, 'Pod').filter(isPodActive)
    const desired = this.desired(ds)
    const stale = pods.filter((p) => p.metadata.labels?.['controller-revision-hash'] !== hash)
    if (!stale.length) return
    const unavailable = pods.filter((p) => !isPodAvailable(p, ds.spec?.minReadySeconds ?? 0, sim.now)).length + Math.max(0, desired - pods.length)
    let budget = scaled(ds.spec?.updateStrategy?.rollingUpdate?.maxUnavailable ?? 1, desired, true) - unavailable
    for (const p of stale.sort((a, b) => Number(isPodReady(a)) - Number(isPodReady(b)))) {
      if (budget <= 0 && isPodReady(p)) break
      server.delete(R.pods, p.metadata.namespace, p.metadata.name)
      events.record(ds, 'Normal', 'SuccessfulDelete', `Deleted pod: ${p.metadata.name}`, SOURCE)
      if (isPodReady(p)) budget--
    }
  }

  private reconcileNode(ds: KubeObject, node: KubeObject, hash: string): void {
    const { sim, server, events } = this.ctx
    const b = this.booksOf(keyOf(ds))
    const mine = [...(b.byNode.get(node.metadata.name) ?? [])].map((k) => sim.store.get(R.pods, ...splitKey(k))).filter((p): p is KubeObject => !!p)
    const want = this.shouldRun(ds, node)
    if (b.eligible) {
      if (want) b.eligible.add(node.metadata.name)
      else b.eligible.delete(node.metadata.name)
    }
    if (want && mine.length === 0) {
      try {
        const pod = server.create(R.pods, this.newPod(ds, node.metadata.name, hash), { owned: true })
        events.record(ds, 'Normal', 'SuccessfulCreate', `Created pod: ${pod.metadata.name}`, SOURCE)
      } catch (e) {
        if (!(e instanceof ApiException)) throw e
        events.record(ds, 'Warning', 'FailedCreate', `Error creating: ${e.message}`, SOURCE)
      }
    } else if (!want && mine.length) {
      for (const p of mine) {
        server.delete(R.pods, p.metadata.namespace, p.metadata.name)
        events.record(ds, 'Normal', 'SuccessfulDelete', `Deleted pod: ${p.metadata.name}`, SOURCE)
      }
    } else if (mine.length > 1) {
      for (const p of mine.slice(1)) server.delete(R.pods, p.metadata.namespace, p.metadata.name)
    }
  }

  private removeFrom(ds: KubeObject, nodeName: string): void {
    const { sim, server } = this.ctx
    this.booksOf(keyOf(ds)).eligible?.delete(nodeName)
    for (const k of [...(this.booksOf(keyOf(ds)).byNode.get(nodeName) ?? [])]) {
      const p = sim.store.get(R.pods, ...splitKey(k))
      if (p) server.delete(R.pods, p.metadata.namespace, p.metadata.name)
    }
  }

  private desired(ds: KubeObject): number {
    const b = this.booksOf(keyOf(ds))
    if (!b.eligible) {
      b.eligible = new Set()
      for (const node of this.ctx.sim.store.all(R.nodes)) if (this.shouldRun(ds, node)) b.eligible.add(node.metadata.name)
    }
    return b.eligible.size
  }

  /** The current template's revision hash, computed once per generation. */
  private hash(ds: KubeObject): string {
    const key = keyOf(ds)
    const known = this.hashes.get(key)
    if (known && known[0] === ds.metadata.uid && known[1] === ds.metadata.generation) return known[2]
    const hash = currentRevision(this.ctx, ds)
    this.hashes.set(key, [ds.metadata.uid, ds.metadata.generation ?? 1, hash])
    return hash
  }

  private readonly hashes = new Map<string, [string, number, string]>()

  private writeStatus(ds: KubeObject): void {
    const { sim, server } = this.ctx
    const b = this.booksOf(keyOf(ds))
    const desired = this.desired(ds)
    const minReady = ds.spec?.minReadySeconds ?? 0
    const available = minReady > 0 ? controlled(sim.store, ds, 'Pod').filter((p) => isPodActive(p) && isPodAvailable(p, minReady, sim.now)).length : b.ready
    const updated = b.byHash.get(this.hash(ds)) ?? 0
    const status: Record<string, unknown> = {
      currentNumberScheduled: b.scheduled,
      desiredNumberScheduled: desired,
      numberMisscheduled: 0,
      numberReady: b.ready,
      observedGeneration: ds.metadata.generation
    }
    if (available) status.numberAvailable = available
    if (desired - available > 0) status.numberUnavailable = desired - available
    if (updated) status.updatedNumberScheduled = updated
    server.writeStatus(R.daemonsets, ds, (d) => {
      d.status = status
    })
  }
}

function isTerminal(p: KubeObject): boolean {
  return p.status?.phase === 'Succeeded' || p.status?.phase === 'Failed'
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
