/* eslint-disable @typescript-eslint/no-explicit-any */
import type { KubeObject } from '../../engine/contract'
import { formatLabels, formatLabelSelector } from '../output/tables/format'
import { annotationsMultiline, describeEvents, labelsMultiline } from './common'
import { DescribeWriter } from './writer'

// describeService, describeEndpoints, describeIngressV1, describeNetworkPolicy (describe.go).

/** formatEndpointSlices for one service port (endpoints of the port's name, at most three). */
function endpointsFor(slices: KubeObject[], portName: string): string {
  if (!slices.length) return '<none>'
  const list: string[] = []
  let count = 0
  for (const s of slices) {
    const ports: any[] = s.ports ?? []
    const endpoints: any[] = s.endpoints ?? []
    if (!ports.length) {
      for (const e of endpoints) {
        if (list.length < 3) list.push(e.addresses?.[0])
        count++
      }
      continue
    }
    for (const p of ports) {
      if ((p.name ?? '') !== portName) continue
      for (const e of endpoints) {
        const addr = e.addresses?.[0] ?? ''
        if (list.length < 3) list.push(addr.includes(':') ? `[${addr}]:${p.port}` : `${addr}:${p.port}`)
        count++
      }
    }
  }
  const ret = list.join(',')
  return count > 3 ? `${ret} + ${count - 3} more...` : ret
}

export function describeService(svc: KubeObject, slices: KubeObject[], events: KubeObject[] | undefined, now: number): string {
  const w = new DescribeWriter()
  const spec = svc.spec ?? {}
  w.write(0, `Name:\t${svc.metadata.name}\n`)
  w.write(0, `Namespace:\t${svc.metadata.namespace}\n`)
  labelsMultiline(w, 'Labels', svc.metadata.labels)
  annotationsMultiline(w, 'Annotations', svc.metadata.annotations)
  w.write(0, `Selector:\t${formatLabels(spec.selector)}\n`)
  w.write(0, `Type:\t${spec.type ?? ''}\n`)
  if (spec.ipFamilyPolicy) w.write(0, `IP Family Policy:\t${spec.ipFamilyPolicy}\n`)
  w.write(0, `IP Families:\t${spec.ipFamilies?.length ? spec.ipFamilies.join(',') : '<none>'}\n`)
  w.write(0, `IP:\t${spec.clusterIP ?? ''}\n`)
  w.write(0, `IPs:\t${spec.clusterIPs?.length ? spec.clusterIPs.join(',') : '<none>'}\n`)
  if (spec.externalIPs?.length) w.write(0, `External IPs:\t${spec.externalIPs.join(',')}\n`)
  if (spec.loadBalancerIP) w.write(0, `Desired LoadBalancer IP:\t${spec.loadBalancerIP}\n`)
  if (spec.externalName) w.write(0, `External Name:\t${spec.externalName}\n`)
  const ingress: any[] = svc.status?.loadBalancer?.ingress ?? []
  if (ingress.length) w.write(0, `LoadBalancer Ingress:\t${ingress.map((i) => i.ip || i.hostname).join(', ')}\n`)
  for (const p of spec.ports ?? []) {
    const name = p.name || '<unset>'
    w.write(0, `Port:\t${name}\t${p.port}/${p.protocol}\n`)
    w.write(0, `TargetPort:\t${p.targetPort}/${p.protocol}\n`)
    if (p.nodePort) w.write(0, `NodePort:\t${name}\t${p.nodePort}/${p.protocol}\n`)
    w.write(0, `Endpoints:\t${endpointsFor(slices, p.name ?? '')}\n`)
  }
  w.write(0, `Session Affinity:\t${spec.sessionAffinity ?? ''}\n`)
  if (spec.externalTrafficPolicy) w.write(0, `External Traffic Policy:\t${spec.externalTrafficPolicy}\n`)
  if (spec.internalTrafficPolicy) w.write(0, `Internal Traffic Policy:\t${spec.internalTrafficPolicy}\n`)
  if (spec.healthCheckNodePort) w.write(0, `HealthCheck NodePort:\t${spec.healthCheckNodePort}\n`)
  describeEvents(w, events, now)
  return w.toString()
}

export function describeEndpoints(ep: KubeObject, events: KubeObject[] | undefined, now: number): string {
  const w = new DescribeWriter()
  w.write(0, `Name:\t${ep.metadata.name}\n`)
  w.write(0, `Namespace:\t${ep.metadata.namespace}\n`)
  labelsMultiline(w, 'Labels', ep.metadata.labels)
  annotationsMultiline(w, 'Annotations', ep.metadata.annotations)
  w.write(0, 'Subsets:\n')
  for (const s of ep.subsets ?? []) {
    w.write(1, `Addresses:\t${(s.addresses ?? []).map((a: any) => a.ip).join(',') || '<none>'}\n`)
    w.write(1, `NotReadyAddresses:\t${(s.notReadyAddresses ?? []).map((a: any) => a.ip).join(',') || '<none>'}\n`)
    if (s.ports?.length) {
      w.write(1, 'Ports:\n')
      w.write(2, 'Name\tPort\tProtocol\n')
      w.write(2, '----\t----\t--------\n')
      for (const p of s.ports) w.write(2, `${p.name || '<unset>'}\t${p.port}\t${p.protocol}\n`)
    }
    w.write(0, '\n')
  }
  describeEvents(w, events, now)
  return w.toString()
}

function backendText(b: any, services: Map<string, KubeObject>, endpoints: Map<string, KubeObject>): string {
  if (b?.resource) return `APIGroup: ${b.resource.apiGroup ?? ''}, Kind: ${b.resource.kind}, Name: ${b.resource.name}`
  const name = b?.service?.name ?? ''
  const port = b?.service?.port?.name ?? String(b?.service?.port?.number ?? '')
  const svc = services.get(name)
  if (!svc) return `${name}:${port} (<error: services "${name}" not found>)`
  const ep = endpoints.get(name)
  const sp = (svc.spec?.ports ?? []).find((p: any) => (b.service.port?.name ? p.name === b.service.port.name : p.port === b.service.port?.number))
  const addrs: string[] = []
  for (const s of ep?.subsets ?? []) {
    for (const p of s.ports ?? []) {
      if (!sp || p.name !== sp.name) continue
      for (const a of s.addresses ?? []) addrs.push(`${a.ip}:${p.port}`)
    }
  }
  return `${name}:${port} (${addrs.join(',')})`
}

export function describeIngress(ing: KubeObject, services: Map<string, KubeObject>, endpoints: Map<string, KubeObject>, events: KubeObject[] | undefined, now: number): string {
  const w = new DescribeWriter()
  const spec = ing.spec ?? {}
  const ns = ing.metadata.namespace ?? ''
  w.write(0, `Name:\t${ing.metadata.name}\n`)
  labelsMultiline(w, 'Labels', ing.metadata.labels)
  w.write(0, `Namespace:\t${ns}\n`)
  const addrs = [...new Set((ing.status?.loadBalancer?.ingress ?? []).map((i: any) => i.ip || i.hostname))].sort().join(',')
  w.write(0, `Address:\t${addrs}\n`)
  w.write(0, `Ingress Class:\t${spec.ingressClassName ?? '<none>'}\n`)
  const def = spec.defaultBackend ? backendText(spec.defaultBackend, services, endpoints) : '<default>'
  w.write(0, `Default backend:\t${def}\n`)
  if (spec.tls?.length) {
    w.write(0, 'TLS:\n')
    for (const t of spec.tls) {
      w.write(1, t.secretName ? `${t.secretName} ` : 'SNI routes ')
      w.write(0, t.hosts?.length ? `terminates ${t.hosts.join(',')}\n` : '\n')
    }
  }
  w.write(0, 'Rules:\n  Host\tPath\tBackends\n')
  w.write(1, '----\t----\t--------\n')
  let count = 0
  for (const r of spec.rules ?? []) {
    if (!r.http) continue
    count++
    w.write(1, `${r.host || '*'}\t\n`)
    for (const p of r.http.paths ?? []) w.write(2, `\t${p.path ?? ''} \t${backendText(p.backend, services, endpoints)}\n`)
  }
  if (!count) w.write(1, `*\t*\t${def}\n`)
  annotationsMultiline(w, 'Annotations', ing.metadata.annotations)
  describeEvents(w, events, now)
  return w.toString()
}

export function describeNetworkPolicy(np: KubeObject): string {
  const w = new DescribeWriter()
  const spec = np.spec ?? {}
  w.write(0, `Name:\t${np.metadata.name}\n`)
  w.write(0, `Namespace:\t${np.metadata.namespace}\n`)
  w.write(0, `Created on:\t${np.metadata.creationTimestamp ? new Date(Date.parse(np.metadata.creationTimestamp)).toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' +0000 UTC') : ''}\n`)
  labelsMultiline(w, 'Labels', np.metadata.labels)
  annotationsMultiline(w, 'Annotations', np.metadata.annotations)
  w.write(0, 'Spec:\n')
  const sel = formatLabelSelector(spec.podSelector ?? {})
  w.write(1, `PodSelector:    ${sel === '<none>' ? '<none> (Allowing the specific traffic to all pods in this namespace)' : sel}\n`)
  const types: string[] = spec.policyTypes ?? ['Ingress', ...(spec.egress ? ['Egress'] : [])]
  const peers = (list: any[] | undefined, dir: 'From' | 'To'): void => {
    if (!list?.length) {
      w.write(2, `${dir}: <any> (traffic not restricted by ${dir === 'From' ? 'source' : 'destination'})\n`)
      return
    }
    for (const p of list) {
      w.write(2, `${dir}:\n`)
      if (p.podSelector && p.namespaceSelector) {
        w.write(3, `NamespaceSelector: ${formatLabelSelector(p.namespaceSelector)}\n`)
        w.write(3, `PodSelector: ${formatLabelSelector(p.podSelector)}\n`)
      } else if (p.podSelector) w.write(3, `PodSelector: ${formatLabelSelector(p.podSelector)}\n`)
      else if (p.namespaceSelector) w.write(3, `NamespaceSelector: ${formatLabelSelector(p.namespaceSelector)}\n`)
      else if (p.ipBlock) {
        w.write(3, 'IPBlock:\n')
        w.write(4, `CIDR: ${p.ipBlock.cidr}\n`)
        w.write(4, `Except: ${(p.ipBlock.except ?? []).join(', ')}\n`)
      }
    }
  }
  const ports = (list: any[] | undefined): void => {
    if (!list?.length) {
      w.write(2, 'To Port: <any> (traffic allowed to all ports)\n')
      return
    }
    for (const p of list) w.write(2, `To Port: ${p.port ?? '<any>'}/${p.protocol ?? 'TCP'}\n`)
  }
  if (types.includes('Ingress')) {
    if (!spec.ingress?.length) w.write(1, 'Allowing ingress traffic:\n    <none> (Selected pods are isolated for ingress connectivity)\n')
    else {
      w.write(1, 'Allowing ingress traffic:\n')
      spec.ingress.forEach((rule: any, i: number) => {
        if (i) w.write(2, '----------\n')
        ports(rule.ports)
        peers(rule.from, 'From')
      })
    }
  } else w.write(1, 'Not affecting ingress traffic\n')
  if (types.includes('Egress')) {
    if (!spec.egress?.length) w.write(1, 'Allowing egress traffic:\n    <none> (Selected pods are isolated for egress connectivity)\n')
    else {
      w.write(1, 'Allowing egress traffic:\n')
      spec.egress.forEach((rule: any, i: number) => {
        if (i) w.write(2, '----------\n')
        ports(rule.ports)
        peers(rule.to, 'To')
      })
    }
  } else w.write(1, 'Not affecting egress traffic\n')
  w.write(1, `Policy Types: ${types.join(', ')}\n`)
  return w.toString()
}
