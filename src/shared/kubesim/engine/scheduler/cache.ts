// The scheduler's cache: one NodeState per node with what its bound pods request,
// kept up to date from watch events so a scheduling cycle never scans pods.
import type { KubeObject } from '../contract'
import { milli, quantityValue } from '../api/quantity'
import type { Store, WatchEvent } from '../runtime/store'
import { controllerRef, R } from '../controllers/util'
import { nonZeroRequests, podResources, type Requests } from './requests'

export interface Taint {
  key: string
  value?: string
  effect: string
}

/** -0 is not a small integer: fields start as doubles, so every NodeState keeps one hidden class. */
const DOUBLE = -0

export class NodeState {
  node!: KubeObject
  allocCpu = DOUBLE
  allocMem = DOUBLE
  allocStorage = DOUBLE
  maxPods = 110
  reqCpu = DOUBLE
  reqMem = DOUBLE
  reqStorage = DOUBLE
  nzCpu = DOUBLE
  nzMem = DOUBLE
  podCount = 0
  unschedulable = false
  /** NoSchedule and NoExecute taints: the ones that filter. */
  hardTaints: Taint[] = []
  softTaints: Taint[] = []
  taintSignature = ''
  labels: Record<string, string> = {}
  readonly hostPorts = new Map<string, number>()

  constructor(
    readonly name: string,
    readonly index: number
  ) {}

  update(node: KubeObject): void {
    this.node = node
    const alloc = node.status?.allocatable ?? {}
    this.allocCpu = milli(alloc.cpu ?? '0')
    this.allocMem = quantityValue(alloc.memory ?? '0') || 0
    this.allocStorage = quantityValue(alloc['ephemeral-storage'] ?? '0') || 0
    this.maxPods = parseInt(alloc.pods ?? '110', 10) || 0
    this.unschedulable = !!node.spec?.unschedulable
    const taints: Taint[] = node.spec?.taints ?? []
    this.hardTaints = taints.filter((t) => t.effect === 'NoSchedule' || t.effect === 'NoExecute')
    this.softTaints = taints.filter((t) => t.effect === 'PreferNoSchedule')
    this.taintSignature = this.hardTaints.map((t) => `${t.key}=${t.value ?? ''}:${t.effect}`).join(',')
    this.labels = node.metadata.labels ?? {}
  }
}

export interface PodShape {
  req: Requests
  nz: { cpu: number; memory: number }
}

interface Contribution {
  uid: string
  node: string
  cpu: number
  memory: number
  storage: number
  nzCpu: number
  nzMem: number
  ports: string[]
  owner?: string
}

function hasRequiredAntiAffinity(pod: KubeObject): boolean {
  return (pod.spec?.affinity?.podAntiAffinity?.requiredDuringSchedulingIgnoredDuringExecution ?? []).length > 0
}

const NO_PORTS: string[] = []

function hostPorts(pod: KubeObject): string[] {
  let out: string[] = NO_PORTS
  for (const c of pod.spec?.containers ?? []) for (const p of c.ports ?? []) if (p.hostPort) (out === NO_PORTS ? (out = []) : out).push(`${p.protocol ?? 'TCP'}/${p.hostIP ?? '0.0.0.0'}/${p.hostPort}`)
  return out
}

/**
 * What the scheduler's hot loops read, in flat arrays indexed like `SchedulerCache.nodes`:
 * the room left on each node and its resource score, cached for the last pod shape seen.
 */
export class NodeFit {
  ok = new Uint8Array(0)
  /**
   * `ok` and room for one more pod requesting nothing (free counts not negative): most pods
   * request nothing, so the filter's common case reads one byte per node instead of five arrays.
   */
  roomy = new Uint8Array(0)
  /** PreferNoSchedule taints to score against. */
  soft = new Uint8Array(0)
  freeCpu = new Float64Array(0)
  freeMem = new Float64Array(0)
  freeStorage = new Float64Array(0)
  freePods = new Int32Array(0)
  allocCpu = new Float64Array(0)
  allocMem = new Float64Array(0)
  nzCpu = new Float64Array(0)
  nzMem = new Float64Array(0)
  /**
   * The shape stamp each node's `scoreBase` was computed for; -1 once the node's requests or
   * allocatable change. One array read tells whether a score is still good.
   */
  scoreShape = new Int32Array(0)
  scoreBase = new Float64Array(0)
  private shape = 0
  private shapeCpu = NaN
  private shapeMem = NaN

  private ensure(size: number): void {
    if (size <= this.ok.length) return
    const cap = Math.max(16, size * 2)
    const grow = <T extends Uint8Array | Int32Array | Float64Array>(a: T, make: (n: number) => T): T => {
      const next = make(cap)
      next.set(a)
      return next
    }
    this.ok = grow(this.ok, (n) => new Uint8Array(n))
    this.roomy = grow(this.roomy, (n) => new Uint8Array(n))
    this.soft = grow(this.soft, (n) => new Uint8Array(n))
    this.freeCpu = grow(this.freeCpu, (n) => new Float64Array(n))
    this.freeMem = grow(this.freeMem, (n) => new Float64Array(n))
    this.freeStorage = grow(this.freeStorage, (n) => new Float64Array(n))
    this.freePods = grow(this.freePods, (n) => new Int32Array(n))
    this.allocCpu = grow(this.allocCpu, (n) => new Float64Array(n))
    this.allocMem = grow(this.allocMem, (n) => new Float64Array(n))
    this.nzCpu = grow(this.nzCpu, (n) => new Float64Array(n))
    this.nzMem = grow(this.nzMem, (n) => new Float64Array(n))
    this.scoreShape = grow(this.scoreShape, (n) => new Int32Array(n).fill(-1))
    this.scoreBase = grow(this.scoreBase, (n) => new Float64Array(n))
  }

  set(n: NodeState): void {
    const i = n.index
    this.ensure(i + 1)
    this.ok[i] = !n.unschedulable && n.hardTaints.length === 0 ? 1 : 0
    this.soft[i] = n.softTaints.length ? 1 : 0
    this.freeCpu[i] = n.allocCpu - n.reqCpu
    this.freeMem[i] = n.allocMem - n.reqMem
    this.freeStorage[i] = n.allocStorage - n.reqStorage
    this.freePods[i] = n.maxPods - n.podCount
    this.roomy[i] = this.ok[i] === 1 && this.freePods[i] > 0 && this.freeCpu[i] >= 0 && this.freeMem[i] >= 0 && this.freeStorage[i] >= 0 ? 1 : 0
    this.allocCpu[i] = n.allocCpu
    this.allocMem[i] = n.allocMem
    this.nzCpu[i] = n.nzCpu
    this.nzMem[i] = n.nzMem
    this.scoreShape[i] = -1
  }

  /**
   * A stamp for the non-zero requests of the pod being scored. Consecutive pods mostly share
   * one shape (a ReplicaSet's replicas), so their cycles reuse each other's node scores.
   */
  shapeStamp(nzCpu: number, nzMem: number): number {
    if (nzCpu !== this.shapeCpu || nzMem !== this.shapeMem) {
      this.shapeCpu = nzCpu
      this.shapeMem = nzMem
      this.shape++
    }
    return this.shape
  }
}

export class SchedulerCache {
  readonly nodes: NodeState[] = []
  readonly fit = new NodeFit()
  private readonly byName = new Map<string, NodeState>()
  private readonly contributions = new Map<string, Contribution>()
  /** Bound pods per controller uid and node index: the default topology spreading. */
  private readonly spread = new Map<string, Int32Array>()
  /** Pods with required anti-affinity terms, which every scheduling decision must respect. */
  readonly antiAffinityPods = new Set<string>()

  constructor(store: Store) {
    for (const n of store.all(R.nodes)) this.upsertNode(n)
    for (const p of store.all(R.pods)) this.onPod(p)
  }

  private shapeSpec: KubeObject['spec'] | undefined
  private shape: PodShape | undefined

  /**
   * A stored pod's requests and scoring requests. A scheduling cycle, then the binding it
   * causes, ask about the same containers: the answer is remembered for one pod.
   */
  shapeOf(pod: KubeObject): PodShape {
    const spec = pod.spec
    const last = this.shapeSpec
    if (this.shape && last && spec && last.containers === spec.containers && last.initContainers === spec.initContainers && last.overhead === spec.overhead) return this.shape
    this.shapeSpec = spec
    return (this.shape = { req: podResources(pod), nz: nonZeroRequests(pod) })
  }

  node(name: string): NodeState | undefined {
    return this.byName.get(name)
  }

  spreadCounts(owner: string | undefined): Int32Array | undefined {
    return owner ? this.spread.get(owner) : undefined
  }

  handle(e: WatchEvent): void {
    if (e.resource === R.nodes) {
      if (e.type === 'DELETED') this.removeNode(e.object.metadata.name)
      else this.upsertNode(e.object)
    } else if (e.resource === R.pods) {
      if (e.type === 'DELETED') this.forget(`${e.object.metadata.namespace}/${e.object.metadata.name}`)
      else this.onPod(e.object, e.old)
    }
  }

  private upsertNode(node: KubeObject): void {
    let state = this.byName.get(node.metadata.name)
    if (!state) {
      state = new NodeState(node.metadata.name, this.nodes.length)
      this.nodes.push(state)
      this.byName.set(state.name, state)
      for (const [owner, counts] of this.spread) if (counts.length <= state.index) this.spread.set(owner, grow(counts, this.nodes.length))
      state.update(node)
      this.fit.set(state)
      for (const c of this.contributions.values()) if (c.node === state.name) this.apply(c, 1)
      return
    }
    state.update(node)
    this.fit.set(state)
  }

  private removeNode(name: string): void {
    const state = this.byName.get(name)
    if (!state) return
    this.byName.delete(name)
    const last = this.nodes.pop()!
    if (last !== state) {
      // Keep indexes dense: the last node takes the removed node's slot.
      const moved = new NodeState(last.name, state.index)
      moved.update(last.node)
      Object.assign(moved, { reqCpu: last.reqCpu, reqMem: last.reqMem, reqStorage: last.reqStorage, nzCpu: last.nzCpu, nzMem: last.nzMem, podCount: last.podCount })
      for (const [k, v] of last.hostPorts) moved.hostPorts.set(k, v)
      this.nodes[state.index] = moved
      this.byName.set(moved.name, moved)
      this.fit.set(moved)
      for (const counts of this.spread.values()) {
        counts[state.index] = counts[last.index]
        counts[last.index] = 0
      }
    }
  }

  private onPod(pod: KubeObject, old?: KubeObject): void {
    const nodeName: string | undefined = pod.spec?.nodeName
    const phase = pod.status?.phase
    const terminal = phase === 'Succeeded' || phase === 'Failed'
    if (old !== undefined && !terminal && old.metadata.uid === pod.metadata.uid && old.status?.phase !== 'Succeeded' && old.status?.phase !== 'Failed') {
      // The cache holds what `old` contributed: a bound pod its requests (which cannot change
      // once bound), an unbound pod nothing. Most writes (status, binding) need no lookup.
      const oldNode: string | undefined = old.spec?.nodeName
      if (oldNode ? oldNode === nodeName : !nodeName) return
      if (!oldNode) return this.bind(`${pod.metadata.namespace}/${pod.metadata.name}`, pod, nodeName!)
    }
    const key = `${pod.metadata.namespace}/${pod.metadata.name}`
    // A pod just added (no `old`) has nothing here: whatever held its name before left with
    // its DELETED event, and a cache being built starts empty. Skipping the lookup matters:
    // it is a certain miss in a table of every bound pod.
    const known = old === undefined ? undefined : this.contributions.get(key)
    // A pod's requests cannot change once bound: only binding, finishing or replacing matter.
    if (known && known.uid === pod.metadata.uid && known.node === nodeName && !terminal) return
    // forget(key), without a second lookup when the pod contributed nothing (a new pod).
    if (known) this.forget(key)
    else this.antiAffinityPods.delete(key)
    if (!nodeName || terminal) {
      if (nodeName && hasRequiredAntiAffinity(pod)) this.antiAffinityPods.add(key)
      return
    }
    this.bind(key, pod, nodeName)
  }

  private bind(key: string, pod: KubeObject, nodeName: string): void {
    if (hasRequiredAntiAffinity(pod)) this.antiAffinityPods.add(key)
    const { req, nz } = this.shapeOf(pod)
    const c: Contribution = { uid: pod.metadata.uid, node: nodeName, cpu: req.cpu, memory: req.memory, storage: req.storage, nzCpu: nz.cpu, nzMem: nz.memory, ports: hostPorts(pod), owner: controllerRef(pod)?.uid }
    this.contributions.set(key, c)
    this.apply(c, 1)
  }

  private forget(key: string): void {
    this.antiAffinityPods.delete(key)
    const c = this.contributions.get(key)
    if (!c) return
    this.contributions.delete(key)
    this.apply(c, -1)
  }

  private apply(c: Contribution, sign: 1 | -1): void {
    const state = this.byName.get(c.node)
    if (!state) return
    state.reqCpu += sign * c.cpu
    state.reqMem += sign * c.memory
    state.reqStorage += sign * c.storage
    state.nzCpu += sign * c.nzCpu
    state.nzMem += sign * c.nzMem
    state.podCount += sign
    this.fit.set(state)
    for (const p of c.ports) {
      const n = (state.hostPorts.get(p) ?? 0) + sign
      if (n > 0) state.hostPorts.set(p, n)
      else state.hostPorts.delete(p)
    }
    if (c.owner) {
      let counts = this.spread.get(c.owner)
      if (!counts) this.spread.set(c.owner, (counts = new Int32Array(Math.max(8, this.nodes.length))))
      if (counts.length <= state.index) this.spread.set(c.owner, (counts = grow(counts, this.nodes.length)))
      counts[state.index] += sign
    }
  }
}

function grow(counts: Int32Array, size: number): Int32Array {
  const next = new Int32Array(Math.max(size, counts.length * 2))
  next.set(counts)
  return next
}
