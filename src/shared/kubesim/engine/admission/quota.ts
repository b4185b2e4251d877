// The ResourceQuota admission plugin, with the API server's exact refusal texts.
import type { KubeObject } from '../contract'
import type { AdmissionPlugin } from '../api/admission'
import { forbidden } from '../api/errors'
import { formatQuantity, quantityValue } from '../api/quantity'
import { R } from '../controllers/util'
import { namespaceUsage, usageOf } from './usage'

const BINARY = /memory|storage/

/** A quota amount printed as the API server prints Quantities. */
export function quotaValue(resource: string, value: number): string {
  if (resource.endsWith('cpu') || resource === 'cpu') return formatQuantity(value, 'DecimalSI')
  if (BINARY.test(resource)) return formatQuantity(value, 'BinarySI')
  return formatQuantity(value, 'DecimalSI')
}

function hardOf(quota: KubeObject): Record<string, number> {
  const out: Record<string, number> = {}
  for (const [k, v] of Object.entries(quota.spec?.hard ?? {})) out[k] = quantityValue(v)
  return out
}

function scopesMatch(quota: KubeObject, pod: KubeObject): boolean {
  for (const scope of quota.spec?.scopes ?? []) {
    if (scope === 'BestEffort' && pod.status?.qosClass !== 'BestEffort') return false
    if (scope === 'NotBestEffort' && pod.status?.qosClass === 'BestEffort') return false
    if (scope === 'Terminating' && pod.spec?.activeDeadlineSeconds === undefined) return false
    if (scope === 'NotTerminating' && pod.spec?.activeDeadlineSeconds !== undefined) return false
  }
  return true
}

export const resourceQuota: AdmissionPlugin = {
  name: 'ResourceQuota',
  validate(req, sim) {
    if (req.operation !== 'CREATE' || !req.info.namespaced) return
    const ns = req.obj.metadata.namespace ?? 'default'
    const quotas = sim.store.list(R.quotas, ns)
    if (!quotas.length) return
    const isPod = req.info === R.pods
    const delta = usageOf(req.info, req.obj)
    for (const quota of quotas) {
      if (isPod && !scopesMatch(quota, req.obj)) continue
      const hard = hardOf(quota)
      const tracked = Object.keys(hard)
      if (isPod) {
        const missing: string[] = []
        for (const r of ['requests.cpu', 'requests.memory', 'limits.cpu', 'limits.memory', 'cpu', 'memory']) {
          if (!(r in hard)) continue
          const [kind, name] = r.includes('.') ? r.split('.') : ['requests', r]
          const lacking = (req.obj.spec?.containers ?? []).filter((c: { resources?: Record<string, Record<string, unknown>> }) => c.resources?.[kind]?.[name] === undefined).map((c: { name: string }) => c.name)
          if (lacking.length) missing.push(`${r} for: ${lacking.join(',')}`)
        }
        if (missing.length) throw forbidden(req.info, req.obj.metadata.name, `failed quota: ${quota.metadata.name}: must specify ${missing.join('; ')}`)
      }
      const relevant = tracked.filter((r) => (delta[r] ?? 0) > 0)
      if (!relevant.length) continue
      const used = namespaceUsage(sim.store, ns, relevant)
      const exceeded = relevant.filter((r) => used[r] + delta[r] > hard[r]).sort()
      if (!exceeded.length) continue
      const list = (f: (r: string) => number): string => exceeded.map((r) => `${r}=${quotaValue(r, f(r))}`).join(',')
      throw forbidden(req.info, req.obj.metadata.name, `exceeded quota: ${quota.metadata.name}, requested: ${list((r) => delta[r])}, used: ${list((r) => used[r])}, limited: ${list((r) => hard[r])}`)
    }
  }
}
