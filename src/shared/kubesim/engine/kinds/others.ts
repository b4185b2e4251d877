// Strategies of the kinds that are stored and shown, with their defaults.
import { registerStrategy } from '../api/strategy'
import { invalidValue, notSupported, required, type FieldError } from '../api/errors'
import { isPlainObject } from '../runtime/objects'
import { validateLabelSelector } from '../validation/selector'

for (const r of ['roles', 'clusterroles', 'rolebindings', 'clusterrolebindings'])
  registerStrategy('rbac.authorization.k8s.io', r, {
    name: 'path',
    validate(obj) {
      const out: FieldError[] = []
      if (r.endsWith('bindings')) {
        if (!obj.roleRef) out.push(required('roleRef'))
        else {
          if (!['Role', 'ClusterRole'].includes(obj.roleRef.kind)) out.push(notSupported('roleRef.kind', obj.roleRef.kind, ['Role', 'ClusterRole']))
          if (r === 'clusterrolebindings' && obj.roleRef.kind !== 'ClusterRole') out.push(notSupported('roleRef.kind', obj.roleRef.kind, ['ClusterRole']))
          if (!obj.roleRef.name) out.push(required('roleRef.name'))
        }
        ;(Array.isArray(obj.subjects) ? obj.subjects : []).forEach((s: Record<string, string>, i: number) => {
          if (!['User', 'Group', 'ServiceAccount'].includes(s.kind)) out.push(notSupported(`subjects[${i}].kind`, s.kind, ['Group', 'ServiceAccount', 'User']))
          if (!s.name) out.push(required(`subjects[${i}].name`))
          if (s.kind === 'ServiceAccount' && !s.namespace && r === 'clusterrolebindings') out.push(required(`subjects[${i}].namespace`))
        })
      } else {
        ;(Array.isArray(obj.rules) ? obj.rules : []).forEach((rule: Record<string, unknown>, i: number) => {
          if (!Array.isArray(rule.verbs) || rule.verbs.length === 0) out.push(required(`rules[${i}].verbs`, 'verbs must contain at least one value'))
          if (!rule.nonResourceURLs && !Array.isArray(rule.apiGroups))
            out.push(required(`rules[${i}].apiGroups`, 'resource rules must supply at least one api group'))
        })
      }
      return out
    }
  })

registerStrategy('networking.k8s.io', 'ingresses', {
  generation: true,
  statusSubresource: true,
  prepareForCreate(obj) {
    obj.status = { loadBalancer: {} }
  },
  validate(obj) {
    const out: FieldError[] = []
    ;(obj.spec?.rules ?? []).forEach((rule: { http?: { paths?: { pathType?: string; path?: string; backend?: unknown }[] } }, i: number) => {
      ;(rule?.http?.paths ?? []).forEach((p, j) => {
        const path = `spec.rules[${i}].http.paths[${j}]`
        if (!p.pathType) out.push(required(`${path}.pathType`, 'pathType must be specified'))
        else if (!['Exact', 'ImplementationSpecific', 'Prefix'].includes(p.pathType)) out.push(notSupported(`${path}.pathType`, p.pathType, ['Exact', 'ImplementationSpecific', 'Prefix']))
        if (p.path !== undefined && !p.path.startsWith('/')) out.push(invalidValue(`${path}.path`, p.path, 'must be an absolute path'))
        if (!p.backend) out.push(required(`${path}.backend`))
      })
    })
    if (!obj.spec?.rules?.length && !obj.spec?.defaultBackend) out.push(invalidValue('spec', obj.spec ?? {}, 'either `defaultBackend` or `rules` must be specified'))
    return out
  }
})

registerStrategy('networking.k8s.io', 'networkpolicies', {
  generation: true,
  defaults(obj) {
    if (!isPlainObject(obj.spec)) obj.spec = {}
    if (!obj.spec.podSelector) obj.spec.podSelector = {}
    if (!obj.spec.policyTypes) {
      const types = ['Ingress']
      if (Array.isArray(obj.spec.egress)) types.push('Egress')
      obj.spec.policyTypes = types
    }
    for (const list of [obj.spec.ingress, obj.spec.egress]) for (const r of list ?? []) for (const p of r?.ports ?? []) if (isPlainObject(p)) p.protocol ??= 'TCP'
  },
  validate: (obj) => validateLabelSelector(obj.spec?.podSelector, 'spec.podSelector')
})

registerStrategy('policy', 'poddisruptionbudgets', {
  generation: true,
  statusSubresource: true,
  prepareForCreate(obj) {
    obj.status = { currentHealthy: 0, desiredHealthy: 0, disruptionsAllowed: 0, expectedPods: 0 }
  },
  validate(obj) {
    const out = validateLabelSelector(obj.spec?.selector, 'spec.selector')
    if (obj.spec?.minAvailable !== undefined && obj.spec?.maxUnavailable !== undefined)
      out.push(invalidValue('spec', obj.spec, 'minAvailable and maxUnavailable cannot be both set'))
    return out
  }
})

registerStrategy('autoscaling', 'horizontalpodautoscalers', {
  generation: true,
  statusSubresource: true,
  defaults(obj) {
    if (!isPlainObject(obj.spec)) obj.spec = {}
    obj.spec.minReplicas ??= 1
    if (!obj.spec.metrics) obj.spec.metrics = [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 80 } } }]
  },
  prepareForCreate(obj) {
    obj.status = { currentReplicas: 0, desiredReplicas: 0 }
  },
  validate(obj) {
    const out: FieldError[] = []
    const s = obj.spec ?? {}
    if (!s.scaleTargetRef?.kind) out.push(required('spec.scaleTargetRef.kind'))
    if (!s.scaleTargetRef?.name) out.push(required('spec.scaleTargetRef.name'))
    if (!s.maxReplicas) out.push(invalidValue('spec.maxReplicas', s.maxReplicas ?? 0, 'must be greater than or equal to 1'))
    if (typeof s.minReplicas === 'number' && s.minReplicas < 1) out.push(invalidValue('spec.minReplicas', s.minReplicas, 'must be greater than or equal to 1'))
    if (typeof s.minReplicas === 'number' && typeof s.maxReplicas === 'number' && s.maxReplicas < s.minReplicas)
      out.push(invalidValue('spec.maxReplicas', s.maxReplicas, 'must be greater than or equal to `minReplicas`'))
    return out
  }
})

registerStrategy('scheduling.k8s.io', 'priorityclasses', {
  defaults(obj) {
    obj.preemptionPolicy ??= 'PreemptLowerPriority'
  }
})

registerStrategy('coordination.k8s.io', 'leases', {})
registerStrategy('apps', 'controllerrevisions', {})
registerStrategy('discovery.k8s.io', 'endpointslices', {})
