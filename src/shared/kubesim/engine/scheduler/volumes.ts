// VolumeBinding: claims must exist; unbound Immediate claims wait for the PV controller;
// WaitForFirstConsumer claims are bound on the node the scheduler picks.
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { KubeObject } from '../contract'
import type { Store } from '../runtime/store'
import { R } from '../controllers/util'
import { nodeSelectorTermMatches } from './affinity'
import type { NodeState } from './cache'

export interface VolumePlan {
  /** PreFilter failure: the whole pod is unschedulable for this reason. */
  error?: string
  /** Claims to annotate with the chosen node. */
  delayed: KubeObject[]
  /** Node affinity terms of bound PVs (local volumes). */
  pvTerms: any[][]
}

export function storageClassOf(store: Store, pvc: KubeObject): KubeObject | undefined {
  const name = pvc.spec?.storageClassName
  return name ? store.get(R.storageclasses, undefined, name) : undefined
}

/** The plan of a pod without claims (most pods): nothing to check, nothing to bind. */
const NO_CLAIMS: VolumePlan = Object.freeze({ delayed: Object.freeze([]) as unknown as KubeObject[], pvTerms: Object.freeze([]) as unknown as any[][] })

export function planVolumes(store: Store, pod: KubeObject): VolumePlan {
  let plan: VolumePlan = NO_CLAIMS
  const ns = pod.metadata.namespace
  for (const v of pod.spec?.volumes ?? []) {
    const claimName = v?.persistentVolumeClaim?.claimName ?? (v?.ephemeral ? `${pod.metadata.name}-${v.name}` : undefined)
    if (!claimName) continue
    if (plan === NO_CLAIMS) plan = { delayed: [], pvTerms: [] }
    const pvc = store.get(R.pvcs, ns, claimName)
    if (!pvc) return { ...plan, error: `persistentvolumeclaim "${claimName}" not found` }
    if (pvc.metadata.deletionTimestamp) return { ...plan, error: `persistentvolumeclaim "${claimName}" is being deleted` }
    if (pvc.spec?.volumeName) {
      const pv = store.get(R.pvs, undefined, pvc.spec.volumeName)
      const terms = pv?.spec?.nodeAffinity?.required?.nodeSelectorTerms
      if (terms) plan.pvTerms.push(terms)
      continue
    }
    const sc = storageClassOf(store, pvc)
    if (sc?.volumeBindingMode === 'WaitForFirstConsumer') plan.delayed.push(pvc)
    else return { ...plan, error: 'pod has unbound immediate PersistentVolumeClaims' }
  }
  return plan
}

export function volumesFit(plan: VolumePlan, node: NodeState): boolean {
  for (const terms of plan.pvTerms) if (!terms.some((t) => nodeSelectorTermMatches(t, node.labels, node.name))) return false
  return true
}
