/* eslint-disable @typescript-eslint/no-explicit-any */
import type { KubeObject } from '../../engine/contract'
import { humanDuration } from '../output/age'
import { formatLabels, selectorString } from '../output/tables/format'
import { annotationsMultiline, controllerOf, describeEvents, labelsMultiline, rfc1123z } from './common'
import { describePodTemplate } from './containers'
import { DescribeWriter } from './writer'

// describeDeployment, describeReplicaSet, describeDaemonSet, describeStatefulSet,
// describeJob, describeCronJob (describe.go).

export interface PodCounts {
  running: number
  waiting: number
  succeeded: number
  failed: number
}

/** getPodStatusForController: pods controlled by `uid`, counted by phase. */
export function podCounts(pods: KubeObject[], uid: string): PodCounts {
  const c = { running: 0, waiting: 0, succeeded: 0, failed: 0 }
  for (const p of pods) {
    if (!(p.metadata.ownerReferences ?? []).some((o) => o.controller && o.uid === uid)) continue
    const phase = p.status?.phase
    if (phase === 'Running') c.running++
    else if (phase === 'Pending') c.waiting++
    else if (phase === 'Succeeded') c.succeeded++
    else if (phase === 'Failed') c.failed++
  }
  return c
}

function podsStatus(c: PodCounts): string {
  return `${c.running} Running / ${c.waiting} Waiting / ${c.succeeded} Succeeded / ${c.failed} Failed`
}

function conditions(w: DescribeWriter, list: any[] | undefined): void {
  if (!list?.length) return
  w.write(0, 'Conditions:\n  Type\tStatus\tReason\n')
  w.write(1, '----\t------\t------\n')
  for (const c of list) w.write(1, `${c.type} \t${c.status}\t${c.reason ?? ''}\n`)
}

function rsList(list: KubeObject[]): string {
  return list.map((rs) => `${rs.metadata.name} (${rs.status?.replicas ?? 0}/${rs.spec?.replicas ?? 0} replicas created)`).join(', ') || '<none>'
}

export function describeDeployment(d: KubeObject, ownedRS: KubeObject[], events: KubeObject[] | undefined, now: number): string {
  const w = new DescribeWriter()
  const spec = d.spec ?? {}
  const st = d.status ?? {}
  w.write(0, `Name:\t${d.metadata.name}\n`)
  w.write(0, `Namespace:\t${d.metadata.namespace}\n`)
  w.write(0, `CreationTimestamp:\t${rfc1123z(d.metadata.creationTimestamp)}\n`)
  labelsMultiline(w, 'Labels', d.metadata.labels)
  annotationsMultiline(w, 'Annotations', d.metadata.annotations)
  w.write(0, `Selector:\t${selectorString(spec.selector)}\n`)
  w.write(0, `Replicas:\t${spec.replicas ?? 0} desired | ${st.updatedReplicas ?? 0} updated | ${st.replicas ?? 0} total | ${st.availableReplicas ?? 0} available | ${st.unavailableReplicas ?? 0} unavailable\n`)
  w.write(0, `StrategyType:\t${spec.strategy?.type ?? ''}\n`)
  w.write(0, `MinReadySeconds:\t${spec.minReadySeconds ?? 0}\n`)
  const ru = spec.strategy?.rollingUpdate
  if (ru) w.write(0, `RollingUpdateStrategy:\t${ru.maxUnavailable ?? '25%'} max unavailable, ${ru.maxSurge ?? '25%'} max surge\n`)
  describePodTemplate(w, spec.template)
  conditions(w, st.conditions)
  const revision = d.metadata.annotations?.['deployment.kubernetes.io/revision']
  const sorted = [...ownedRS].sort((a, b) => Date.parse(a.metadata.creationTimestamp) - Date.parse(b.metadata.creationTimestamp))
  const isNew = (rs: KubeObject): boolean => rs.metadata.annotations?.['deployment.kubernetes.io/revision'] === revision
  const newRS = sorted.filter(isNew).slice(0, 1)
  const oldRS = sorted.filter((rs) => !newRS.includes(rs))
  if (oldRS.length || newRS.length) {
    w.write(0, `OldReplicaSets:\t${rsList(oldRS)}\n`)
    w.write(0, `NewReplicaSet:\t${rsList(newRS)}\n`)
  }
  describeEvents(w, events, now)
  return w.toString()
}

export function describeReplicaSet(rs: KubeObject, counts: PodCounts, events: KubeObject[] | undefined, now: number): string {
  const w = new DescribeWriter()
  w.write(0, `Name:\t${rs.metadata.name}\n`)
  w.write(0, `Namespace:\t${rs.metadata.namespace}\n`)
  w.write(0, `Selector:\t${selectorString(rs.spec?.selector) || '<none>'}\n`)
  labelsMultiline(w, 'Labels', rs.metadata.labels)
  annotationsMultiline(w, 'Annotations', rs.metadata.annotations)
  const by = controllerOf(rs)
  if (by) w.write(0, `Controlled By:\t${by}\n`)
  w.write(0, `Replicas:\t${rs.status?.replicas ?? 0} current / ${rs.spec?.replicas ?? 0} desired\n`)
  w.write(0, `Pods Status:\t${podsStatus(counts)}\n`)
  describePodTemplate(w, rs.spec?.template)
  conditions(w, rs.status?.conditions)
  describeEvents(w, events, now)
  return w.toString()
}

export function describeDaemonSet(ds: KubeObject, counts: PodCounts, events: KubeObject[] | undefined, now: number): string {
  const w = new DescribeWriter()
  const st = ds.status ?? {}
  w.write(0, `Name:\t${ds.metadata.name}\n`)
  w.write(0, `Selector:\t${selectorString(ds.spec?.selector)}\n`)
  w.write(0, `Node-Selector:\t${formatLabels(ds.spec?.template?.spec?.nodeSelector)}\n`)
  labelsMultiline(w, 'Labels', ds.metadata.labels)
  annotationsMultiline(w, 'Annotations', ds.metadata.annotations)
  w.write(0, `Desired Number of Nodes Scheduled: ${st.desiredNumberScheduled ?? 0}\n`)
  w.write(0, `Current Number of Nodes Scheduled: ${st.currentNumberScheduled ?? 0}\n`)
  w.write(0, `Number of Nodes Scheduled with Up-to-date Pods: ${st.updatedNumberScheduled ?? 0}\n`)
  w.write(0, `Number of Nodes Scheduled with Available Pods: ${st.numberAvailable ?? 0}\n`)
  w.write(0, `Number of Nodes Misscheduled: ${st.numberMisscheduled ?? 0}\n`)
  w.write(0, `Pods Status:\t${podsStatus(counts)}\n`)
  describePodTemplate(w, ds.spec?.template)
  describeEvents(w, events, now)
  return w.toString()
}

export function describeStatefulSet(ss: KubeObject, counts: PodCounts, events: KubeObject[] | undefined, now: number): string {
  const w = new DescribeWriter()
  const spec = ss.spec ?? {}
  w.write(0, `Name:\t${ss.metadata.name}\n`)
  w.write(0, `Namespace:\t${ss.metadata.namespace}\n`)
  w.write(0, `CreationTimestamp:\t${rfc1123z(ss.metadata.creationTimestamp)}\n`)
  w.write(0, `Selector:\t${selectorString(spec.selector)}\n`)
  labelsMultiline(w, 'Labels', ss.metadata.labels)
  annotationsMultiline(w, 'Annotations', ss.metadata.annotations)
  w.write(0, `Replicas:\t${spec.replicas ?? 0} desired | ${ss.status?.replicas ?? 0} total\n`)
  w.write(0, `Update Strategy:\t${spec.updateStrategy?.type ?? ''}\n`)
  const ru = spec.updateStrategy?.rollingUpdate
  if (ru?.partition !== undefined) {
    w.write(1, `Partition:\t${ru.partition}\n`)
    if (ru.maxUnavailable !== undefined) w.write(1, `MaxUnavailable:\t${ru.maxUnavailable}\n`)
  }
  w.write(0, `Pods Status:\t${podsStatus(counts)}\n`)
  describePodTemplate(w, spec.template)
  const templates: any[] = spec.volumeClaimTemplates ?? []
  if (!templates.length) w.write(0, 'Volume Claims:\t<none>\n')
  else {
    w.write(0, 'Volume Claims:\n')
    for (const pvc of templates) {
      w.write(1, `Name:\t${pvc.metadata?.name}\n`)
      w.write(1, `StorageClass:\t${pvc.spec?.storageClassName ?? ''}\n`)
      labelsMultiline(w, '  Labels', pvc.metadata?.labels)
      annotationsMultiline(w, '  Annotations', pvc.metadata?.annotations)
      w.write(1, `Capacity:\t${pvc.spec?.resources?.requests?.storage ?? '<default>'}\n`)
      w.write(1, `Access Modes:\t${(pvc.spec?.accessModes ?? []).join(', ')}\n`)
    }
  }
  describeEvents(w, events, now)
  return w.toString()
}

export function describeJob(job: KubeObject, events: KubeObject[] | undefined, now: number): string {
  const w = new DescribeWriter()
  const spec = job.spec ?? {}
  const st = job.status ?? {}
  w.write(0, `Name:\t${job.metadata.name}\n`)
  w.write(0, `Namespace:\t${job.metadata.namespace}\n`)
  w.write(0, `Selector:\t${selectorString(spec.selector)}\n`)
  labelsMultiline(w, 'Labels', job.metadata.labels)
  annotationsMultiline(w, 'Annotations', job.metadata.annotations)
  const by = controllerOf(job)
  if (by) w.write(0, `Controlled By:\t${by}\n`)
  if (spec.parallelism !== undefined) w.write(0, `Parallelism:\t${spec.parallelism}\n`)
  w.write(0, spec.completions !== undefined && spec.completions !== null ? `Completions:\t${spec.completions}\n` : 'Completions:\t<unset>\n')
  if (spec.completionMode) w.write(0, `Completion Mode:\t${spec.completionMode}\n`)
  if (spec.suspend !== undefined) w.write(0, `Suspend:\t${spec.suspend}\n`)
  if (spec.backoffLimit !== undefined) w.write(0, `Backoff Limit:\t${spec.backoffLimit}\n`)
  if (spec.ttlSecondsAfterFinished !== undefined) w.write(0, `TTL Seconds After Finished:\t${spec.ttlSecondsAfterFinished}\n`)
  if (st.startTime) w.write(0, `Start Time:\t${rfc1123z(st.startTime)}\n`)
  if (st.completionTime) w.write(0, `Completed At:\t${rfc1123z(st.completionTime)}\n`)
  if (st.startTime && st.completionTime) w.write(0, `Duration:\t${humanDuration(Date.parse(st.completionTime) - Date.parse(st.startTime))}\n`)
  if (spec.activeDeadlineSeconds !== undefined) w.write(0, `Active Deadline Seconds:\t${spec.activeDeadlineSeconds}s\n`)
  if (st.ready === undefined) w.write(0, `Pods Statuses:\t${st.active ?? 0} Active / ${st.succeeded ?? 0} Succeeded / ${st.failed ?? 0} Failed\n`)
  else w.write(0, `Pods Statuses:\t${st.active ?? 0} Active (${st.ready} Ready) / ${st.succeeded ?? 0} Succeeded / ${st.failed ?? 0} Failed\n`)
  describePodTemplate(w, spec.template)
  describeEvents(w, events, now)
  return w.toString()
}

export function describeCronJob(cj: KubeObject, events: KubeObject[] | undefined, now: number): string {
  const w = new DescribeWriter()
  const spec = cj.spec ?? {}
  const jt = spec.jobTemplate?.spec ?? {}
  const opt = (label: string, v: unknown, suffix = ''): void =>
    w.write(0, v !== undefined && v !== null ? `${label}:\t${v}${suffix}\n` : `${label}:\t<unset>\n`)
  w.write(0, `Name:\t${cj.metadata.name}\n`)
  w.write(0, `Namespace:\t${cj.metadata.namespace}\n`)
  labelsMultiline(w, 'Labels', cj.metadata.labels)
  annotationsMultiline(w, 'Annotations', cj.metadata.annotations)
  w.write(0, `Schedule:\t${spec.schedule ?? ''}\n`)
  w.write(0, `Concurrency Policy:\t${spec.concurrencyPolicy ?? ''}\n`)
  w.write(0, `Suspend:\t${spec.suspend === undefined ? '<unset>' : spec.suspend ? 'True' : 'False'}\n`)
  opt('Successful Job History Limit', spec.successfulJobsHistoryLimit)
  opt('Failed Job History Limit', spec.failedJobsHistoryLimit)
  opt('Starting Deadline Seconds', spec.startingDeadlineSeconds, 's')
  w.write(0, jt.selector ? `Selector:\t${selectorString(jt.selector)}\n` : 'Selector:\t<unset>\n')
  opt('Parallelism', jt.parallelism)
  opt('Completions', jt.completions)
  if (jt.activeDeadlineSeconds !== undefined) w.write(0, `Active Deadline Seconds:\t${jt.activeDeadlineSeconds}s\n`)
  describePodTemplate(w, jt.template)
  w.write(0, cj.status?.lastScheduleTime ? `Last Schedule Time:\t${rfc1123z(cj.status.lastScheduleTime)}\n` : 'Last Schedule Time:\t<unset>\n')
  const active: any[] = cj.status?.active ?? []
  w.write(0, 'Active Jobs:\t')
  if (!active.length) w.line('<none>')
  else w.line(active.map((j) => j.name).join(', '))
  describeEvents(w, events, now)
  return w.toString()
}
