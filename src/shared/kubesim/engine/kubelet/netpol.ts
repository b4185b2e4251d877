// NetworkPolicy evaluation (what the CNI enforces): a connection is allowed when the
// destination's ingress policies and the source's egress policies both let it through.
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { KubeObject } from '../contract'
import { fromLabelSelector, matches } from '../api/selectors'
import type { Store } from '../runtime/store'
import { R } from '../controllers/util'
import { ipToInt, parseCidr } from '../kinds/services'

function policies(store: Store, ns: string): readonly KubeObject[] {
  return store.list(R.netpols, ns)
}

function selects(selector: unknown, labels: Record<string, string> | undefined): boolean {
  const sel = fromLabelSelector(selector ?? {})
  return !!sel && matches(sel, labels)
}

function inCidr(ip: string | undefined, block: any): boolean {
  if (!ip || !block?.cidr) return false
  const { base, bits } = parseCidr(block.cidr)
  const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0
  const v = ipToInt(ip)
  if (((v & mask) >>> 0) !== ((base & mask) >>> 0)) return false
  for (const ex of block.except ?? []) if (inCidr(ip, { cidr: ex })) return false
  return true
}

function peerMatches(store: Store, peer: any, policyNs: string, other: KubeObject): boolean {
  if (peer.ipBlock) return inCidr(other.status?.podIP, peer.ipBlock)
  const otherNs = other.metadata.namespace ?? 'default'
  if (peer.namespaceSelector) {
    const ns = store.get(R.namespaces, undefined, otherNs)
    if (!selects(peer.namespaceSelector, ns?.metadata.labels)) return false
  } else if (otherNs !== policyNs) return false
  return peer.podSelector ? selects(peer.podSelector, other.metadata.labels) : true
}

function portMatches(ports: any[] | undefined, target: KubeObject, port: number, protocol: string): boolean {
  if (!ports || ports.length === 0) return true
  return ports.some((p) => {
    if ((p.protocol ?? 'TCP') !== protocol) return false
    if (p.port === undefined) return true
    if (typeof p.port === 'number') return p.endPort ? port >= p.port && port <= p.endPort : p.port === port
    for (const c of target.spec?.containers ?? []) for (const cp of c.ports ?? []) if (cp.name === p.port && cp.containerPort === port) return true
    return false
  })
}

function direction(store: Store, subject: KubeObject, other: KubeObject, port: number, protocol: string, type: 'Ingress' | 'Egress', portOwner: KubeObject): boolean {
  const ns = subject.metadata.namespace ?? 'default'
  const applicable = policies(store, ns).filter((p) => (p.spec?.policyTypes ?? ['Ingress']).includes(type) && selects(p.spec?.podSelector, subject.metadata.labels))
  if (!applicable.length) return true
  return applicable.some((p) => {
    const rules: any[] = (type === 'Ingress' ? p.spec?.ingress : p.spec?.egress) ?? []
    return rules.some((r) => {
      const peers: any[] | undefined = type === 'Ingress' ? r.from : r.to
      const peerOk = !peers || peers.length === 0 || peers.some((peer) => peerMatches(store, peer, ns, other))
      return peerOk && portMatches(r.ports, portOwner, port, protocol)
    })
  })
}

export function allowedByPolicies(store: Store, from: KubeObject, to: KubeObject, port: number, protocol = 'TCP'): boolean {
  if (from.spec?.hostNetwork || to.spec?.hostNetwork) return true
  return direction(store, to, from, port, protocol, 'Ingress', to) && direction(store, from, to, port, protocol, 'Egress', to)
}
