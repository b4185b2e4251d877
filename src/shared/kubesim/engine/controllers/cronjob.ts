// CronJob controller: creates `<name>-<minutes since epoch>` Jobs on the schedule, applies
// the concurrency policy, tracks active jobs and keeps the configured history.
import type { KubeObject } from '../contract'
import { ApiException } from '../contract'
import type { Controller } from '../runtime/reconciler'
import { deepClone, objectMeta } from '../runtime/objects'
import { parseTime, rfc3339 } from '../runtime/time'
import type { Ctx } from './context'
import { nextRun, parseSchedule } from './cron'
import { controlled, controllerRef, keyOf, notJustStatus, ownerRefTo, R, splitKey } from './util'

const SOURCE = { component: 'cronjob-controller' }

function jobState(job: KubeObject): 'Complete' | 'Failed' | undefined {
  for (const c of job.status?.conditions ?? []) if ((c.type === 'Complete' || c.type === 'Failed') && c.status === 'True') return c.type
  return undefined
}

export class CronJobController implements Controller {
  readonly name = 'cronjob'

  constructor(private readonly ctx: Ctx) {
    const { sim } = ctx
    sim.reconciler.register(this)
    sim.store.watch((e) => {
      if (e.resource === R.cronjobs && e.type !== 'DELETED' && notJustStatus(e)) sim.reconciler.enqueue(this.name, keyOf(e.object))
      else if (e.resource === R.jobs) {
        const ref = controllerRef(e.object)
        if (ref?.kind === 'CronJob') sim.reconciler.enqueue(this.name, `${e.object.metadata.namespace}/${ref.name}`)
      }
    }, [R.cronjobs, R.jobs])
  }

  sync(key: string): void {
    const { sim, server, events } = this.ctx
    const [ns, name] = splitKey(key)
    const cj = sim.store.get(R.cronjobs, ns, name)
    if (!cj || cj.metadata.deletionTimestamp) return
    const parsed = parseSchedule(String(cj.spec?.schedule ?? ''))
    if (!parsed.schedule) return
    const jobs = controlled(sim.store, cj, 'Job')
    for (const job of jobs) {
      const state = jobState(job)
      const wasActive = (cj.status?.active ?? []).some((a: { uid: string }) => a.uid === job.metadata.uid)
      if (state && wasActive) events.record(cj, 'Normal', 'SawCompletedJob', `Saw completed job: ${job.metadata.name}, status: ${state}`, SOURCE)
    }
    const active = jobs.filter((j) => !jobState(j) && !j.metadata.deletionTimestamp)
    const last = parseTime(cj.status?.lastScheduleTime) ?? parseTime(cj.metadata.creationTimestamp) ?? sim.now
    let due: number | undefined
    for (let t = nextRun(parsed.schedule, last); t !== undefined && t <= sim.now; t = nextRun(parsed.schedule, t)) due = t
    const deadline = cj.spec?.startingDeadlineSeconds
    let scheduled: number | undefined
    if (due !== undefined && !cj.spec?.suspend && !(deadline !== undefined && due + deadline * 1000 < sim.now)) {
      const policy = cj.spec?.concurrencyPolicy ?? 'Allow'
      if (policy === 'Forbid' && active.length) {
        events.record(cj, 'Normal', 'JobAlreadyActive', 'Not starting job because prior execution is running and concurrency policy is Forbid', SOURCE)
      } else {
        if (policy === 'Replace') {
          for (const j of active) {
            server.delete(R.jobs, ns, j.metadata.name, { propagationPolicy: 'Background' })
            events.record(cj, 'Normal', 'SuccessfulDelete', `Deleted job ${j.metadata.name}`, SOURCE)
          }
        }
        scheduled = due
        const template = deepClone(cj.spec.jobTemplate ?? {})
        const jobName = `${name}-${Math.floor(due / 60000)}`
        try {
          server.create(R.jobs, {
            apiVersion: 'batch/v1',
            kind: 'Job',
            metadata: objectMeta({
              name: jobName,
              namespace: ns,
              labels: template.metadata?.labels,
              annotations: { ...(template.metadata?.annotations ?? {}), 'batch.kubernetes.io/cronjob-scheduled-timestamp': rfc3339(due) },
              ownerReferences: [ownerRefTo(cj)]
            }),
            spec: template.spec ?? {}
          })
          events.record(cj, 'Normal', 'SuccessfulCreate', `Created job ${jobName}`, SOURCE)
        } catch (e) {
          if (!(e instanceof ApiException)) throw e
          if (e.status.reason !== 'AlreadyExists') events.record(cj, 'Warning', 'FailedCreate', `Error creating job: ${e.message}`, SOURCE)
        }
      }
    }
    this.cleanup(cj)
    const next = nextRun(parsed.schedule, Math.max(sim.now, scheduled ?? last))
    if (next !== undefined) sim.reconciler.at(next, this.name, key)
    const fresh = controlled(sim.store, cj, 'Job')
    const activeRefs = fresh
      .filter((j) => !jobState(j) && !j.metadata.deletionTimestamp)
      .map((j) => ({ apiVersion: 'batch/v1', kind: 'Job', name: j.metadata.name, namespace: ns, resourceVersion: j.metadata.resourceVersion, uid: j.metadata.uid }))
    const successes = fresh.filter((j) => jobState(j) === 'Complete').map((j) => parseTime(j.status?.completionTime) ?? 0)
    server.writeStatus(R.cronjobs, cj, (d) => {
      const status: Record<string, unknown> = {}
      if (activeRefs.length) status.active = activeRefs
      const lastSchedule = scheduled ?? parseTime(d.status?.lastScheduleTime)
      if (lastSchedule !== undefined) status.lastScheduleTime = rfc3339(lastSchedule)
      const lastSuccess = Math.max(parseTime(d.status?.lastSuccessfulTime) ?? 0, ...successes)
      if (lastSuccess > 0) status.lastSuccessfulTime = rfc3339(lastSuccess)
      d.status = status
    })
  }

  private cleanup(cj: KubeObject): void {
    const { sim, server, events } = this.ctx
    const jobs = controlled(sim.store, cj, 'Job').filter((j) => !j.metadata.deletionTimestamp)
    const trim = (state: 'Complete' | 'Failed', limit: number): void => {
      const finished = jobs.filter((j) => jobState(j) === state).sort((a, b) => (parseTime(a.metadata.creationTimestamp) ?? 0) - (parseTime(b.metadata.creationTimestamp) ?? 0))
      for (const j of finished.slice(0, Math.max(0, finished.length - limit))) {
        server.delete(R.jobs, j.metadata.namespace, j.metadata.name, { propagationPolicy: 'Background' })
        events.record(cj, 'Normal', 'SuccessfulDelete', `Deleted job ${j.metadata.name}`, SOURCE)
      }
    }
    trim('Complete', cj.spec?.successfulJobsHistoryLimit ?? 3)
    trim('Failed', cj.spec?.failedJobsHistoryLimit ?? 1)
  }
}
