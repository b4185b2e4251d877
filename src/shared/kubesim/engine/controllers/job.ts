// Job controller: keeps `parallelism` pods running until `completions` succeed, retries
// failures with back-off up to backoffLimit, honours activeDeadlineSeconds, suspend and
// ttlSecondsAfterFinished, and reports the Complete / Failed conditions.
import type { JsonValue, KubeObject } from '../contract'
import { ApiException } from '../contract'
import type { Controller } from '../runtime/reconciler'
import type { Stateful } from '../runtime/sim'
import { parseTime, rfc3339, SECOND } from '../runtime/time'
import type { Ctx } from './context'
import { podFromTemplate } from './context'
import { deletionOrder } from './replicaset'
import { controlled, controllerRef, isPodReady, keyOf, notJustStatus, R, splitKey } from './util'

const SOURCE = { component: 'job-controller' }

interface Tally {
  succeeded: string[]
  failed: string[]
  /** Restarts already charged against backoffLimit (restartPolicy OnFailure). */
  restarts: number
}

function finishedCondition(job: KubeObject): string | undefined {
  for (const c of job.status?.conditions ?? []) if ((c.type === 'Complete' || c.type === 'Failed') && c.status === 'True') return c.type
  return undefined
}

export class JobController implements Controller, Stateful {
  readonly name = 'job'
  readonly stateKey = 'job'
  private tallies = new Map<string, Tally>()

  constructor(private readonly ctx: Ctx) {
    const { sim } = ctx
    sim.reconciler.register(this)
    sim.addStateful(this)
    sim.store.watch((e) => {
      if (e.resource === R.jobs) {
        if (e.type === 'DELETED') this.tallies.delete(e.object.metadata.uid)
        else if (notJustStatus(e)) sim.reconciler.enqueue(this.name, keyOf(e.object))
      } else if (e.resource === R.pods) {
        const ref = controllerRef(e.object)
        if (ref?.kind === 'Job') sim.reconciler.enqueue(this.name, `${e.object.metadata.namespace}/${ref.name}`)
      }
    }, [R.jobs, R.pods])
  }

  saveState(): JsonValue {
    return Object.fromEntries([...this.tallies].map(([k, v]) => [k, { ...v }]))
  }

  restoreState(state: JsonValue): void {
    this.tallies = new Map(Object.entries(state as unknown as Record<string, Tally>))
  }

  sync(key: string): void {
    const { sim, server, events } = this.ctx
    const [ns, name] = splitKey(key)
    const job = sim.store.get(R.jobs, ns, name)
    if (!job || job.metadata.deletionTimestamp) return
    const done = finishedCondition(job)
    if (done) return this.expire(job)
    let tally = this.tallies.get(job.metadata.uid)
    if (!tally) this.tallies.set(job.metadata.uid, (tally = { succeeded: [], failed: [], restarts: 0 }))
    const pods = controlled(sim.store, job, 'Pod')
    for (const p of pods) {
      const uid = p.metadata.uid
      if (p.status?.phase === 'Succeeded' && !tally.succeeded.includes(uid)) tally.succeeded.push(uid)
      if (p.status?.phase === 'Failed' && !tally.failed.includes(uid)) tally.failed.push(uid)
    }
    const restarts = pods.reduce((n, p) => n + (p.status?.containerStatuses ?? []).reduce((m: number, c: { restartCount?: number }) => m + (c.restartCount ?? 0), 0), 0)
    tally.restarts = Math.max(tally.restarts, restarts)
    const active = pods.filter((p) => !p.metadata.deletionTimestamp && p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed')
    const spec = job.spec ?? {}
    const completions: number | undefined = spec.completions ?? undefined
    const parallelism: number = spec.parallelism ?? 1
    const succeeded = tally.succeeded.length
    const failed = tally.failed.length
    const started = parseTime(job.status?.startTime) ?? sim.now
    const stamp = rfc3339(sim.now)

    let failure: { reason: string; message: string } | undefined
    if (failed + tally.restarts > (spec.backoffLimit ?? 6)) failure = { reason: 'BackoffLimitExceeded', message: 'Job has reached the specified backoff limit' }
    else if (spec.activeDeadlineSeconds !== undefined && started + spec.activeDeadlineSeconds * 1000 <= sim.now && !spec.suspend)
      failure = { reason: 'DeadlineExceeded', message: 'Job was active longer than specified deadline' }
    const complete = completions !== undefined ? succeeded >= completions : succeeded > 0 && active.length === 0

    if (failure) {
      for (const p of active) server.delete(R.pods, ns, p.metadata.name)
      events.record(job, 'Warning', failure.reason, failure.message, SOURCE)
    } else if (!complete && !spec.suspend) {
      const wanted = completions !== undefined ? Math.min(parallelism, completions - succeeded) : succeeded > 0 ? 0 : parallelism
      if (active.length < wanted) {
        const delay = failed ? Math.min(10 * SECOND * 2 ** (failed - 1), 360 * SECOND) : 0
        const lastFailure = Math.max(0, ...pods.filter((p) => p.status?.phase === 'Failed').map((p) => parseTime(p.metadata.deletionTimestamp) ?? lastFinish(p)))
        if (delay && lastFailure + delay > sim.now) sim.reconciler.at(lastFailure + delay, this.name, key)
        else {
          for (let i = active.length; i < wanted; i++) {
            try {
              const pod = server.create(R.pods, podFromTemplate(job, spec.template, { generateName: `${name}-` }))
              events.record(job, 'Normal', 'SuccessfulCreate', `Created pod: ${pod.metadata.name}`, SOURCE)
            } catch (e) {
              if (!(e instanceof ApiException)) throw e
              events.record(job, 'Warning', 'FailedCreate', `Error creating: ${e.message}`, SOURCE)
              break
            }
          }
        }
      } else if (active.length > wanted) {
        for (const p of [...active].sort(deletionOrder).slice(0, active.length - wanted)) server.delete(R.pods, ns, p.metadata.name)
      }
      if (spec.activeDeadlineSeconds !== undefined) sim.reconciler.at(started + spec.activeDeadlineSeconds * 1000, this.name, key)
    } else if (spec.suspend) {
      for (const p of active) server.delete(R.pods, ns, p.metadata.name)
    }
    if (complete && !failure) events.record(job, 'Normal', 'Completed', 'Job completed', SOURCE)

    const now = controlled(sim.store, job, 'Pod')
    const stillActive = now.filter((p) => !p.metadata.deletionTimestamp && p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed')
    server.writeStatus(R.jobs, job, (d) => {
      const status: Record<string, unknown> = {}
      if (stillActive.length && !failure && !complete) status.active = stillActive.length
      const conditions: Record<string, unknown>[] = (d.status?.conditions ?? []).filter((c: { type: string }) => c.type === 'Suspended')
      if (spec.suspend && !conditions.length) conditions.push({ type: 'Suspended', status: 'True', lastProbeTime: stamp, lastTransitionTime: stamp, reason: 'JobSuspended', message: 'Job suspended' })
      if (failure) {
        for (const type of ['FailureTarget', 'Failed']) conditions.push({ type, status: 'True', lastProbeTime: stamp, lastTransitionTime: stamp, reason: failure.reason, message: failure.message })
      } else if (complete) {
        for (const type of ['SuccessCriteriaMet', 'Complete']) conditions.push({ type, status: 'True', lastProbeTime: stamp, lastTransitionTime: stamp, reason: 'CompletionsReached', message: 'Reached expected number of succeeded pods' })
        status.completionTime = stamp
      }
      if (conditions.length) status.conditions = conditions
      if (failed) status.failed = failed
      status.ready = stillActive.filter(isPodReady).length
      status.startTime = d.status?.startTime ?? stamp
      if (succeeded) status.succeeded = succeeded
      status.terminating = now.filter((p) => p.metadata.deletionTimestamp).length
      status.uncountedTerminatedPods = {}
      d.status = status
    })
    if (failure || complete) this.expire(sim.store.get(R.jobs, ns, name) ?? job)
  }

  /** ttlSecondsAfterFinished: the ttl-after-finished controller deletes the Job (and its pods). */
  private expire(job: KubeObject): void {
    const { sim, server } = this.ctx
    const ttl = job.spec?.ttlSecondsAfterFinished
    if (ttl === undefined) return
    const finished = parseTime(job.status?.completionTime ?? job.status?.conditions?.find((c: { type: string }) => c.type === 'Failed')?.lastTransitionTime) ?? sim.now
    if (finished + ttl * 1000 <= sim.now) server.delete(R.jobs, job.metadata.namespace, job.metadata.name, { propagationPolicy: 'Background' })
    else sim.reconciler.at(finished + ttl * 1000, this.name, keyOf(job))
  }
}

function lastFinish(pod: KubeObject): number {
  let t = 0
  for (const c of pod.status?.containerStatuses ?? []) t = Math.max(t, parseTime(c.state?.terminated?.finishedAt) ?? 0)
  return t
}
