// One scheduling cycle: PreFilter, Filter (stopping once enough feasible nodes are found,
// as percentageOfNodesToScore does), Score, and the FitError text when nothing fits.
import type { KubeObject } from '../contract'
import type { Sim } from '../runtime/sim'
import { controllerRef } from '../controllers/util'
import { nodeAffinityMatches, preferredAffinityScore, tolerates, untolerated, type Toleration } from './affinity'
import type { NodeState, SchedulerCache } from './cache'
import { prepareInterPodAffinity, prepareTopologySpread } from './podaffinity'
import { nonZeroRequests, podResources } from './requests'
import { planVolumes, volumesFit } from './volumes'

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

export function placePod(sim: Sim, cache: SchedulerCache, pod: KubeObject, start: number): Placement {
  const nodes = cache.nodes
  const total = nodes.length
  const volumes = planVolumes(sim.store, pod)
  const fail = (reasons: Map<string, number>, prefilter?: string): Placement => ({
    message: fitError(total, reasons, prefilter),
    nextStart: start,
    delayedClaims: []
  })
  if (total === 0) return { message: 'no nodes available to schedule pods', nextStart: 0, delayedClaims: [] }
  if (volumes.error) return fail(new Map(), volumes.error)

  const spec = pod.spec ?? {}
  const req = podResources(pod)
  const tolerations: Toleration[] = spec.tolerations ?? []
  const tolerationCache = new Map<string, string | undefined>()
  const wantedNode: string | undefined = spec.nodeName
  const ports = hostPortsOf(pod)
  const hasAffinity = !!spec.nodeSelector || !!spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution
  const eligible = (n: NodeState): boolean => !hasAffinity || nodeAffinityMatches(spec, n.labels, n.name)
  const interPod = prepareInterPodAffinity(sim.store, cache, pod)
  const spread = prepareTopologySpread(sim.store, cache, pod, eligible)
  const hasVolumeTerms = volumes.pvTerms.length > 0

  const filter = (n: NodeState, reasons: string[]): void => {
    if (n.unschedulable && !tolerations.some((t) => tolerates(t, { key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' }))) {
      reasons.push('node(s) were unschedulable')
      return
    }
    if (wantedNode && wantedNode !== n.name) {
      reasons.push("node(s) didn't match the requested node name")
      return
    }
    if (n.hardTaints.length) {
      let verdict = tolerationCache.get(n.taintSignature)
      if (!tolerationCache.has(n.taintSignature)) {
        const t = untolerated(n.hardTaints, tolerations)
        verdict = t ? `node(s) had untolerated taint {${t.key}: ${t.value ?? ''}}` : undefined
        tolerationCache.set(n.taintSignature, verdict)
      }
      if (verdict) {
        reasons.push(verdict)
        return
      }
    }
    if (hasAffinity && !nodeAffinityMatches(spec, n.labels, n.name)) {
      reasons.push("node(s) didn't match Pod's node affinity/selector")
      return
    }
    if (ports.length && ports.some((p) => n.hostPorts.has(p))) {
      reasons.push("node(s) didn't have free ports for the requested pod ports")
      return
    }
    const before = reasons.length
    if (n.podCount + 1 > n.maxPods) reasons.push('Too many pods')
    if (req.cpu > 0 && n.reqCpu + req.cpu > n.allocCpu) reasons.push('Insufficient cpu')
    if (req.memory > 0 && n.reqMem + req.memory > n.allocMem) reasons.push('Insufficient memory')
    if (req.storage > 0 && n.reqStorage + req.storage > n.allocStorage) reasons.push('Insufficient ephemeral-storage')
    if (reasons.length > before) return
    if (hasVolumeTerms && !volumesFit(volumes, n)) {
      reasons.push('node(s) had volume node affinity conflict')
      return
    }
    const s = spread?.check(n)
    if (s) {
      reasons.push(s)
      return
    }
    const a = interPod?.check(n)
    if (a) reasons.push(a)
  }

  const want = feasibleNodesToFind(total)
  const feasible: NodeState[] = []
  const histogram = new Map<string, number>()
  const unresolvableNodes = { count: 0 }
  const reasons: string[] = []
  let processed = 0
  for (; processed < total && feasible.length < want; processed++) {
    const n = nodes[(start + processed) % total]
    reasons.length = 0
    filter(n, reasons)
    if (reasons.length === 0) {
      feasible.push(n)
      continue
    }
    let unresolvable = false
    for (const r of reasons) {
      histogram.set(r, (histogram.get(r) ?? 0) + 1)
      if (UNRESOLVABLE.has(r) || r.startsWith('node(s) had untolerated taint')) unresolvable = true
    }
    if (unresolvable) unresolvableNodes.count++
  }
  const nextStart = (start + processed) % total
  if (feasible.length === 0) {
    const message = fitError(total, histogram, undefined, unresolvableNodes.count)
    return { message, nextStart, delayedClaims: [] }
  }
  const node = feasible.length === 1 ? feasible[0] : pickBest(sim, cache, pod, feasible)
  return { node: node.name, nextStart, delayedClaims: volumes.delayed }
}

function pickBest(sim: Sim, cache: SchedulerCache, pod: KubeObject, nodes: NodeState[]): NodeState {
  const nz = nonZeroRequests(pod)
  const spec = pod.spec ?? {}
  const counts = cache.spreadCounts(controllerRef(pod)?.uid)
  const preferred = spec.affinity?.nodeAffinity?.preferredDuringSchedulingIgnoredDuringExecution?.length
  const tolerations: Toleration[] = spec.tolerations ?? []
  let maxSpread = 0
  if (counts) for (const n of nodes) maxSpread = Math.max(maxSpread, counts[n.index] ?? 0)
  let maxPreferred = 0
  if (preferred) for (const n of nodes) maxPreferred = Math.max(maxPreferred, preferredAffinityScore(spec, n.labels, n.name))
  let best: NodeState = nodes[0]
  let bestScore = -Infinity
  let ties = 0
  for (const n of nodes) {
    const cpuFrac = n.allocCpu > 0 ? (n.nzCpu + nz.cpu) / n.allocCpu : 1
    const memFrac = n.allocMem > 0 ? (n.nzMem + nz.memory) / n.allocMem : 1
    const least = Math.floor(((Math.max(0, 1 - cpuFrac) + Math.max(0, 1 - memFrac)) / 2) * 100)
    const balanced = Math.floor((1 - Math.abs(Math.min(cpuFrac, 1) - Math.min(memFrac, 1)) / 2) * 100)
    let score = least + balanced
    if (counts && maxSpread > 0) score += 2 * Math.floor((100 * (maxSpread - (counts[n.index] ?? 0))) / maxSpread)
    else score += 200
    if (preferred && maxPreferred > 0) score += 2 * Math.floor((100 * preferredAffinityScore(spec, n.labels, n.name)) / maxPreferred)
    if (n.softTaints.length) score -= 3 * 100 * n.softTaints.filter((t) => !tolerations.some((tol) => tolerates(tol, t))).length
    if (score > bestScore) {
      bestScore = score
      best = n
      ties = 1
    } else if (score === bestScore) {
      ties++
      if (sim.random.int(1, ties) === 1) best = n
    }
  }
  return best
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
