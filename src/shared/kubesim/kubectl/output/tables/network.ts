/* eslint-disable @typescript-eslint/no-explicit-any */
import { since } from '../age'
import { formatLabels, formatLabelSelector } from './format'
import { NAME, type TableHandler } from './types'

// printers.go: printService, printEndpoints, printEndpointSlice, printIngress,
// printIngressClass, printNetworkPolicy.

function lbStatus(ingress: any[] | undefined, wide: boolean): string {
  const set = new Set<string>()
  for (const i of ingress ?? []) {
    if (i.ip) set.add(i.ip)
    else if (i.hostname) set.add(i.hostname)
  }
  let r = [...set].sort().join(',')
  if (!wide && r.length > 16) r = r.slice(0, 13) + '...'
  return r
}

function externalIP(svc: any, wide: boolean): string {
  const spec = svc.spec ?? {}
  const external: string[] = spec.externalIPs ?? []
  switch (spec.type) {
    case 'ClusterIP':
    case 'NodePort':
      return external.length ? external.join(',') : '<none>'
    case 'LoadBalancer': {
      const lb = lbStatus(svc.status?.loadBalancer?.ingress, wide)
      if (external.length) return [...(lb ? lb.split(',') : []), ...external].join(',')
      return lb || '<pending>'
    }
    case 'ExternalName':
      return spec.externalName ?? ''
  }
  return '<unknown>'
}

function portsString(ports: any[] | undefined): string {
  return (ports ?? [])
    .map((p) => (p.nodePort > 0 ? `${p.port}:${p.nodePort}/${p.protocol}` : `${p.port}/${p.protocol}`))
    .join(',')
}

export const serviceTable: TableHandler = {
  columns: [
    NAME,
    { name: 'Type' },
    { name: 'Cluster-IP' },
    { name: 'External-IP' },
    { name: 'Port(s)' },
    { name: 'Age' },
    { name: 'Selector', priority: 1 }
  ],
  row(svc: any, { now }) {
    const spec = svc.spec ?? {}
    return [
      svc.metadata.name,
      spec.type ?? '',
      spec.clusterIPs?.[0] ?? spec.clusterIP ?? '<none>',
      externalIP(svc, false),
      portsString(spec.ports) || '<none>',
      since(svc.metadata.creationTimestamp, now),
      formatLabels(spec.selector)
    ]
  }
}

/** formatEndpoints: up to three ip:port pairs, then "+ N more...". */
function formatEndpoints(ep: any): string {
  const subsets: any[] = ep.subsets ?? []
  if (!subsets.length) return '<none>'
  const list: string[] = []
  const max = 3
  let more = false
  let count = 0
  for (const ss of subsets) {
    const addresses: any[] = ss.addresses ?? []
    const ports: any[] = ss.ports ?? []
    if (!ports.length) {
      count += addresses.length
      for (const a of addresses) {
        if (list.length === max) {
          more = true
          break
        }
        list.push(a.ip)
      }
      continue
    }
    for (const port of ports) {
      count += addresses.length
      for (const a of addresses) {
        if (list.length === max) {
          more = true
          break
        }
        list.push(String(a.ip).includes(':') ? `[${a.ip}]:${port.port}` : `${a.ip}:${port.port}`)
      }
    }
  }
  const ret = list.join(',')
  return more ? `${ret} + ${count - max} more...` : ret
}

export const endpointsTable: TableHandler = {
  columns: [NAME, { name: 'Endpoints' }, { name: 'Age' }],
  row(ep: any, { now }) {
    return [ep.metadata.name, formatEndpoints(ep), since(ep.metadata.creationTimestamp, now)]
  }
}

function listWithMore(list: string[], count: number): string {
  const max = 3
  const shown = list.slice(0, max)
  if (count > max) return `${shown.join(',')} + ${count - max} more...`
  return shown.join(',') || '<unset>'
}

export const endpointSliceTable: TableHandler = {
  columns: [NAME, { name: 'AddressType' }, { name: 'Ports' }, { name: 'Endpoints' }, { name: 'Age' }],
  row(es: any, { now }) {
    const ports: any[] = es.ports ?? []
    const portList = ports.map((p) => (p.port !== undefined && p.port !== null ? String(p.port) : p.name ?? '*'))
    const addresses: string[] = (es.endpoints ?? []).flatMap((e: any) => e.addresses ?? [])
    return [
      es.metadata.name,
      es.addressType ?? '',
      listWithMore(portList, portList.length),
      listWithMore(addresses, addresses.length),
      since(es.metadata.creationTimestamp, now)
    ]
  }
}

function formatHosts(rules: any[] | undefined): string {
  const list: string[] = []
  const max = 3
  let more = false
  for (const r of rules ?? []) {
    if (list.length === max) more = true
    if (!more && r.host) list.push(r.host)
  }
  if (!list.length) return '*'
  return more ? `${list.join(',')} + ${(rules ?? []).length - max} more...` : list.join(',')
}

export const ingressTable: TableHandler = {
  columns: [NAME, { name: 'Class' }, { name: 'Hosts' }, { name: 'Address' }, { name: 'Ports' }, { name: 'Age' }],
  row(ing: any, { now }) {
    return [
      ing.metadata.name,
      ing.spec?.ingressClassName ?? '<none>',
      formatHosts(ing.spec?.rules),
      lbStatus(ing.status?.loadBalancer?.ingress, false),
      (ing.spec?.tls ?? []).length ? '80, 443' : '80',
      since(ing.metadata.creationTimestamp, now)
    ]
  }
}

export const ingressClassTable: TableHandler = {
  columns: [NAME, { name: 'Controller' }, { name: 'Parameters' }, { name: 'Age' }],
  row(ic: any, { now }) {
    const p = ic.spec?.parameters
    const params = p ? `${p.kind}${p.apiGroup ? '.' + p.apiGroup : ''}/${p.name}` : '<none>'
    return [ic.metadata.name, ic.spec?.controller ?? '', params, since(ic.metadata.creationTimestamp, now)]
  }
}

export const networkPolicyTable: TableHandler = {
  columns: [NAME, { name: 'Pod-Selector' }, { name: 'Age' }],
  row(np: any, { now }) {
    return [np.metadata.name, formatLabelSelector(np.spec?.podSelector ?? {}), since(np.metadata.creationTimestamp, now)]
  }
}
