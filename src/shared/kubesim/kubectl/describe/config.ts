/* eslint-disable @typescript-eslint/no-explicit-any */
import type { KubeObject } from '../../engine/contract'
import { fromBase64 } from '../../shell/builtins/base64'
import { annotationsMultiline, describeEvents, labelsMultiline } from './common'
import { DescribeWriter } from './writer'

// ConfigMap, Secret, ServiceAccount, ResourceQuota and LimitRange describers (describe.go).

const RESOURCE_ORDER = ['cpu', 'memory', 'ephemeral-storage']

/** SortableResourceNames: plain string order. */
function sortedNames(list: Record<string, unknown> | undefined): string[] {
  return Object.keys(list ?? {}).sort()
}

export function describeConfigMap(cm: KubeObject, events: KubeObject[] | undefined, now: number): string {
  const w = new DescribeWriter()
  w.write(0, `Name:\t${cm.metadata.name}\n`)
  w.write(0, `Namespace:\t${cm.metadata.namespace}\n`)
  labelsMultiline(w, 'Labels', cm.metadata.labels)
  annotationsMultiline(w, 'Annotations', cm.metadata.annotations)
  w.write(0, '\nData\n====\n')
  for (const k of Object.keys(cm.data ?? {}).sort()) {
    w.write(0, `${k}:\n----\n`)
    w.write(0, `${cm.data[k]}\n`)
    w.write(0, '\n')
  }
  w.write(0, '\nBinaryData\n====\n')
  for (const k of Object.keys(cm.binaryData ?? {}).sort()) w.write(0, `${k}: ${(fromBase64(cm.binaryData[k]) ?? '').length} bytes\n`)
  w.write(0, '\n')
  describeEvents(w, events, now)
  return w.toString()
}

export function describeSecret(s: KubeObject): string {
  const w = new DescribeWriter()
  w.write(0, `Name:\t${s.metadata.name}\n`)
  w.write(0, `Namespace:\t${s.metadata.namespace}\n`)
  labelsMultiline(w, 'Labels', s.metadata.labels)
  annotationsMultiline(w, 'Annotations', s.metadata.annotations)
  w.write(0, `\nType:\t${s.type ?? ''}\n`)
  w.write(0, '\nData\n====\n')
  for (const k of Object.keys(s.data ?? {}).sort()) {
    const raw = fromBase64(s.data[k]) ?? ''
    if (k === 'token' && s.type === 'kubernetes.io/service-account-token') w.write(0, `${k}:\t${raw}\n`)
    else w.write(0, `${k}:\t${new TextEncoder().encode(raw).length} bytes\n`)
  }
  return w.toString()
}

export function describeServiceAccount(sa: KubeObject, events: KubeObject[] | undefined, now: number): string {
  const w = new DescribeWriter()
  w.write(0, `Name:\t${sa.metadata.name}\n`)
  w.write(0, `Namespace:\t${sa.metadata.namespace}\n`)
  labelsMultiline(w, 'Labels', sa.metadata.labels)
  annotationsMultiline(w, 'Annotations', sa.metadata.annotations)
  const rows: [string, string[]][] = [
    ['Image pull secrets:', (sa.imagePullSecrets ?? []).map((s: any) => s.name)],
    ['Mountable secrets: ', (sa.secrets ?? []).map((s: any) => s.name)],
    ['Tokens:            ', []]
  ]
  for (const [header, names] of rows) {
    if (!names.length) w.write(0, `${header}\t<none>\n`)
    else names.forEach((n, i) => w.write(0, `${i ? '                   ' : header}\t${n}\n`))
  }
  describeEvents(w, events, now)
  return w.toString()
}

export function describeResourceQuota(rq: KubeObject): string {
  const w = new DescribeWriter()
  w.write(0, `Name:\t${rq.metadata.name}\n`)
  w.write(0, `Namespace:\t${rq.metadata.namespace}\n`)
  if (rq.spec?.scopes?.length) w.write(0, `Scopes:\t${[...rq.spec.scopes].sort().join(', ')}\n`)
  w.write(0, 'Resource\tUsed\tHard\n')
  w.write(0, '--------\t----\t----\n')
  const hard = rq.status?.hard ?? {}
  const used = rq.status?.used ?? {}
  for (const r of sortedNames(hard)) w.write(0, `${r}\t${used[r] ?? '0'}\t${hard[r]}\n`)
  return w.toString()
}

export function describeResourceQuotas(w: DescribeWriter, quotas: KubeObject[]): void {
  if (!quotas.length) {
    w.write(0, 'No resource quota.\n')
    return
  }
  w.write(0, 'Resource Quotas\n')
  for (const rq of [...quotas].sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : 1))) {
    w.write(1, `Name:\t${rq.metadata.name}\n`)
    if (rq.spec?.scopes?.length) w.write(1, `Scopes:\t${[...rq.spec.scopes].sort().join(', ')}\n`)
    w.write(1, 'Resource\tUsed\tHard\n')
    w.write(1, '--------\t---\t---\n')
    const hard = rq.status?.hard ?? {}
    const used = rq.status?.used ?? {}
    for (const r of sortedNames(hard)) w.write(1, `${r}\t${used[r] ?? '0'}\t${hard[r]}\n`)
  }
}

function limitRangeRows(w: DescribeWriter, lr: KubeObject, prefix: string): void {
  for (const item of lr.spec?.limits ?? []) {
    const keys = new Set<string>()
    for (const f of ['max', 'min', 'default', 'defaultRequest', 'maxLimitRequestRatio']) for (const k of Object.keys(item[f] ?? {})) keys.add(k)
    const ordered = [...keys].sort((a, b) => (RESOURCE_ORDER.indexOf(a) + 99) % 100 - (RESOURCE_ORDER.indexOf(b) + 99) % 100 || (a < b ? -1 : 1))
    for (const k of ordered) {
      const v = (f: string): string => item[f]?.[k] ?? '-'
      w.write(0, `${prefix}${item.type}\t${k}\t${v('min')}\t${v('max')}\t${v('defaultRequest')}\t${v('default')}\t${v('maxLimitRequestRatio')}\n`)
    }
  }
}

export function describeLimitRanges(w: DescribeWriter, limits: KubeObject[]): void {
  if (!limits.length) {
    w.write(0, 'No LimitRange resource.\n')
    return
  }
  w.write(0, 'Resource Limits\n Type\tResource\tMin\tMax\tDefault Request\tDefault Limit\tMax Limit/Request Ratio\n')
  w.write(0, ' ----\t--------\t---\t---\t---------------\t-------------\t-----------------------\n')
  for (const lr of limits) limitRangeRows(w, lr, ' ')
}

export function describeLimitRange(lr: KubeObject): string {
  const w = new DescribeWriter()
  w.write(0, `Name:\t${lr.metadata.name}\n`)
  w.write(0, `Namespace:\t${lr.metadata.namespace}\n`)
  w.write(0, 'Type\tResource\tMin\tMax\tDefault Request\tDefault Limit\tMax Limit/Request Ratio\n')
  w.write(0, '----\t--------\t---\t---\t---------------\t-------------\t-----------------------\n')
  limitRangeRows(w, lr, '')
  return w.toString()
}
