/* eslint-disable @typescript-eslint/no-explicit-any */
import { since } from '../age'
import { num } from './format'
import { NAME, type TableHandler } from './types'

// printers.go: printConfigMap, printSecret, printServiceAccount, printResourceQuota,
// printPodDisruptionBudget.

export const configMapTable: TableHandler = {
  columns: [NAME, { name: 'Data' }, { name: 'Age' }],
  row(cm: any, { now }) {
    const n = Object.keys(cm.data ?? {}).length + Object.keys(cm.binaryData ?? {}).length
    return [cm.metadata.name, String(n), since(cm.metadata.creationTimestamp, now)]
  }
}

export const secretTable: TableHandler = {
  columns: [NAME, { name: 'Type' }, { name: 'Data' }, { name: 'Age' }],
  row(s: any, { now }) {
    return [s.metadata.name, s.type ?? '', String(Object.keys(s.data ?? {}).length), since(s.metadata.creationTimestamp, now)]
  }
}

export const serviceAccountTable: TableHandler = {
  columns: [NAME, { name: 'Secrets' }, { name: 'Age' }],
  row(sa: any, { now }) {
    return [sa.metadata.name, String((sa.secrets ?? []).length), since(sa.metadata.creationTimestamp, now)]
  }
}

/** SortableResourceNames: resource names sorted as strings. */
export const resourceQuotaTable: TableHandler = {
  columns: [NAME, { name: 'Request' }, { name: 'Limit' }, { name: 'Age' }],
  row(rq: any, { now }) {
    const hard: Record<string, string> = rq.status?.hard ?? {}
    const used: Record<string, string> = rq.status?.used ?? {}
    const request: string[] = []
    const limit: string[] = []
    for (const r of Object.keys(hard).sort()) {
      const cell = `${r}: ${used[r] ?? '0'}/${hard[r]}`
      const pieces = r.split('.')
      if (pieces.length > 1 && pieces[0] === 'limits') limit.push(cell)
      else request.push(cell)
    }
    return [rq.metadata.name, request.join(', '), limit.join(', '), since(rq.metadata.creationTimestamp, now)]
  }
}

export const pdbTable: TableHandler = {
  columns: [NAME, { name: 'Min Available' }, { name: 'Max Unavailable' }, { name: 'Allowed Disruptions' }, { name: 'Age' }],
  row(pdb: any, { now }) {
    const spec = pdb.spec ?? {}
    return [
      pdb.metadata.name,
      spec.minAvailable !== undefined && spec.minAvailable !== null ? String(spec.minAvailable) : 'N/A',
      spec.maxUnavailable !== undefined && spec.maxUnavailable !== null ? String(spec.maxUnavailable) : 'N/A',
      num(pdb.status?.disruptionsAllowed),
      since(pdb.metadata.creationTimestamp, now)
    ]
  }
}
