// The LimitRanger admission plugin: default requests and limits, then min, max and
// ratio checks per Container, Pod and PersistentVolumeClaim.
import type { KubeObject } from '../contract'
import type { AdmissionPlugin } from '../api/admission'
import { forbidden } from '../api/errors'
import { formatQuantity, quantityValue } from '../api/quantity'
import { R } from '../controllers/util'
import { podResources } from '../scheduler/requests'

type Res = Record<string, unknown>

function text(resource: string, value: number): string {
  return formatQuantity(value, resource === 'cpu' ? 'DecimalSI' : 'BinarySI')
}

function original(value: unknown): string {
  return typeof value === 'string' ? value : String(value)
}

function applyDefaults(pod: KubeObject, items: Res[]): string[] {
  const notes: string[] = []
  for (const c of [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? [])]) {
    c.resources = c.resources ?? {}
    const set: { requests: string[]; limits: string[] } = { requests: [], limits: [] }
    for (const item of items) {
      for (const [r, v] of Object.entries((item.default as Res) ?? {})) {
        c.resources.limits = c.resources.limits ?? {}
        if (c.resources.limits[r] === undefined) {
          c.resources.limits[r] = v
          set.limits.push(r)
        }
      }
      for (const [r, v] of Object.entries((item.defaultRequest as Res) ?? {})) {
        c.resources.requests = c.resources.requests ?? {}
        if (c.resources.requests[r] === undefined) {
          c.resources.requests[r] = v
          set.requests.push(r)
        }
      }
      for (const r of Object.keys((item.default as Res) ?? {})) {
        c.resources.requests = c.resources.requests ?? {}
        if (c.resources.requests[r] === undefined) {
          c.resources.requests[r] = c.resources.limits[r]
          set.requests.push(r)
        }
      }
    }
    if (set.requests.length) notes.push(`${set.requests.join(', ')} request for container ${c.name}`)
    if (set.limits.length) notes.push(`${set.limits.join(', ')} limit for container ${c.name}`)
  }
  return notes
}

function check(kind: string, item: Res, requests: Res, limits: Res, errors: string[]): void {
  for (const [r, v] of Object.entries((item.min as Res) ?? {})) {
    const min = quantityValue(v)
    if (requests[r] === undefined) errors.push(`minimum ${r} usage per ${kind} is ${original(v)}.  No request is specified`)
    else if (quantityValue(requests[r]) < min) errors.push(`minimum ${r} usage per ${kind} is ${original(v)}, but request is ${original(requests[r])}`)
  }
  for (const [r, v] of Object.entries((item.max as Res) ?? {})) {
    const max = quantityValue(v)
    if (limits[r] === undefined) errors.push(`maximum ${r} usage per ${kind} is ${original(v)}.  No limit is specified`)
    else if (quantityValue(limits[r]) > max) errors.push(`maximum ${r} usage per ${kind} is ${original(v)}, but limit is ${original(limits[r])}`)
  }
  for (const [r, v] of Object.entries((item.maxLimitRequestRatio as Res) ?? {})) {
    const l = quantityValue(limits[r])
    const q = quantityValue(requests[r])
    if (!(l > 0) || !(q > 0)) continue
    const ratio = l / q
    if (ratio > quantityValue(v)) errors.push(`${r} max limit to request ratio per ${kind} is ${original(v)}, but provided ratio is ${ratio.toFixed(6)}`)
  }
}

export const limitRanger: AdmissionPlugin = {
  name: 'LimitRanger',
  mutate(req, sim) {
    if (req.operation !== 'CREATE' || req.info !== R.pods) return
    const ranges = sim.store.list(R.limitranges, req.obj.metadata.namespace)
    if (!ranges.length) return
    const items = ranges.flatMap((lr) => (lr.spec?.limits ?? []).filter((i: Res) => i.type === 'Container'))
    const notes = applyDefaults(req.obj, items)
    if (notes.length)
      req.obj.metadata.annotations = { ...(req.obj.metadata.annotations ?? {}), 'kubernetes.io/limit-ranger': `LimitRanger plugin set: ${notes.join('; ')}` }
  },
  validate(req, sim) {
    if (req.operation !== 'CREATE') return
    const isPvc = req.info === R.pvcs
    if (req.info !== R.pods && !isPvc) return
    const ranges = sim.store.list(R.limitranges, req.obj.metadata.namespace)
    if (!ranges.length) return
    const errors: string[] = []
    for (const lr of ranges) {
      for (const item of (lr.spec?.limits ?? []) as Res[]) {
        if (isPvc && item.type === 'PersistentVolumeClaim') {
          const requests = req.obj.spec?.resources?.requests ?? {}
          check('PersistentVolumeClaim', item, requests, requests, errors)
        } else if (!isPvc && item.type === 'Container') {
          for (const c of req.obj.spec?.containers ?? []) check('Container', item, c.resources?.requests ?? {}, c.resources?.limits ?? {}, errors)
        } else if (!isPvc && item.type === 'Pod') {
          const rq = podResources(req.obj, 'requests')
          const lm = podResources(req.obj, 'limits')
          const asRes = (v: { cpu: number; memory: number }): Res => ({ cpu: text('cpu', v.cpu / 1000), memory: text('memory', v.memory) })
          check('Pod', item, asRes(rq), asRes(lm), errors)
        }
      }
    }
    if (errors.length) throw forbidden(req.info, req.obj.metadata.name, errors.length === 1 ? errors[0] : `[${errors.join(', ')}]`)
  }
}
