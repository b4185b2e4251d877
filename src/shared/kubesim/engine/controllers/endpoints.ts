// Endpoints and EndpointSlice controllers: the ready (and not-ready) pods a Service's
// selector matches, with the target ports resolved against each pod's container ports.
import type { KubeObject } from '../contract'
import { ApiException } from '../contract'
import { mapMatches } from '../api/selectors'
import type { Controller } from '../runtime/reconciler'
import { deepEqual, objectMeta } from '../runtime/objects'
import { rfc3339 } from '../runtime/time'
import type { Ctx } from './context'
import { isPodReady, keyOf, ownerRefTo, R, splitKey } from './util'

interface Address {
  ip: string
  ready: boolean
  terminating: boolean
  pod: KubeObject
}

function resolvePort(pod: KubeObject, target: number | string | undefined, fallback: number): number | undefined {
  if (target === undefined) return fallback
  if (typeof target === 'number') return target
  if (/^\d+$/.test(target)) return parseInt(target, 10)
  for (const c of pod.spec?.containers ?? []) for (const p of c.ports ?? []) if (p.name === target) return p.containerPort
  return undefined
}

export function servicePods(ctx: Ctx, svc: KubeObject): Address[] {
  const { sim } = ctx
  const selector = svc.spec?.selector
  if (!selector || Object.keys(selector).length === 0) return []
  const out: Address[] = []
  for (const pod of sim.store.podsWithLabels(svc.metadata.namespace ?? 'default', selector)) {
    if (!mapMatches(selector, pod.metadata.labels)) continue
    const ip = pod.status?.podIP
    const phase = pod.status?.phase
    if (!ip || phase === 'Succeeded' || phase === 'Failed') continue
    const terminating = !!pod.metadata.deletionTimestamp
    if (terminating && !svc.spec?.publishNotReadyAddresses) continue
    out.push({ ip, ready: isPodReady(pod) || !!svc.spec?.publishNotReadyAddresses, terminating, pod })
  }
  return out.sort((a, b) => (a.ip < b.ip ? -1 : a.ip > b.ip ? 1 : 0))
}

export class EndpointsController implements Controller {
  readonly name = 'endpoints'

  constructor(private readonly ctx: Ctx) {
    const { sim } = ctx
    sim.reconciler.register(this)
    sim.store.watch((e) => {
      if (e.resource === R.services) sim.reconciler.enqueue(this.name, keyOf(e.object))
      else if (e.resource === R.pods) {
        const relevant = e.type !== 'MODIFIED' || !e.old || podChanged(e.object, e.old)
        if (!relevant) return
        if (!sim.store.any(R.services, e.object.metadata.namespace)) return
        for (const svc of sim.store.list(R.services, e.object.metadata.namespace)) {
          const sel = svc.spec?.selector
          if (sel && (mapMatches(sel, e.object.metadata.labels) || (e.old && mapMatches(sel, e.old.metadata.labels)))) sim.reconciler.enqueue(this.name, keyOf(svc))
        }
      }
    }, [R.services, R.pods])
  }

  sync(key: string): void {
    const { sim, server } = this.ctx
    const [ns, name] = splitKey(key)
    const svc = sim.store.get(R.services, ns, name)
    const existing = sim.store.get(R.endpoints, ns, name)
    if (!svc) {
      if (existing && existing.metadata.labels?.['endpoints.kubernetes.io/managed-by'] !== 'apiserver') server.remove(R.endpoints, existing)
      for (const slice of this.slices(ns, name)) server.remove(R.endpointslices, slice)
      return
    }
    if (!svc.spec?.selector || svc.spec.type === 'ExternalName') return
    const pods = servicePods(this.ctx, svc)
    const ports = (svc.spec.ports ?? []) as { name?: string; port: number; protocol: string; targetPort?: number | string; appProtocol?: string }[]
    const subsetPorts = (pod: KubeObject): Record<string, unknown>[] =>
      ports
        .map((p) => {
          const port = resolvePort(pod, p.targetPort, p.port)
          if (port === undefined) return undefined
          const out: Record<string, unknown> = { port, protocol: p.protocol }
          if (p.name) out.name = p.name
          if (p.appProtocol) out.appProtocol = p.appProtocol
          return out
        })
        .filter((p): p is Record<string, unknown> => p !== undefined)
    const address = (a: Address): Record<string, unknown> => {
      const out: Record<string, unknown> = { ip: a.ip }
      if (a.pod.spec?.hostname && a.pod.spec?.subdomain === name) out.hostname = a.pod.spec.hostname
      if (a.pod.spec?.nodeName) out.nodeName = a.pod.spec.nodeName
      out.targetRef = { kind: 'Pod', name: a.pod.metadata.name, namespace: ns, uid: a.pod.metadata.uid }
      return out
    }
    const groups = new Map<string, { ports: Record<string, unknown>[]; addresses: Record<string, unknown>[]; notReadyAddresses: Record<string, unknown>[] }>()
    for (const a of pods) {
      const p = subsetPorts(a.pod)
      if (ports.length && !p.length) continue
      const k = JSON.stringify(p)
      if (!groups.has(k)) groups.set(k, { ports: p, addresses: [], notReadyAddresses: [] })
      const g = groups.get(k)!
      if (a.ready) g.addresses.push(address(a))
      else g.notReadyAddresses.push(address(a))
    }
    const subsets = [...groups.values()].map((g) => {
      const s: Record<string, unknown> = {}
      if (g.addresses.length) s.addresses = g.addresses
      if (g.notReadyAddresses.length) s.notReadyAddresses = g.notReadyAddresses
      if (g.ports.length) s.ports = g.ports
      return s
    })
    const labels: Record<string, string> = { ...(svc.metadata.labels ?? {}) }
    if (svc.spec.clusterIP === 'None') labels['service.kubernetes.io/headless'] = ''
    const body: KubeObject = {
      apiVersion: 'v1',
      kind: 'Endpoints',
      metadata: objectMeta({ name, namespace: ns, labels, annotations: { 'endpoints.kubernetes.io/last-change-trigger-time': rfc3339(sim.now) } }),
      ...(subsets.length ? { subsets } : {})
    }
    if (!existing) server.create(R.endpoints, body)
    else if (!deepEqual(existing.subsets, body.subsets) || !deepEqual(existing.metadata.labels ?? {}, labels)) {
      server.mutate(R.endpoints, ns, name, (d) => {
        d.metadata.labels = labels
        d.metadata.annotations = { ...(d.metadata.annotations ?? {}), 'endpoints.kubernetes.io/last-change-trigger-time': rfc3339(sim.now) }
        if (subsets.length) d.subsets = subsets
        else delete d.subsets
      })
    }
    this.syncSlice(svc, pods, ports)
  }

  private slices(ns: string, service: string): KubeObject[] {
    return this.ctx.sim.store.list(R.endpointslices, ns).filter((s) => s.metadata.labels?.['kubernetes.io/service-name'] === service && s.metadata.labels?.['endpointslice.kubernetes.io/managed-by'] === 'endpointslice-controller.k8s.io')
  }

  private syncSlice(svc: KubeObject, pods: Address[], ports: { name?: string; port: number; protocol: string; targetPort?: number | string }[]): void {
    const { server } = this.ctx
    const ns = svc.metadata.namespace ?? 'default'
    const endpoints = pods.map((a) => {
      const out: Record<string, unknown> = {
        addresses: [a.ip],
        conditions: { ready: a.ready && !a.terminating, serving: a.ready, terminating: a.terminating }
      }
      if (a.pod.spec?.nodeName) out.nodeName = a.pod.spec.nodeName
      out.targetRef = { kind: 'Pod', name: a.pod.metadata.name, namespace: ns, uid: a.pod.metadata.uid }
      return out
    })
    const first = pods[0]?.pod
    const slicePorts = ports.map((p) => ({ name: p.name ?? '', port: first ? (resolvePort(first, p.targetPort, p.port) ?? p.port) : typeof p.targetPort === 'number' ? p.targetPort : p.port, protocol: p.protocol }))
    const labels: Record<string, string> = { ...(svc.metadata.labels ?? {}), 'endpointslice.kubernetes.io/managed-by': 'endpointslice-controller.k8s.io', 'kubernetes.io/service-name': svc.metadata.name }
    if (svc.spec?.clusterIP === 'None') labels['service.kubernetes.io/headless'] = ''
    const existing = this.slices(ns, svc.metadata.name)[0]
    const body: Record<string, unknown> = { addressType: 'IPv4', endpoints, ports: slicePorts }
    if (!existing) {
      try {
        server.create(R.endpointslices, {
          apiVersion: 'discovery.k8s.io/v1',
          kind: 'EndpointSlice',
          metadata: objectMeta({ generateName: `${svc.metadata.name}-`, namespace: ns, labels, annotations: { 'endpoints.kubernetes.io/last-change-trigger-time': rfc3339(this.ctx.sim.now) }, ownerReferences: [ownerRefTo(svc)] }),
          ...body
        })
      } catch (e) {
        if (!(e instanceof ApiException)) throw e
      }
    } else if (!deepEqual(existing.endpoints, endpoints) || !deepEqual(existing.ports, slicePorts)) {
      server.mutate(R.endpointslices, ns, existing.metadata.name, (d) => {
        d.endpoints = endpoints
        d.ports = slicePorts
        d.metadata.labels = labels
      })
    }
  }
}

function podChanged(a: KubeObject, b: KubeObject): boolean {
  return (
    a.status?.podIP !== b.status?.podIP ||
    isPodReady(a) !== isPodReady(b) ||
    a.metadata.deletionTimestamp !== b.metadata.deletionTimestamp ||
    a.status?.phase !== b.status?.phase ||
    !deepEqual(a.metadata.labels, b.metadata.labels)
  )
}
