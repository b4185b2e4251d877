// InterPodAffinity and PodTopologySpread filters. Each scheduling cycle turns the pod's terms
// into sets of forbidden or required topology values, so checking one node is a lookup.
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { KubeObject } from '../contract'
import { fromLabelSelector, matches, type Selector } from '../api/selectors'
import type { Store } from '../runtime/store'
import { isPodActive, R } from '../controllers/util'
import type { NodeState, SchedulerCache } from './cache'

function equalityPairs(sel: Selector): Record<string, string> {
  const out: Record<string, string> = {}
  for (const r of sel) if ((r.operator === 'In' || r.operator === 'Equals') && r.values.length === 1) out[r.key] = r.values[0]
  return out
}

/** Bound, active pods in `namespaces` that `selector` matches. */
function matchingPods(store: Store, namespaces: string[], selector: unknown): KubeObject[] {
  const sel = fromLabelSelector(selector)
  if (!sel) return []
  const out: KubeObject[] = []
  for (const ns of namespaces) {
    for (const p of store.podsWithLabels(ns, equalityPairs(sel))) {
      if (p.spec?.nodeName && isPodActive(p) && matches(sel, p.metadata.labels)) out.push(p)
    }
  }
  return out
}

function termNamespaces(store: Store, term: any, podNs: string): string[] {
  if (Array.isArray(term.namespaces) && term.namespaces.length) return term.namespaces
  if (term.namespaceSelector) {
    const sel = fromLabelSelector(term.namespaceSelector) ?? []
    return store.list(R.namespaces).filter((n) => matches(sel, n.metadata.labels)).map((n) => n.metadata.name)
  }
  return [podNs]
}

export interface AffinityCheck {
  /** Reason string when `node` fails, else undefined. */
  check(node: NodeState): string | undefined
}

export function prepareInterPodAffinity(store: Store, cache: SchedulerCache, pod: KubeObject): AffinityCheck | undefined {
  const ns = pod.metadata.namespace ?? 'default'
  const anti: any[] = pod.spec?.affinity?.podAntiAffinity?.requiredDuringSchedulingIgnoredDuringExecution ?? []
  const affinity: any[] = pod.spec?.affinity?.podAffinity?.requiredDuringSchedulingIgnoredDuringExecution ?? []
  if (!anti.length && !affinity.length && !cache.antiAffinityPods.size) return undefined
  const forbidden: { key: string; values: Set<string> }[] = []
  const required: { key: string; values: Set<string> | undefined }[] = []
  const existingForbidden: { key: string; values: Set<string> }[] = []
  const valueOf = (p: KubeObject, key: string): string | undefined => cache.node(p.spec.nodeName)?.labels[key]

  for (const term of anti) {
    const values = new Set<string>()
    for (const p of matchingPods(store, termNamespaces(store, term, ns), term.labelSelector)) {
      const v = valueOf(p, term.topologyKey)
      if (v !== undefined) values.add(v)
    }
    forbidden.push({ key: term.topologyKey, values })
  }
  for (const term of affinity) {
    const pods = matchingPods(store, termNamespaces(store, term, ns), term.labelSelector)
    const selfMatch = (() => {
      const sel = fromLabelSelector(term.labelSelector)
      return !!sel && matches(sel, pod.metadata.labels)
    })()
    if (pods.length === 0 && selfMatch) {
      required.push({ key: term.topologyKey, values: undefined })
      continue
    }
    const values = new Set<string>()
    for (const p of pods) {
      const v = valueOf(p, term.topologyKey)
      if (v !== undefined) values.add(v)
    }
    required.push({ key: term.topologyKey, values })
  }
  for (const key of cache.antiAffinityPods) {
    const [pns, pname] = [key.slice(0, key.indexOf('/')), key.slice(key.indexOf('/') + 1)]
    const existing = store.get(R.pods, pns, pname)
    if (!existing || !isPodActive(existing)) continue
    for (const term of existing.spec?.affinity?.podAntiAffinity?.requiredDuringSchedulingIgnoredDuringExecution ?? []) {
      if (!termNamespaces(store, term, pns).includes(ns)) continue
      const sel = fromLabelSelector(term.labelSelector)
      if (!sel || !matches(sel, pod.metadata.labels)) continue
      const v = valueOf(existing, term.topologyKey)
      if (v !== undefined) existingForbidden.push({ key: term.topologyKey, values: new Set([v]) })
    }
  }
  if (!forbidden.length && !required.length && !existingForbidden.length) return undefined
  return {
    // InterPodAffinity's Filter order: the pod's affinity, its anti-affinity, then existing pods' anti-affinity.
    check(node) {
      for (const r of required) {
        const v = node.labels[r.key]
        if (v === undefined || (r.values && !r.values.has(v))) return "node(s) didn't match pod affinity rules"
      }
      for (const f of forbidden) {
        const v = node.labels[f.key]
        if (v !== undefined && f.values.has(v)) return "node(s) didn't match pod anti-affinity rules"
      }
      for (const f of existingForbidden) if (f.values.has(node.labels[f.key])) return "node(s) didn't satisfy existing pods anti-affinity rules"
      return undefined
    }
  }
}

export function prepareTopologySpread(store: Store, cache: SchedulerCache, pod: KubeObject, eligible: (n: NodeState) => boolean): AffinityCheck | undefined {
  const constraints: any[] = (pod.spec?.topologySpreadConstraints ?? []).filter((c: any) => c.whenUnsatisfiable !== 'ScheduleAnyway')
  if (!constraints.length) return undefined
  const ns = pod.metadata.namespace ?? 'default'
  const prepared = constraints.map((c) => {
    const counts = new Map<string, number>()
    for (const n of cache.nodes) if (eligible(n) && n.labels[c.topologyKey] !== undefined) counts.set(n.labels[c.topologyKey], 0)
    for (const p of matchingPods(store, [ns], c.labelSelector)) {
      const v = cache.node(p.spec.nodeName)?.labels[c.topologyKey]
      if (v !== undefined && counts.has(v)) counts.set(v, counts.get(v)! + 1)
    }
    let min = Infinity
    for (const v of counts.values()) min = Math.min(min, v)
    if (c.minDomains && counts.size < c.minDomains) min = 0
    const sel = fromLabelSelector(c.labelSelector)
    const self = sel && matches(sel, pod.metadata.labels) ? 1 : 0
    return { key: c.topologyKey as string, maxSkew: (c.maxSkew as number) ?? 1, counts, min: min === Infinity ? 0 : min, self }
  })
  return {
    check(node) {
      for (const c of prepared) {
        const v = node.labels[c.key]
        if (v === undefined) return "node(s) didn't match pod topology spread constraints (missing required label)"
        if ((c.counts.get(v) ?? 0) + c.self - c.min > c.maxSkew) return "node(s) didn't match pod topology spread constraints"
      }
      return undefined
    }
  }
}
