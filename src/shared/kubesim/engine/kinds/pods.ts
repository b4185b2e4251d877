// Pod strategy: defaults, QoS class, and the narrow set of fields a pod update may change.
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { KubeObject } from '../contract'
import { registerStrategy } from '../api/strategy'
import type { FieldError } from '../api/errors'
import { defaultPodSpec } from '../defaults/podspec'
import { deepEqual, isPlainObject } from '../runtime/objects'
import { validatePodSpec } from '../validation/podspec'

const QOS_RESOURCES = ['cpu', 'memory']
const NONE = {}

export function qosClass(spec: any): 'Guaranteed' | 'Burstable' | 'BestEffort' {
  let any = false
  let guaranteed = true
  for (const list of [spec?.containers ?? [], spec?.initContainers ?? []]) {
    for (const c of list) {
      const req = c?.resources?.requests ?? NONE
      const lim = c?.resources?.limits ?? NONE
      for (const r of QOS_RESOURCES) {
        if (req[r] !== undefined || lim[r] !== undefined) any = true
        if (lim[r] === undefined || (req[r] !== undefined && String(req[r]) !== String(lim[r]))) guaranteed = false
      }
    }
  }
  if (!any) return 'BestEffort'
  return guaranteed ? 'Guaranteed' : 'Burstable'
}

const UPDATE_MESSAGE =
  'pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)'

function validatePodUpdate(obj: KubeObject, old: KubeObject): FieldError[] {
  const errors = validatePodSpec(obj.spec, 'spec')
  if (errors.length) return errors
  const strip = (spec: any): any => {
    const s = { ...spec }
    s.containers = (spec.containers ?? []).map((c: any) => ({ ...c, image: '' }))
    if (spec.initContainers) s.initContainers = spec.initContainers.map((c: any) => ({ ...c, image: '' }))
    delete s.activeDeadlineSeconds
    delete s.tolerations
    delete s.terminationGracePeriodSeconds
    return s
  }
  const oldTolerations: any[] = old.spec?.tolerations ?? []
  const newTolerations: any[] = obj.spec?.tolerations ?? []
  const removedToleration = oldTolerations.some((t) => !newTolerations.some((n) => deepEqual(n, t)))
  if (!deepEqual(strip(obj.spec), strip(old.spec)) || removedToleration) return [{ type: 'Forbidden', field: 'spec', detail: UPDATE_MESSAGE }]
  return []
}

registerStrategy('', 'pods', {
  statusSubresource: true,
  defaults(obj) {
    if (!isPlainObject(obj.spec)) obj.spec = {}
    defaultPodSpec(obj.spec, true)
  },
  prepareForCreate(obj) {
    obj.status = { phase: 'Pending', qosClass: qosClass(obj.spec) }
  },
  validate: (obj) => validatePodSpec(obj.spec, 'spec'),
  validateUpdate: validatePodUpdate
})
