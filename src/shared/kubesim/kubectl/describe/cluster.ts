/* eslint-disable @typescript-eslint/no-explicit-any */
import type { KubeObject } from '../../engine/contract'
import { since } from '../output/age'
import { nodeRoles } from '../output/tables/cluster'
import { addQuantities, formatQuantity, parseQuantity, type Quantity } from '../quantity'
import { annotationsMultiline, describeEvents, labelsMultiline, rfc1123z, taintsMultiline } from './common'
import { sortedResourceNames } from './containers'
import { describeLimitRanges, describeResourceQuotas } from './config'
import { DescribeWriter } from './writer'

// describeNode (with describeNodeResource) and describeNamespace (describe.go).

function podRequests(pod: any, kind: 'requests' | 'limits'): Record<string, Quantity> {
  const out: Record<string, Quantity> = {}
  const add = (list: Record<string, string> | undefined): void => {
    for (const [k, v] of Object.entries(list ?? {})) {
      const q = parseQuantity(v)
      if (q) out[k] = out[k] ? addQuantities(out[k], q) : q
    }
  }
  for (const c of pod.spec?.containers ?? []) add(c.resources?.[kind])
  for (const c of pod.spec?.initContainers ?? []) {
    for (const [k, v] of Object.entries<string>(c.resources?.[kind] ?? {})) {
      const q = parseQuantity(v)
      if (q && (!out[k] || q.milli > out[k].milli)) out[k] = q
    }
  }
  return out
}

function q(list: Record<string, Quantity>, name: string, binary: boolean): Quantity {
  return list[name] ?? { milli: 0, format: binary ? 'BinarySI' : 'DecimalSI' }
}

function pct(part: Quantity, whole: Quantity | undefined): number {
  if (!whole || !whole.milli) return 0
  return Math.trunc((part.milli / whole.milli) * 100)
}

export function describeNode(node: KubeObject, pods: KubeObject[], lease: KubeObject | undefined, events: KubeObject[] | undefined, now: number): string {
  const w = new DescribeWriter()
  const st = node.status ?? {}
  w.write(0, `Name:\t${node.metadata.name}\n`)
  w.write(0, `Roles:\t${nodeRoles(node)}\n`)
  labelsMultiline(w, 'Labels', node.metadata.labels)
  annotationsMultiline(w, 'Annotations', node.metadata.annotations)
  w.write(0, `CreationTimestamp:\t${rfc1123z(node.metadata.creationTimestamp)}\n`)
  taintsMultiline(w, 'Taints', node.spec?.taints)
  w.write(0, `Unschedulable:\t${!!node.spec?.unschedulable}\n`)
  if (lease) {
    w.write(0, 'Lease:\n')
    w.write(1, `HolderIdentity:\t${lease.spec?.holderIdentity ?? '<unset>'}\n`)
    w.write(1, `AcquireTime:\t${lease.spec?.acquireTime ? rfc1123z(lease.spec.acquireTime) : '<unset>'}\n`)
    w.write(1, `RenewTime:\t${lease.spec?.renewTime ? rfc1123z(lease.spec.renewTime) : '<unset>'}\n`)
  }
  if (st.conditions?.length) {
    w.write(0, 'Conditions:\n  Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage\n')
    w.write(1, '----\t------\t-----------------\t------------------\t------\t-------\n')
    for (const c of st.conditions) {
      w.write(1, `${c.type} \t${c.status} \t${rfc1123z(c.lastHeartbeatTime)} \t${rfc1123z(c.lastTransitionTime)} \t${c.reason ?? ''} \t${c.message ?? ''}\n`)
    }
  }
  w.write(0, 'Addresses:\n')
  for (const a of st.addresses ?? []) w.write(1, `${a.type}:\t${a.address}\n`)
  const resources = (title: string, list: Record<string, string> | undefined): void => {
    if (!Object.keys(list ?? {}).length) return
    w.write(0, `${title}:\n`)
    for (const r of Object.keys(list!).sort()) w.write(0, `  ${r}:\t${list![r]}\n`)
  }
  resources('Capacity', st.capacity)
  resources('Allocatable', st.allocatable)
  const info = st.nodeInfo ?? {}
  w.write(0, 'System Info:\n')
  w.write(0, `  Machine ID:\t${info.machineID ?? ''}\n`)
  w.write(0, `  System UUID:\t${info.systemUUID ?? ''}\n`)
  w.write(0, `  Boot ID:\t${info.bootID ?? ''}\n`)
  w.write(0, `  Kernel Version:\t${info.kernelVersion ?? ''}\n`)
  w.write(0, `  OS Image:\t${info.osImage ?? ''}\n`)
  w.write(0, `  Operating System:\t${info.operatingSystem ?? ''}\n`)
  w.write(0, `  Architecture:\t${info.architecture ?? ''}\n`)
  w.write(0, `  Container Runtime Version:\t${info.containerRuntimeVersion ?? ''}\n`)
  w.write(0, `  Kubelet Version:\t${info.kubeletVersion ?? ''}\n`)
  w.write(0, `  Kube-Proxy Version:\t${info.kubeProxyVersion ?? ''}\n`)
  if (node.spec?.podCIDR) w.write(0, `PodCIDR:\t${node.spec.podCIDR}\n`)
  if (node.spec?.podCIDRs?.length) w.write(0, `PodCIDRs:\t${node.spec.podCIDRs.join(',')}\n`)
  if (node.spec?.providerID) w.write(0, `ProviderID:\t${node.spec.providerID}\n`)
  const alloc: Record<string, Quantity> = {}
  for (const [k, v] of Object.entries<string>(st.allocatable ?? st.capacity ?? {})) {
    const parsed = parseQuantity(v)
    if (parsed) alloc[k] = parsed
  }
  w.write(0, `Non-terminated Pods:\t(${pods.length} in total)\n`)
  w.write(1, 'Namespace\tName\t\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge\n')
  w.write(1, '---------\t----\t\t------------\t----------\t---------------\t-------------\t---\n')
  let totalReq: Record<string, Quantity> = {}
  let totalLim: Record<string, Quantity> = {}
  const sum = (a: Record<string, Quantity>, b: Record<string, Quantity>): Record<string, Quantity> => {
    const out = { ...a }
    for (const [k, v] of Object.entries(b)) out[k] = out[k] ? addQuantities(out[k], v) : v
    return out
  }
  for (const p of pods) {
    const req = podRequests(p, 'requests')
    const lim = podRequests(p, 'limits')
    totalReq = sum(totalReq, req)
    totalLim = sum(totalLim, lim)
    const cell = (list: Record<string, Quantity>, r: string, binary: boolean): string => {
      const v = q(list, r, binary)
      return `${formatQuantity(v)} (${pct(v, alloc[r])}%)`
    }
    w.write(1, `${p.metadata.namespace}\t${p.metadata.name}\t\t${cell(req, 'cpu', false)}\t${cell(lim, 'cpu', false)}\t${cell(req, 'memory', true)}\t${cell(lim, 'memory', true)}\t${since(p.metadata.creationTimestamp, now)}\n`)
  }
  w.write(0, 'Allocated resources:\n  (Total limits may be over 100 percent, i.e., overcommitted.)\n')
  w.write(1, 'Resource\tRequests\tLimits\n')
  w.write(1, '--------\t--------\t------\n')
  for (const [r, binary] of [['cpu', false], ['memory', true], ['ephemeral-storage', true]] as const) {
    const req = q(totalReq, r, binary)
    const lim = q(totalLim, r, binary)
    w.write(1, `${r}\t${formatQuantity(req)} (${pct(req, alloc[r])}%)\t${formatQuantity(lim)} (${pct(lim, alloc[r])}%)\n`)
  }
  for (const r of sortedResourceNames(st.allocatable).filter((x) => x.startsWith('hugepages-'))) {
    const req = q(totalReq, r, true)
    const lim = q(totalLim, r, true)
    w.write(1, `${r}\t${formatQuantity(req)} (${pct(req, alloc[r])}%)\t${formatQuantity(lim)} (${pct(lim, alloc[r])}%)\n`)
  }
  describeEvents(w, events, now)
  return w.toString()
}

export function describeNamespace(ns: KubeObject, quotas: KubeObject[], limits: KubeObject[]): string {
  const w = new DescribeWriter()
  w.write(0, `Name:\t${ns.metadata.name}\n`)
  labelsMultiline(w, 'Labels', ns.metadata.labels)
  annotationsMultiline(w, 'Annotations', ns.metadata.annotations)
  w.write(0, `Status:\t${ns.status?.phase ?? ''}\n`)
  if (ns.status?.conditions?.length) {
    w.write(0, 'Conditions:\n')
    w.write(1, 'Type\tStatus\tLastTransitionTime\tReason\tMessage\n')
    w.write(1, '----\t------\t------------------\t------\t-------\n')
    for (const c of ns.status.conditions) w.write(1, `${c.type}\t${c.status}\t${rfc1123z(c.lastTransitionTime)}\t${c.reason ?? ''}\t${c.message ?? ''}\n`)
  }
  w.write(0, '\n')
  describeResourceQuotas(w, quotas)
  w.write(0, '\n')
  describeLimitRanges(w, limits)
  return w.toString()
}
