// Defaults and status handling of the apps/v1 and batch/v1 workloads.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { registerStrategy } from '../api/strategy'
import { defaultPodTemplate } from '../defaults/podspec'
import { isPlainObject } from '../runtime/objects'
import { validateCronJob, validateDaemonSet, validateDeployment, validateJob, validateReplicaSet, validateStatefulSet } from '../validation/workloads'
import { validateDeploymentUpdate, validateSelectorImmutable, validateJobUpdate } from '../validation/workloads-update'

function spec(obj: any): any {
  if (!isPlainObject(obj.spec)) obj.spec = {}
  return obj.spec
}

function templateLabelsAsSelector(s: any): void {
  // apps/v1 requires an explicit selector; nothing is inferred.
  defaultPodTemplate(s.template)
}

registerStrategy('apps', 'deployments', {
  generation: true,
  statusSubresource: true,
  defaults(obj) {
    const s = spec(obj)
    s.replicas ??= 1
    if (!isPlainObject(s.strategy)) s.strategy = {}
    s.strategy.type ??= 'RollingUpdate'
    if (s.strategy.type === 'RollingUpdate') {
      if (!isPlainObject(s.strategy.rollingUpdate)) s.strategy.rollingUpdate = {}
      s.strategy.rollingUpdate.maxUnavailable ??= '25%'
      s.strategy.rollingUpdate.maxSurge ??= '25%'
    }
    s.revisionHistoryLimit ??= 10
    s.progressDeadlineSeconds ??= 600
    templateLabelsAsSelector(s)
  },
  prepareForCreate(obj) {
    obj.status = {}
  },
  validate: validateDeployment,
  validateUpdate: validateDeploymentUpdate
})

registerStrategy('apps', 'replicasets', {
  generation: true,
  statusSubresource: true,
  defaults(obj) {
    const s = spec(obj)
    s.replicas ??= 1
    templateLabelsAsSelector(s)
  },
  prepareForCreate(obj) {
    obj.status = { replicas: 0 }
  },
  validate: validateReplicaSet,
  validateUpdate: (obj, old) => [...validateSelectorImmutable(obj, old), ...validateReplicaSet(obj)]
})

registerStrategy('apps', 'daemonsets', {
  generation: true,
  statusSubresource: true,
  defaults(obj) {
    const s = spec(obj)
    if (!isPlainObject(s.updateStrategy)) s.updateStrategy = {}
    s.updateStrategy.type ??= 'RollingUpdate'
    if (s.updateStrategy.type === 'RollingUpdate') {
      if (!isPlainObject(s.updateStrategy.rollingUpdate)) s.updateStrategy.rollingUpdate = {}
      s.updateStrategy.rollingUpdate.maxUnavailable ??= 1
      s.updateStrategy.rollingUpdate.maxSurge ??= 0
    }
    s.revisionHistoryLimit ??= 10
    templateLabelsAsSelector(s)
  },
  prepareForCreate(obj) {
    obj.status = { currentNumberScheduled: 0, desiredNumberScheduled: 0, numberMisscheduled: 0, numberReady: 0 }
  },
  validate: validateDaemonSet,
  validateUpdate: (obj, old) => [...validateSelectorImmutable(obj, old), ...validateDaemonSet(obj)]
})

registerStrategy('apps', 'statefulsets', {
  generation: true,
  statusSubresource: true,
  defaults(obj) {
    const s = spec(obj)
    s.replicas ??= 1
    s.podManagementPolicy ??= 'OrderedReady'
    if (!isPlainObject(s.updateStrategy)) s.updateStrategy = {}
    s.updateStrategy.type ??= 'RollingUpdate'
    if (s.updateStrategy.type === 'RollingUpdate') {
      if (!isPlainObject(s.updateStrategy.rollingUpdate)) s.updateStrategy.rollingUpdate = {}
      s.updateStrategy.rollingUpdate.partition ??= 0
    }
    s.revisionHistoryLimit ??= 10
    if (!isPlainObject(s.persistentVolumeClaimRetentionPolicy)) s.persistentVolumeClaimRetentionPolicy = {}
    s.persistentVolumeClaimRetentionPolicy.whenDeleted ??= 'Retain'
    s.persistentVolumeClaimRetentionPolicy.whenScaled ??= 'Retain'
    if (Array.isArray(s.volumeClaimTemplates)) {
      for (const t of s.volumeClaimTemplates) {
        if (!isPlainObject(t)) continue
        t.apiVersion ??= 'v1'
        t.kind ??= 'PersistentVolumeClaim'
        if (isPlainObject(t.spec)) t.spec.volumeMode ??= 'Filesystem'
        t.status ??= { phase: 'Pending' }
      }
    }
    templateLabelsAsSelector(s)
  },
  prepareForCreate(obj) {
    obj.status = { replicas: 0, availableReplicas: 0 }
  },
  validate: validateStatefulSet,
  validateUpdate: (obj, old) => [...validateSelectorImmutable(obj, old), ...validateStatefulSet(obj)]
})

registerStrategy('batch', 'jobs', {
  generation: true,
  statusSubresource: true,
  defaults(obj) {
    const s = spec(obj)
    const nonIndexed = s.completionMode === undefined || s.completionMode === 'NonIndexed'
    if (s.completions === undefined && s.parallelism === undefined) {
      s.completions = 1
      s.parallelism = 1
    }
    s.parallelism ??= 1
    s.backoffLimit ??= 6
    s.completionMode ??= 'NonIndexed'
    s.suspend ??= false
    if (!nonIndexed) s.completions ??= s.parallelism
    s.podReplacementPolicy ??= 'TerminatingOrFailed'
    s.manualSelector ??= undefined
    if (s.manualSelector === undefined) delete s.manualSelector
    templateLabelsAsSelector(s)
  },
  prepareForCreate(obj) {
    obj.status = {}
    // generateSelector: the Job's own uid labels its pods.
    if (!obj.spec.manualSelector && isPlainObject(obj.spec.template)) {
      const uid = obj.metadata.uid
      const extra = { 'batch.kubernetes.io/controller-uid': uid, 'batch.kubernetes.io/job-name': obj.metadata.name, 'controller-uid': uid, 'job-name': obj.metadata.name }
      obj.spec.selector = { matchLabels: { 'batch.kubernetes.io/controller-uid': uid } }
      obj.spec.template.metadata = { ...(obj.spec.template.metadata ?? {}), labels: { ...(obj.spec.template.metadata?.labels ?? {}), ...extra } }
      if (!obj.metadata.labels || Object.keys(obj.metadata.labels).length === 0) obj.metadata.labels = { ...obj.spec.template.metadata.labels }
    }
  },
  validate: validateJob,
  validateUpdate: validateJobUpdate
})

registerStrategy('batch', 'cronjobs', {
  generation: true,
  statusSubresource: true,
  defaults(obj) {
    const s = spec(obj)
    s.concurrencyPolicy ??= 'Allow'
    s.suspend ??= false
    s.successfulJobsHistoryLimit ??= 3
    s.failedJobsHistoryLimit ??= 1
    const jt = s.jobTemplate
    if (isPlainObject(jt) && !isPlainObject((jt as any).metadata)) (jt as any).metadata = { creationTimestamp: null }
    else if (isPlainObject(jt) && !('creationTimestamp' in (jt as any).metadata)) (jt as any).metadata.creationTimestamp = null
    if (isPlainObject(jt) && isPlainObject((jt as any).spec)) {
      const js = (jt as any).spec
      if (js.completions === undefined && js.parallelism === undefined) {
        js.completions = 1
        js.parallelism = 1
      }
      js.parallelism ??= 1
      js.backoffLimit ??= 6
      js.completionMode ??= 'NonIndexed'
      js.suspend ??= false
      js.podReplacementPolicy ??= 'TerminatingOrFailed'
      defaultPodTemplate(js.template)
    }
  },
  prepareForCreate(obj) {
    obj.status = {}
  },
  validate: validateCronJob
})
