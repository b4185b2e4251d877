// One scheduling cycle: PreFilter, Filter (stopping once enough feasible nodes are found,
// as percentageOfNodesToScore does), Score, and the FitError text when nothing fits.
import type { KubeObject } from '../contract'
import type { Sim } from '../runtime/sim'
import { controllerRef } from '../controllers/util'
import { nodeAffinityMatches, preferredAffinityScore, tolerates, untolerated, type Toleration } from './affinity'
import type { NodeFit, NodeState, SchedulerCache, Taint } from './cache'
import { prepareInterPodAffinity, prepareTopologySpread, type AffinityCheck } from './podaffinity'
import type { Requests } from './requests'
import { planVolumes, volumesFit, type VolumePlan } from './volumes'

export interface Placement {
  node?: string
  message?: string
  nextStart: number
  delayedClaims: KubeObject[]
}

const UNRESOLVABLE = new Set([
  'node(s) were unschedulable',
  "node(s) didn't match the requested node name",
  "node(s) didn't match Pod's node affinity/selector",
  "node(s) didn't match pod affinity rules",
  'node(s) had volume node affinity conflict',
  "node(s) didn't match pod topology spread constraints (missing required label)"
])

/** numFeasibleNodesToFind with the adaptive percentage (50% − nodes/125, at least 5%, at least 100 nodes). */
export function feasibleNodesToFind(all: number): number {
  if (all < 100) return all
  const pct = Math.max(5, 50 - Math.floor(all / 125))
  return Math.max(100, Math.floor((all * pct) / 100))
}

function hostPortsOf(pod: KubeObject): string[] {
  const out: string[] = []
  for (const c of pod.spec?.containers ?? []) for (const p of c.ports ?? []) if (p.hostPort) out.push(`${p.protocol ?? 'TCP'}/${p.hostIP ?? '0.0.0.0'}/${p.hostPort}`)
  return out
}

const UNSCHEDULABLE_TAINT: Taint = { key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' }

/** The Filter plugins for one pod: why a node cannot take it (undefined when it can; several reasons only for resources). */
class PodFilter {
  readonly spec: KubeObject['spec']
  readonly tolerations: Toleration[]
  readonly wantedNode: string | undefined
  readonly ports: string[]
  readonly hasAffinity: boolean
  readonly simple: boolean
  private tolerationCache: Map<string, string | undefined> | undefined
  interPod: AffinityCheck | undefined
  spread: AffinityCheck | undefined

  constructor(
    pod: KubeObject,
    readonly req: Requests,
    readonly volumes: VolumePlan,
    sim: Sim,
    cache: SchedulerCache
  ) {
    const spec = (this.spec = pod.spec ?? {})
    this.tolerations = spec.tolerations ?? []
    this.wantedNode = spec.nodeName
    this.ports = hostPortsOf(pod)
    this.hasAffinity = !!spec.nodeSelector || !!spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution
    this.interPod = prepareInterPodAffinity(sim.store, cache, pod)
    this.spread = spec.topologySpreadConstraints ? prepareTopologySpread(sim.store, cache, pod, (n) => this.eligible(n)) : undefined
    this.simple = !this.hasAffinity && !this.ports.length && !volumes.pvTerms.length && !this.interPod && !this.spread && !this.wantedNode
  }

  eligible(n: NodeState): boolean {
    return !this.hasAffinity || nodeAffinityMatches(this.spec, n.labels, n.name)
  }

  why(n: NodeState): string | string[] | undefined {
    const tolerations = this.tolerations
    if (n.unschedulable && !(tolerations.length > 0 && tolerations.some((t) => tolerates(t, UNSCHEDULABLE_TAINT)))) return 'node(s) were unschedulable'
    if (this.wantedNode && this.wantedNode !== n.name) return "node(s) didn't match the requested node name"
    if (n.hardTaints.length) {
      const cache = (this.tolerationCache ??= new Map())
      let verdict = cache.get(n.taintSignature)
      if (!cache.has(n.taintSignature)) {
        const t = untolerated(n.hardTaints, tolerations)
        verdict = t ? `node(s) had untolerated taint {${t.key}: ${t.value ?? ''}}` : undefined
        cache.set(n.taintSignature, verdict)
      }
      if (verdict) return verdict
    }
    if (this.hasAffinity && !nodeAffinityMatches(this.spec, n.labels, n.name)) return "node(s) didn't match Pod's node affinity/selector"
    if (this.ports.length && this.ports.some((p) => n.hostPorts.has(p))) return "node(s) didn't have free ports for the requested pod ports"
    const req = this.req
    const pods = n.podCount + 1 > n.maxPods
    const cpu = req.cpu > 0 && n.reqCpu + req.cpu > n.allocCpu
    const mem = req.memory > 0 && n.reqMem + req.memory > n.allocMem
    const storage = req.storage > 0 && n.reqStorage + req.storage > n.allocStorage
    if (pods || cpu || mem || storage) {
      const out: string[] = []
      if (pods) out.push('Too many pods')
      if (cpu) out.push('Insufficient cpu')
      if (mem) out.push('Insufficient memory')
      if (storage) out.push('Insufficient ephemeral-storage')
      return out.length === 1 ? out[0] : out
    }
    if (this.simple) return undefined
    if (this.volumes.pvTerms.length > 0 && !volumesFit(this.volumes, n)) return 'node(s) had volume node affinity conflict'
    return this.spread?.check(n) ?? this.interPod?.check(n)
  }
}

function failure(total: number, histogram: Map<string, number>, start: number, prefilter?: string): Placement {
  return { message: fitError(total, histogram, prefilter), nextStart: start, delayedClaims: [] }
}

export function placePod(sim: Sim, cache: SchedulerCache, pod: KubeObject, start: number): Placement {
  const nodes = cache.nodes
  const total = nodes.length
  const volumes = planVolumes(sim.store, pod)
  if (total === 0) return { message: 'no nodes available to schedule pods', nextStart: 0, delayedClaims: [] }
  if (volumes.error) return failure(total, new Map(), start, volumes.error)

  const req = cache.shapeOf(pod).req
  const filter = new PodFilter(pod, req, volumes, sim, cache)

  // NodeAffinity's PreFilter: terms pinned to node names (DaemonSet pods) narrow the search.
  const pinned = pinnedNodes(filter.spec)
  if (pinned) {
    const feasible: NodeState[] = []
    const histogram = new Map<string, number>()
    let unresolvable = 0
    for (const name of pinned) {
      const n = cache.node(name)
      if (!n) continue
      const why = filter.why(n)
      if (why === undefined) feasible.push(n)
      else if (count(histogram, why)) unresolvable++
    }
    const others = total - pinned.size
    if (others > 0) histogram.set("node(s) didn't match Pod's node affinity/selector", (histogram.get("node(s) didn't match Pod's node affinity/selector") ?? 0) + others)
    if (!feasible.length) return { message: fitError(total, histogram, undefined, unresolvable + Math.max(0, others)), nextStart: start, delayedClaims: [] }
    const indexes = Int32Array.from(feasible, (n) => n.index)
    const node = nodes[indexes.length === 1 ? indexes[0] : pickBest(sim, cache, pod, indexes, indexes.length)]
    return { node: node.name, nextStart: start, delayedClaims: volumes.delayed }
  }

  const want = feasibleNodesToFind(total)
  // Setting an array's length to 0 gives its storage back: count into a kept buffer instead.
  const feasible = FEASIBLE.length >= want ? FEASIBLE : (FEASIBLE = new Int32Array(want * 2))
  let found = 0
  let histogram: Map<string, number> | undefined
  let unresolvable = 0
  let processed = 0
  let i = start
  const { ok, roomy, freeCpu, freeMem, freeStorage, freePods } = cache.fit
  const simple = filter.simple
  const cpu = req.cpu
  const mem = req.memory
  const sto = req.storage
  const requestsNothing = cpu === 0 && mem === 0 && sto === 0
  for (; processed < total && found < want; processed++) {
    const at = i
    if (++i === total) i = 0
    // The common case (a plain pod, an untainted node with room) reads flat arrays only.
    if (simple && (requestsNothing ? roomy[at] === 1 : ok[at] === 1 && freePods[at] > 0 && freeCpu[at] >= cpu && freeMem[at] >= mem && freeStorage[at] >= sto)) {
      feasible[found++] = at
      continue
    }
    const why = filter.why(nodes[at])
    if (why === undefined) feasible[found++] = at
    else if (count((histogram ??= new Map()), why)) unresolvable++
  }
  const nextStart = (start + processed) % total
  if (found === 0) return { message: fitError(total, histogram ?? new Map(), undefined, unresolvable), nextStart, delayedClaims: [] }
  const node = nodes[found === 1 ? feasible[0] : pickBest(sim, cache, pod, feasible, found)]
  return { node: node.name, nextStart, delayedClaims: volumes.delayed }
}

/** Reused between cycles (the scheduler is not re-entrant): no 500-slot array per pod. */
let FEASIBLE = new Int32Array(1024)
let TIED = new Int32Array(1024)

/** Adds a node's reasons to the histogram; true when no preemption could help it. */
function count(histogram: Map<string, number>, why: string | string[]): boolean {
  if (typeof why === 'string') {
    histogram.set(why, (histogram.get(why) ?? 0) + 1)
    return UNRESOLVABLE.has(why) || why.startsWith('node(s) had untolerated taint')
  }
  for (const r of why) histogram.set(r, (histogram.get(r) ?? 0) + 1)
  return false
}

/** Node names every required term pins through matchFields metadata.name In (…), if all do. */
function pinnedNodes(spec: KubeObject['spec']): Set<string> | undefined {
  const terms: { matchFields?: { key: string; operator: string; values?: string[] }[] }[] | undefined =
    spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms
  if (!terms?.length) return undefined
  const names = new Set<string>()
  for (const t of terms) {
    const f = t.matchFields?.find((x) => x.key === 'metadata.name' && x.operator === 'In')
    if (!f) return undefined
    for (const v of f.values ?? []) names.add(v)
  }
  return names
}

/** Scores the feasible nodes (given by index) and picks one of the best at random, as selectHost does. */
/** NodeResourcesFit (LeastAllocated) + NodeResourcesBalancedAllocation on non-zero requests, remembered for the node until it or the pod shape changes. */
function resourceScore(fit: NodeFit, i: number, nzCpu: number, nzMem: number, stamp: number): number {
  const { allocCpu, allocMem } = fit
  const cpuFrac = allocCpu[i] > 0 ? (fit.nzCpu[i] + nzCpu) / allocCpu[i] : 1
  const memFrac = allocMem[i] > 0 ? (fit.nzMem[i] + nzMem) / allocMem[i] : 1
  const cpuFree = cpuFrac < 1 ? 1 - cpuFrac : 0
  const memFree = memFrac < 1 ? 1 - memFrac : 0
  const diff = (cpuFrac < 1 ? cpuFrac : 1) - (memFrac < 1 ? memFrac : 1)
  const score = ((50 * (cpuFree + memFree)) | 0) + ((100 - 50 * (diff < 0 ? -diff : diff)) | 0)
  fit.scoreShape[i] = stamp
  fit.scoreBase[i] = score
  return score
}

/** PodTopologySpread's default score for each count of the owner's pods on a node, 0…max. */
let SPREAD = new Float64Array(128)

function spreadTerms(max: number): Float64Array {
  if (SPREAD.length <= max) SPREAD = new Float64Array(max * 2)
  if (max === 0) SPREAD[0] = 200
  else for (let c = 0; c <= max; c++) SPREAD[c] = (2 * ((100 * (max - c)) / max)) | 0
  return SPREAD
}

/** Scores the feasible nodes (given by index) and picks one of the best at random, as selectHost does. */
function pickBest(sim: Sim, cache: SchedulerCache, pod: KubeObject, candidates: Int32Array, size: number): number {
  const nz = cache.shapeOf(pod).nz
  const nzCpu = nz.cpu
  const nzMem = nz.memory
  const spec = pod.spec ?? {}
  const nodes = cache.nodes
  const fit = cache.fit
  const counts = cache.spreadCounts(controllerRef(pod)?.uid) ?? NO_COUNTS
  const preferred = spec.affinity?.nodeAffinity?.preferredDuringSchedulingIgnoredDuringExecution?.length
  let maxSpread = 0
  if (counts !== NO_COUNTS) for (let k = 0; k < size; k++) if (counts[candidates[k]] > maxSpread) maxSpread = counts[candidates[k]]
  const spread = spreadTerms(maxSpread)
  let maxPreferred = 0
  if (preferred) for (let k = 0; k < size; k++) maxPreferred = Math.max(maxPreferred, preferredAffinityScore(spec, nodes[candidates[k]].labels, nodes[candidates[k]].name))
  if (TIED.length < size) TIED = new Int32Array(size * 2)
  const tied = TIED
  const { scoreShape, scoreBase, soft } = fit
  const stamp = fit.shapeStamp(nzCpu, nzMem)
  let ties = 0
  let bestScore = -Infinity
  for (let k = 0; k < size; k++) {
    const i = candidates[k]
    let score = scoreShape[i] === stamp ? scoreBase[i] : resourceScore(fit, i, nzCpu, nzMem, stamp)
    const c = counts === NO_COUNTS ? 0 : counts[i]
    score += c >= 0 ? spread[c] : maxSpread > 0 ? (2 * ((100 * (maxSpread - c)) / maxSpread)) | 0 : 200
    if (preferred && maxPreferred > 0) score += 2 * Math.floor((100 * preferredAffinityScore(spec, nodes[i].labels, nodes[i].name)) / maxPreferred)
    if (soft[i] === 1) score -= 300 * softPenalty(nodes[i], spec.tolerations ?? [])
    if (score >= bestScore) {
      if (score > bestScore) {
        bestScore = score
        ties = 0
      }
      tied[ties++] = i
    }
  }
  return ties === 1 ? tied[0] : tied[sim.random.int(0, ties - 1)]
}

const NO_COUNTS = new Int32Array(0)

function softPenalty(node: NodeState, tolerations: Toleration[]): number {
  return node.softTaints.filter((t) => !tolerations.some((tol) => tolerates(tol, t))).length
}

/** FitError.Error(): "0/3 nodes are available: <histogram>. preemption: …". */
export function fitError(total: number, histogram: Map<string, number>, prefilter?: string, unresolvable = 0): string {
  let msg = `0/${total} nodes are available:`
  if (prefilter) msg += ` ${prefilter}.`
  const parts = [...histogram].map(([reason, n]) => `${n} ${reason}`).sort()
  if (parts.length) msg += ` ${parts.join(', ')}.`
  const helpless = prefilter ? total : unresolvable
  const post: string[] = []
  if (helpless) post.push(`${helpless} Preemption is not helpful for scheduling`)
  if (total - helpless > 0) post.push(`${total - helpless} No preemption victims found for incoming pod`)
  msg += ` preemption: 0/${total} nodes are available: ${post.join(', ')}.`
  return msg
}
