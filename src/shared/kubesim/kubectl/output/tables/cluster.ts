/* eslint-disable @typescript-eslint/no-explicit-any */
import { since } from '../age'
import { num } from './format'
import { NAME, type TableHandler } from './types'

// printers.go: printNode, printNamespace, printEvent, printLease, printPriorityClass,
// printRuntimeClass.

/** findNodeRoles: node-role.kubernetes.io/<role> labels and kubernetes.io/role. */
export function nodeRoles(node: any): string {
  const roles = new Set<string>()
  for (const [k, v] of Object.entries<string>(node.metadata?.labels ?? {})) {
    if (k.startsWith('node-role.kubernetes.io/')) {
      const role = k.slice('node-role.kubernetes.io/'.length)
      if (role) roles.add(role)
    } else if (k === 'kubernetes.io/role' && v) roles.add(v)
  }
  return [...roles].sort().join(',') || '<none>'
}

function nodeStatus(node: any): string {
  const ready = (node.status?.conditions ?? []).find((c: any) => c.type === 'Ready')
  const status = [ready ? (ready.status === 'True' ? 'Ready' : 'NotReady') : 'Unknown']
  if (node.spec?.unschedulable) status.push('SchedulingDisabled')
  return status.join(',')
}

function address(node: any, type: string): string {
  return (node.status?.addresses ?? []).find((a: any) => a.type === type)?.address ?? '<none>'
}

export const nodeTable: TableHandler = {
  columns: [
    NAME,
    { name: 'Status' },
    { name: 'Roles' },
    { name: 'Age' },
    { name: 'Version' },
    { name: 'Internal-IP', priority: 1 },
    { name: 'External-IP', priority: 1 },
    { name: 'OS-Image', priority: 1 },
    { name: 'Kernel-Version', priority: 1 },
    { name: 'Container-Runtime', priority: 1 }
  ],
  row(node: any, { now }) {
    const info = node.status?.nodeInfo ?? {}
    return [
      node.metadata.name,
      nodeStatus(node),
      nodeRoles(node),
      since(node.metadata.creationTimestamp, now),
      info.kubeletVersion ?? '',
      address(node, 'InternalIP'),
      address(node, 'ExternalIP'),
      info.osImage || '<unknown>',
      info.kernelVersion || '<unknown>',
      info.containerRuntimeVersion || '<unknown>'
    ]
  }
}

export const namespaceTable: TableHandler = {
  columns: [NAME, { name: 'Status' }, { name: 'Age' }],
  row(ns: any, { now }) {
    return [ns.metadata.name, ns.status?.phase ?? '', since(ns.metadata.creationTimestamp, now)]
  }
}

function eventSource(ev: any): string {
  const component = ev.source?.component || ev.reportingComponent || ''
  const host = ev.source?.host || ev.reportingInstance || ''
  return host ? `${component}, ${host}` : component
}

export const eventTable: TableHandler = {
  columns: [
    { name: 'Last Seen' },
    { name: 'Type' },
    { name: 'Reason' },
    { name: 'Object' },
    { name: 'Subobject', priority: 1 },
    { name: 'Source', priority: 1 },
    { name: 'Message' },
    { name: 'First Seen', priority: 1 },
    { name: 'Count', priority: 1 },
    { name: 'Name', priority: 1, isName: true }
  ],
  row(ev: any, { now }) {
    const first = ev.firstTimestamp ? since(ev.firstTimestamp, now) : since(ev.eventTime, now)
    let last = ev.lastTimestamp ? since(ev.lastTimestamp, now) : first
    let count = ev.count ?? 0
    if (ev.series) {
      last = since(ev.series.lastObservedTime, now)
      count = ev.series.count
    } else if (!count) count = 1
    const io = ev.involvedObject ?? {}
    const target = io.name ? `${String(io.kind ?? '').toLowerCase()}/${io.name}` : String(io.kind ?? '').toLowerCase()
    return [
      last,
      ev.type ?? '',
      ev.reason ?? '',
      target,
      io.fieldPath ?? '',
      eventSource(ev),
      String(ev.message ?? '').trim(),
      first,
      String(count),
      ev.metadata.name
    ]
  }
}

export const leaseTable: TableHandler = {
  columns: [NAME, { name: 'Holder' }, { name: 'Age' }],
  row(l: any, { now }) {
    return [l.metadata.name, l.spec?.holderIdentity ?? '', since(l.metadata.creationTimestamp, now)]
  }
}

export const priorityClassTable: TableHandler = {
  columns: [NAME, { name: 'Value' }, { name: 'Global-Default' }, { name: 'Age' }, { name: 'PreemptionPolicy', priority: 1 }],
  row(pc: any, { now }) {
    return [
      pc.metadata.name,
      num(pc.value),
      String(!!pc.globalDefault),
      since(pc.metadata.creationTimestamp, now),
      pc.preemptionPolicy ?? ''
    ]
  }
}

export const runtimeClassTable: TableHandler = {
  columns: [NAME, { name: 'Handler' }, { name: 'Age' }],
  row(rc: any, { now }) {
    return [rc.metadata.name, rc.handler ?? '', since(rc.metadata.creationTimestamp, now)]
  }
}
