// Admission chain: mutating plugins run after defaulting, validating ones after
// the strategy's validation, in the API server's plugin order.
import type { KubeObject, ResourceInfo, UserInfo } from '../contract'
import type { Sim } from '../runtime/sim'

export interface AdmissionRequest {
  operation: 'CREATE' | 'UPDATE'
  info: ResourceInfo
  obj: KubeObject
  old?: KubeObject
  user: UserInfo
  dryRun: boolean
}

export interface AdmissionPlugin {
  readonly name: string
  mutate?(req: AdmissionRequest, sim: Sim): void
  validate?(req: AdmissionRequest, sim: Sim): void
}

export const SYSTEM_USER: UserInfo = { username: 'system:kube-controller-manager', groups: ['system:authenticated'] }
