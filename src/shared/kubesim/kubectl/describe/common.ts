/* eslint-disable @typescript-eslint/no-explicit-any */
import type { KubeObject } from '../../engine/contract'
import { since } from '../output/age'
import type { DescribeWriter } from './writer'

// Helpers shared by the describers (pkg/describe/describe.go).

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** time.RFC1123Z in UTC: "Mon, 03 Mar 2025 09:00:00 +0000". */
export function rfc1123z(timestamp: string | undefined | null): string {
  const d = new Date(timestamp ? Date.parse(timestamp) : Date.UTC(1, 0, 1))
  const p = (n: number): string => String(n).padStart(2, '0')
  if (!timestamp) return 'Mon, 01 Jan 0001 00:00:00 +0000'
  return `${DAYS[d.getUTCDay()]}, ${p(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`
}

export function labelsMultiline(w: DescribeWriter, title: string, labels: Record<string, string> | undefined, indent = ''): void {
  w.write(0, `${indent}${title}:\t`)
  const keys = Object.keys(labels ?? {}).sort()
  if (!keys.length) return w.line('<none>')
  keys.forEach((k, i) => {
    if (i) w.write(0, `${indent}\t`)
    w.write(0, `${k}=${labels![k]}\n`)
  })
}

const MAX_ANNOTATION = 140
const SKIP_ANNOTATIONS = new Set(['kubectl.kubernetes.io/last-applied-configuration'])

export function annotationsMultiline(w: DescribeWriter, title: string, annotations: Record<string, string> | undefined): void {
  w.write(0, `${title}:\t`)
  const keys = Object.keys(annotations ?? {}).filter((k) => !SKIP_ANNOTATIONS.has(k)).sort()
  if (!keys.length) return w.line('<none>')
  keys.forEach((k, i) => {
    if (i) w.write(0, '\t')
    const value = annotations![k].replace(/\n$/, '')
    if (value.length + k.length + 2 > MAX_ANNOTATION || value.includes('\n')) {
      w.write(0, `${k}:\n`)
      for (const s of value.split('\n')) w.write(0, `\t  ${s.length > MAX_ANNOTATION - 2 ? s.slice(0, MAX_ANNOTATION - 2) + '...' : s}\n`)
    } else {
      w.write(0, `${k}: ${value}\n`)
    }
  })
}

function taintString(t: any): string {
  return t.value ? `${t.key}=${t.value}:${t.effect}` : `${t.key}:${t.effect}`
}

export function taintsMultiline(w: DescribeWriter, title: string, taints: any[] | undefined): void {
  w.write(0, `${title}:\t`)
  if (!taints?.length) return w.line('<none>')
  const sorted = [...taints].sort((a, b) => (`${a.effect},${a.key}` < `${b.effect},${b.key}` ? -1 : 1))
  sorted.forEach((t, i) => {
    if (i) w.write(0, '\t')
    w.write(0, `${taintString(t)}\n`)
  })
}

export function tolerationsMultiline(w: DescribeWriter, title: string, tolerations: any[] | undefined, indent = ''): void {
  w.write(0, `${indent}${title}:\t`)
  if (!tolerations?.length) return w.line('<none>')
  const sorted = [...tolerations].sort((a, b) => ((a.key ?? '') < (b.key ?? '') ? -1 : (a.key ?? '') > (b.key ?? '') ? 1 : 0))
  sorted.forEach((t, i) => {
    if (i) w.write(0, `${indent}\t`)
    let s = t.key ?? ''
    if (t.value) s += `=${t.value}`
    if (t.effect) s += `:${t.effect}`
    if (t.operator === 'Exists' && !t.value) s += t.key || t.effect ? ' op=Exists' : 'op=Exists'
    if (t.tolerationSeconds !== undefined && t.tolerationSeconds !== null) s += ` for ${t.tolerationSeconds}s`
    w.write(0, s + '\n')
  })
}

export function controllerOf(obj: KubeObject): string {
  const ref = (obj.metadata.ownerReferences ?? []).find((o) => o.controller)
  return ref ? `${ref.kind}/${ref.name}` : ''
}

/** DescribeEvents: sorted by last time seen, aligned on their own. */
export function describeEvents(w: DescribeWriter, events: KubeObject[] | undefined, now: number): void {
  if (!events) return
  if (!events.length) {
    w.write(0, 'Events:\t<none>\n')
    return
  }
  w.flush()
  const time = (e: KubeObject): number => Date.parse(e.lastTimestamp ?? e.eventTime ?? 0) || 0
  const rv = (e: KubeObject): number => Number(e.metadata.resourceVersion) || 0
  const sorted = [...events].sort((a, b) => time(a) - time(b) || rv(a) - rv(b))
  w.write(0, 'Events:\n  Type\tReason\tAge\tFrom\tMessage\n')
  w.write(1, '----\t------\t----\t----\t-------\n')
  for (const e of sorted) {
    const first = e.eventTime ? since(e.eventTime, now) : since(e.firstTimestamp, now)
    let interval = first
    if (e.series) interval = `${since(e.series.lastObservedTime, now)} (x${e.series.count} over ${first})`
    else if ((e.count ?? 0) > 1) interval = `${since(e.lastTimestamp, now)} (x${e.count} over ${first})`
    const source = e.source?.component || e.reportingComponent || ''
    w.write(1, `${e.type ?? ''}\t${e.reason ?? ''}\t${interval}\t${source}\t${String(e.message ?? '').trim()}\n`)
  }
}

/** searchEvents: the events whose involvedObject is this object. */
export function eventsFor(list: KubeObject[], obj: KubeObject): KubeObject[] {
  return list.filter(
    (e) =>
      e.involvedObject?.name === obj.metadata.name &&
      (e.involvedObject?.namespace ?? '') === (obj.metadata.namespace ?? '') &&
      (!e.involvedObject?.uid || e.involvedObject.uid === obj.metadata.uid)
  )
}

export function printBool(v: unknown): string {
  return v ? 'True' : 'False'
}

