// Label selectors (metav1.LabelSelector and the string form of ?labelSelector=) and field selectors.
import type { KubeObject } from '../contract'
import { badRequest } from './errors'

export type Operator = 'In' | 'NotIn' | 'Exists' | 'DoesNotExist' | 'Equals' | 'NotEquals' | 'Gt' | 'Lt'

export interface Requirement {
  key: string
  operator: Operator
  values: string[]
}

export type Selector = Requirement[]

function matchesRequirement(labels: Record<string, string> | undefined, r: Requirement): boolean {
  const has = labels !== undefined && labels !== null && Object.prototype.hasOwnProperty.call(labels, r.key)
  const v = has ? labels![r.key] : undefined
  switch (r.operator) {
    case 'In':
    case 'Equals':
      return has && r.values.includes(v!)
    case 'NotIn':
    case 'NotEquals':
      return !has || !r.values.includes(v!)
    case 'Exists':
      return has
    case 'DoesNotExist':
      return !has
    case 'Gt':
      return has && Number(v) > Number(r.values[0])
    case 'Lt':
      return has && Number(v) < Number(r.values[0])
  }
}

export function matches(selector: Selector, labels: Record<string, string> | undefined): boolean {
  for (const r of selector) if (!matchesRequirement(labels, r)) return false
  return true
}

/** metav1.LabelSelector → requirements. Undefined selector matches nothing (nil), {} matches everything. */
export function fromLabelSelector(sel: unknown): Selector | undefined {
  if (!sel || typeof sel !== 'object') return undefined
  const s = sel as { matchLabels?: Record<string, string>; matchExpressions?: { key: string; operator: string; values?: string[] }[] }
  const out: Selector = []
  for (const [key, value] of Object.entries(s.matchLabels ?? {})) out.push({ key, operator: 'In', values: [String(value)] })
  for (const e of s.matchExpressions ?? []) out.push({ key: e.key, operator: e.operator as Operator, values: e.values ?? [] })
  return out
}

export function selectorMatches(sel: unknown, labels: Record<string, string> | undefined): boolean {
  const s = fromLabelSelector(sel)
  return s !== undefined && matches(s, labels)
}

/** A map selector (Service.spec.selector, nodeSelector): every pair must be present. */
export function mapMatches(selector: Record<string, string> | undefined, labels: Record<string, string> | undefined): boolean {
  if (!selector) return false
  for (const k in selector) if (!labels || labels[k] !== selector[k]) return false
  return true
}

const KEY = /^[A-Za-z0-9]([-A-Za-z0-9_./]*[A-Za-z0-9])?$/

/** Parses `app=web,tier!=db,env in (a,b),!legacy,track` (labels.Parse). */
export function parseLabelSelector(text: string): Selector {
  const out: Selector = []
  let i = 0
  const s = text
  const skip = (): void => {
    while (i < s.length && s[i] === ' ') i++
  }
  const fail = (msg: string): never => {
    throw badRequest(`unable to parse requirement: ${msg}`)
  }
  while (i < s.length) {
    skip()
    if (i >= s.length) break
    let negate = false
    if (s[i] === '!') {
      negate = true
      i++
      skip()
    }
    let start = i
    while (i < s.length && !' =!,()<>'.includes(s[i])) i++
    const key = s.slice(start, i)
    if (!key || !KEY.test(key)) fail(`found '${s.slice(start, i + 1) || s[i] || ''}', expected: identifier`)
    skip()
    if (negate) {
      out.push({ key, operator: 'DoesNotExist', values: [] })
    } else if (i >= s.length || s[i] === ',') {
      out.push({ key, operator: 'Exists', values: [] })
    } else if (s.startsWith('==', i) || s[i] === '=' || s.startsWith('!=', i)) {
      const op: Operator = s.startsWith('!=', i) ? 'NotEquals' : 'Equals'
      i += s.startsWith('==', i) || s.startsWith('!=', i) ? 2 : 1
      skip()
      start = i
      while (i < s.length && !' ,'.includes(s[i])) i++
      out.push({ key, operator: op, values: [s.slice(start, i)] })
    } else if (s[i] === '>' || s[i] === '<') {
      const op: Operator = s[i] === '>' ? 'Gt' : 'Lt'
      i++
      skip()
      start = i
      while (i < s.length && !' ,'.includes(s[i])) i++
      out.push({ key, operator: op, values: [s.slice(start, i)] })
    } else {
      start = i
      while (i < s.length && s[i] !== ' ' && s[i] !== '(') i++
      const word = s.slice(start, i).toLowerCase()
      if (word !== 'in' && word !== 'notin') fail(`found '${word}', expected: in, notin, =, ==, !=, gt, lt`)
      skip()
      if (s[i] !== '(') fail(`found '${s[i] ?? ''}', expected: '('`)
      const close = s.indexOf(')', i)
      if (close < 0) fail("found '', expected: ')'")
      const values = s
        .slice(i + 1, close)
        .split(',')
        .map((v) => v.trim())
        .filter((v) => v.length > 0)
      i = close + 1
      out.push({ key, operator: word === 'in' ? 'In' : 'NotIn', values })
    }
    skip()
    if (i < s.length) {
      if (s[i] !== ',') fail(`found '${s[i]}', expected: ',' or 'end of string'`)
      i++
    }
  }
  return out
}

export interface FieldRequirement {
  field: string
  value: string
  negate: boolean
}

export function parseFieldSelector(text: string): FieldRequirement[] {
  const out: FieldRequirement[] = []
  for (const part of text.split(',')) {
    const t = part.trim()
    if (!t) continue
    const m = /^([^=!]+?)\s*(==|=|!=)\s*(.*)$/.exec(t)
    if (!m) throw badRequest(`invalid selector: '${text}'; can't understand '${t}'`)
    out.push({ field: m[1], value: m[3], negate: m[2] === '!=' })
  }
  return out
}

type FieldGetter = (o: KubeObject) => string | undefined

const COMMON: Record<string, FieldGetter> = {
  'metadata.name': (o) => o.metadata.name,
  'metadata.namespace': (o) => o.metadata.namespace ?? ''
}

const BY_KIND: Record<string, Record<string, FieldGetter>> = {
  Pod: {
    'spec.nodeName': (o) => o.spec?.nodeName ?? '',
    'spec.restartPolicy': (o) => o.spec?.restartPolicy,
    'spec.schedulerName': (o) => o.spec?.schedulerName,
    'spec.serviceAccountName': (o) => o.spec?.serviceAccountName,
    'spec.hostNetwork': (o) => String(o.spec?.hostNetwork ?? false),
    'status.phase': (o) => o.status?.phase,
    'status.podIP': (o) => o.status?.podIP ?? '',
    'status.nominatedNodeName': (o) => o.status?.nominatedNodeName ?? ''
  },
  Event: {
    'involvedObject.kind': (o) => o.involvedObject?.kind,
    'involvedObject.namespace': (o) => o.involvedObject?.namespace,
    'involvedObject.name': (o) => o.involvedObject?.name,
    'involvedObject.uid': (o) => o.involvedObject?.uid,
    'involvedObject.apiVersion': (o) => o.involvedObject?.apiVersion,
    'involvedObject.resourceVersion': (o) => o.involvedObject?.resourceVersion,
    'involvedObject.fieldPath': (o) => o.involvedObject?.fieldPath,
    reason: (o) => o.reason,
    reportingComponent: (o) => o.reportingComponent,
    source: (o) => o.source?.component,
    type: (o) => o.type
  },
  Node: { 'spec.unschedulable': (o) => String(o.spec?.unschedulable ?? false) },
  Secret: { type: (o) => o.type },
  Namespace: { 'status.phase': (o) => o.status?.phase },
  Job: { 'status.successful': (o) => String(o.status?.succeeded ?? 0) },
  ReplicaSet: { 'status.replicas': (o) => String(o.status?.replicas ?? 0) },
  ReplicationController: { 'status.replicas': (o) => String(o.status?.replicas ?? 0) },
  CertificateSigningRequest: { 'spec.signerName': (o) => o.spec?.signerName }
}

/** Compiles a field selector for a kind; unknown fields are a 400, as on the real server. */
export function compileFieldSelector(kind: string, text: string): (o: KubeObject) => boolean {
  const reqs = parseFieldSelector(text)
  const getters = reqs.map((r) => {
    const g = COMMON[r.field] ?? BY_KIND[kind]?.[r.field]
    if (!g) throw badRequest(`field label not supported: ${r.field}`)
    return g
  })
  return (o) => reqs.every((r, idx) => ((getters[idx](o) ?? '') === r.value) !== r.negate)
}
