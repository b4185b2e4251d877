// Validation of apps/v1 and batch/v1 workloads (pkg/apis/apps/validation, pkg/apis/batch/validation).
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { KubeObject } from '../contract'
import { invalidValue, notSupported, required, type FieldError } from '../api/errors'
import { isPlainObject } from '../runtime/objects'
import { validateLabels } from './meta'
import { validatePodSpec } from './podspec'
import { validateWorkloadSelector } from './selector'
import { parseSchedule } from '../controllers/cron'

function nonNegative(value: unknown, field: string): FieldError[] {
  if (typeof value === 'number' && value < 0) return [invalidValue(field, value, 'must be greater than or equal to 0')]
  return []
}

function validateTemplate(template: any, path: string, restartPolicies: string[], extraVolumes: string[] = []): FieldError[] {
  if (!isPlainObject(template)) return [required(path)]
  const out: FieldError[] = []
  out.push(...validateLabels((template as any).metadata?.labels, `${path}.metadata.labels`))
  out.push(...validatePodSpec((template as any).spec, `${path}.spec`, extraVolumes))
  const policy = (template as any).spec?.restartPolicy
  if (policy !== undefined && !restartPolicies.includes(policy)) {
    const field = `${path}.spec.restartPolicy`
    const i = out.findIndex((e) => e.field === field)
    if (i >= 0) out.splice(i, 1)
    out.push(notSupported(field, policy, restartPolicies))
  }
  if ((template as any).spec?.activeDeadlineSeconds !== undefined && restartPolicies.length === 1)
    out.push({ type: 'Forbidden', field: `${path}.spec.activeDeadlineSeconds`, detail: 'activeDeadlineSeconds in ReplicaSet is not Supported' })
  return out
}

function intOrPercent(value: unknown, field: string): FieldError[] {
  if (value === undefined) return []
  if (typeof value === 'number') return nonNegative(value, field)
  if (typeof value === 'string') {
    if (!/^\d+%$/.test(value)) return [invalidValue(field, value, 'a valid percent string must be a numeric string followed by an ending \'%\' (e.g. \'1%\',  or \'93%\', regex used for validation is \'[0-9]+%\')')]
    if (parseInt(value, 10) > 100) return [invalidValue(field, value, 'must not be greater than 100%')]
  }
  return []
}

export function validateDeployment(obj: KubeObject): FieldError[] {
  const s = obj.spec ?? {}
  const out: FieldError[] = [...nonNegative(s.replicas, 'spec.replicas')]
  out.push(...validateWorkloadSelector(s, 'deployment'))
  out.push(...validateTemplate(s.template, 'spec.template', ['Always']))
  const strat = s.strategy ?? {}
  if (!['RollingUpdate', 'Recreate'].includes(strat.type)) out.push(notSupported('spec.strategy.type', strat.type, ['Recreate', 'RollingUpdate']))
  if (strat.type === 'Recreate' && strat.rollingUpdate)
    out.push({ type: 'Forbidden', field: 'spec.strategy.rollingUpdate', detail: 'may not be specified when strategy `type` is \'Recreate\'' })
  const ru = strat.rollingUpdate
  if (strat.type === 'RollingUpdate' && isPlainObject(ru)) {
    out.push(...intOrPercent((ru as any).maxSurge, 'spec.strategy.rollingUpdate.maxSurge'))
    out.push(...intOrPercent((ru as any).maxUnavailable, 'spec.strategy.rollingUpdate.maxUnavailable'))
    const zero = (v: unknown): boolean => v === 0 || v === '0%'
    if (zero((ru as any).maxSurge) && zero((ru as any).maxUnavailable))
      out.push(invalidValue('spec.strategy.rollingUpdate.maxUnavailable', (ru as any).maxUnavailable, 'may not be 0 when `maxSurge` is 0'))
  }
  out.push(...nonNegative(s.revisionHistoryLimit, 'spec.revisionHistoryLimit'))
  if (typeof s.progressDeadlineSeconds === 'number' && typeof s.minReadySeconds === 'number' && s.progressDeadlineSeconds <= s.minReadySeconds)
    out.push(invalidValue('spec.progressDeadlineSeconds', s.progressDeadlineSeconds, 'must be greater than minReadySeconds'))
  out.push(...nonNegative(s.minReadySeconds, 'spec.minReadySeconds'))
  return out
}

export function validateReplicaSet(obj: KubeObject): FieldError[] {
  const s = obj.spec ?? {}
  return [
    ...nonNegative(s.replicas, 'spec.replicas'),
    ...validateWorkloadSelector(s, 'replicaset'),
    ...validateTemplate(s.template, 'spec.template', ['Always'])
  ]
}

export function validateDaemonSet(obj: KubeObject): FieldError[] {
  const s = obj.spec ?? {}
  const out = [...validateWorkloadSelector(s, 'daemonset'), ...validateTemplate(s.template, 'spec.template', ['Always'])]
  const t = s.updateStrategy?.type
  if (t !== undefined && !['OnDelete', 'RollingUpdate'].includes(t)) out.push(notSupported('spec.updateStrategy.type', t, ['OnDelete', 'RollingUpdate']))
  return out
}

export function validateStatefulSet(obj: KubeObject): FieldError[] {
  const s = obj.spec ?? {}
  const claims = (Array.isArray(s.volumeClaimTemplates) ? s.volumeClaimTemplates : []).map((t: any) => t?.metadata?.name).filter(Boolean)
  const out = [...nonNegative(s.replicas, 'spec.replicas'), ...validateWorkloadSelector(s, 'statefulset'), ...validateTemplate(s.template, 'spec.template', ['Always'], claims)]
  const policy = s.podManagementPolicy
  if (policy !== undefined && !['OrderedReady', 'Parallel'].includes(policy))
    out.push(notSupported('spec.podManagementPolicy', policy, ['OrderedReady', 'Parallel']))
  ;(Array.isArray(s.volumeClaimTemplates) ? s.volumeClaimTemplates : []).forEach((t: any, i: number) => {
    if (!t?.metadata?.name) out.push(required(`spec.volumeClaimTemplates[${i}].metadata.name`))
    if (!t?.spec?.accessModes?.length) out.push(required(`spec.volumeClaimTemplates[${i}].spec.accessModes`, 'at least 1 access mode is required'))
    if (!t?.spec?.resources?.requests?.storage) out.push(required(`spec.volumeClaimTemplates[${i}].spec.resources[storage]`))
  })
  return out
}

export function validateJob(obj: KubeObject): FieldError[] {
  const s = obj.spec ?? {}
  const out: FieldError[] = [
    ...nonNegative(s.parallelism, 'spec.parallelism'),
    ...nonNegative(s.completions, 'spec.completions'),
    ...nonNegative(s.backoffLimit, 'spec.backoffLimit')
  ]
  if (typeof s.activeDeadlineSeconds === 'number' && s.activeDeadlineSeconds <= 0)
    out.push(invalidValue('spec.activeDeadlineSeconds', s.activeDeadlineSeconds, 'must be greater than or equal to 1'))
  out.push(...validateWorkloadSelector(s, 'job').filter((e) => e.field !== 'spec.selector' || e.type !== 'Required value'))
  if (!isPlainObject(s.template)) out.push(required('spec.template'))
  else {
    const policy = s.template.spec?.restartPolicy
    if (policy === undefined || policy === 'Always')
      out.push(...validateTemplate(s.template, 'spec.template', ['OnFailure', 'Never']).filter((e) => e.field !== 'spec.template.spec.restartPolicy'))
    else out.push(...validateTemplate(s.template, 'spec.template', ['OnFailure', 'Never']))
    if (policy === undefined || policy === 'Always')
      out.push(notSupported('spec.template.spec.restartPolicy', policy ?? '', ['OnFailure', 'Never']))
  }
  return out
}

export function validateCronJob(obj: KubeObject): FieldError[] {
  const s = obj.spec ?? {}
  const out: FieldError[] = []
  if (!s.schedule) out.push(required('spec.schedule'))
  else {
    const err = parseSchedule(String(s.schedule)).error
    if (err) out.push(invalidValue('spec.schedule', s.schedule, err))
  }
  if (s.timeZone !== undefined && typeof s.timeZone === 'string' && s.timeZone !== 'UTC' && s.timeZone !== 'Etc/UTC' && !/^[A-Za-z]+\/[A-Za-z_]+$/.test(s.timeZone))
    out.push(invalidValue('spec.timeZone', s.timeZone, 'unknown time zone ' + s.timeZone))
  const cp = s.concurrencyPolicy
  if (cp !== undefined && !['Allow', 'Forbid', 'Replace'].includes(cp)) out.push(notSupported('spec.concurrencyPolicy', cp, ['Allow', 'Forbid', 'Replace']))
  if ((obj.metadata.name ?? '').length > 52)
    out.push(invalidValue('metadata.name', obj.metadata.name, 'must be no more than 52 characters'))
  const jt = s.jobTemplate
  if (!isPlainObject(jt)) out.push(required('spec.jobTemplate'))
  else {
    const policy = (jt as any).spec?.template?.spec?.restartPolicy
    out.push(...validateTemplate((jt as any).spec?.template, 'spec.jobTemplate.spec.template', ['OnFailure', 'Never']).filter((e) => e.field !== 'spec.jobTemplate.spec.template.spec.restartPolicy'))
    if (policy === undefined || !['OnFailure', 'Never'].includes(policy))
      out.push(notSupported('spec.jobTemplate.spec.template.spec.restartPolicy', policy ?? '', ['OnFailure', 'Never']))
  }
  return out
}
