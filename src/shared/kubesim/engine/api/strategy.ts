// Per-kind behaviour of the API server (the registry "strategies" of k8s.io/kubernetes/pkg/registry):
// scheme defaults, create/update preparation and validation.
import type { KubeObject, ResourceInfo } from '../contract'
import type { FieldError } from './errors'
import type { Sim } from '../runtime/sim'

export type NameRule = 'subdomain' | 'label' | 'dns1035' | 'path'

export interface Strategy {
  /** Scheme defaulting (SetDefaults_*), applied to every decoded object. */
  defaults?(obj: KubeObject, sim: Sim): void
  prepareForCreate?(obj: KubeObject, sim: Sim): void
  /** Runs on spec updates; `obj` is the incoming object, `old` the stored one. */
  prepareForUpdate?(obj: KubeObject, old: KubeObject, sim: Sim): void
  validate?(obj: KubeObject, sim: Sim): FieldError[]
  validateUpdate?(obj: KubeObject, old: KubeObject, sim: Sim): FieldError[]
  /** Whether metadata.generation tracks spec changes. */
  generation?: boolean
  /** Whether status is a subresource: spec writes keep the stored status. */
  statusSubresource?: boolean
  name?: NameRule
}

const registry = new Map<string, Strategy>()

export function registerStrategy(group: string, resource: string, strategy: Strategy): void {
  const key = `${group}/${resource}`
  registry.set(key, { ...registry.get(key), ...strategy })
}

export function strategyFor(info: ResourceInfo): Strategy {
  return registry.get(`${info.group}/${info.name}`) ?? {}
}
