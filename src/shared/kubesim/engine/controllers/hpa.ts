// The horizontal pod autoscaler: every 15 s, compares the pods' CPU (or memory) use with
// their requests and scales the target within [minReplicas, maxReplicas]; scale-downs wait
// for the 5-minute stabilisation window.
import type { JsonValue, KubeObject, PodMetrics } from '../contract'
import { milli, quantityValue } from '../api/quantity'
import { fromLabelSelector, matches } from '../api/selectors'
import type { Controller } from '../runtime/reconciler'
import type { Stateful } from '../runtime/sim'
import { MINUTE, rfc3339, SECOND } from '../runtime/time'
import type { Ctx } from './context'
import { keyOf, R, setCondition, splitKey } from './util'

const SOURCE = { component: 'horizontal-pod-autoscaler' }
const TOLERANCE = 0.1

export interface MetricsSource {
  podMetrics(namespace: string | undefined): PodMetrics[]
}

export class HpaController implements Controller, Stateful {
  readonly name = 'horizontal-pod-autoscaler'
  readonly stateKey = 'hpa'
  /** Recommendations of the last 5 minutes per HPA: [time, replicas]. */
  private history = new Map<string, [number, number][]>()

  constructor(
    private readonly ctx: Ctx,
    private readonly metrics: MetricsSource
  ) {
    const { sim } = ctx
    sim.reconciler.register(this)
    sim.addStateful(this)
    sim.store.watch((e) => {
      if (e.resource === R.hpas && e.type === 'ADDED') sim.reconciler.enqueue(this.name, keyOf(e.object))
    }, [R.hpas])
  }

  saveState(): JsonValue {
    return Object.fromEntries(this.history)
  }

  restoreState(state: JsonValue): void {
    this.history = new Map(Object.entries(state as Record<string, [number, number][]>))
  }

  private target(hpa: KubeObject): { info: typeof R.deployments; obj?: KubeObject } {
    const ref = hpa.spec?.scaleTargetRef ?? {}
    const info = ref.kind === 'StatefulSet' ? R.statefulsets : ref.kind === 'ReplicaSet' ? R.replicasets : R.deployments
    return { info, obj: this.ctx.sim.store.get(info, hpa.metadata.namespace, ref.name) }
  }

  sync(key: string): void {
    const { sim, server, events } = this.ctx
    const [ns, name] = splitKey(key)
    const hpa = sim.store.get(R.hpas, ns, name)
    if (!hpa) {
      this.history.delete(key)
      return
    }
    sim.reconciler.at(sim.now + 15 * SECOND, this.name, key)
    const stamp = rfc3339(sim.now)
    const { info, obj } = this.target(hpa)
    let conditions: Record<string, unknown>[] = hpa.status?.conditions ?? []
    const write = (status: Record<string, unknown>): void => {
      server.writeStatus(R.hpas, hpa, (d) => {
        d.status = { ...status, conditions }
      })
    }
    if (!obj) {
      conditions = setCondition(conditions, { type: 'AbleToScale', status: 'False', reason: 'FailedGetScale', message: `the HPA controller was unable to get the target's current scale: ${info.name}.${info.group} "${hpa.spec?.scaleTargetRef?.name}" not found` }, stamp)
      events.record(hpa, 'Warning', 'FailedGetScale', `${info.name}.${info.group} "${hpa.spec?.scaleTargetRef?.name}" not found`, SOURCE)
      write({ currentReplicas: 0, desiredReplicas: 0 })
      return
    }
    const current = obj.spec?.replicas ?? 1
    const sel = fromLabelSelector(obj.spec?.selector)
    const pods = sim.store.list(R.pods, ns).filter((p) => sel && matches(sel, p.metadata.labels) && !p.metadata.deletionTimestamp && p.status?.phase === 'Running')
    const usage = new Map(this.metrics.podMetrics(ns).map((m) => [m.name, m]))
    let desired = current
    const currentMetrics: Record<string, unknown>[] = []
    let failure: string | undefined
    for (const metric of hpa.spec?.metrics ?? []) {
      if (metric.type !== 'Resource') continue
      const resource: string = metric.resource?.name ?? 'cpu'
      const target = metric.resource?.target ?? {}
      let requested = 0
      let used = 0
      for (const p of pods) {
        for (const c of p.spec?.containers ?? []) {
          const req = c.resources?.requests?.[resource]
          if (req === undefined && target.type === 'Utilization') {
            failure = `failed to get ${resource} utilization: missing request for ${resource} in container ${c.name} of Pod ${p.metadata.name}`
            break
          }
          requested += resource === 'cpu' ? milli(req ?? 0) : quantityValue(req ?? 0)
        }
        const m = usage.get(p.metadata.name)
        for (const c of m?.containers ?? []) used += resource === 'cpu' ? c.cpuMilli : c.memoryBytes
      }
      if (failure) break
      if (!pods.length) continue
      const utilization = requested > 0 ? Math.round((used / requested) * 100) : 0
      const average = used / pods.length
      const averageValue = resource === 'cpu' ? `${Math.round(average)}m` : `${Math.round(average)}`
      currentMetrics.push({ type: 'Resource', resource: { name: resource, current: target.type === 'Utilization' ? { averageUtilization: utilization, averageValue } : { averageValue } } })
      let ratio = 1
      if (target.type === 'Utilization' && target.averageUtilization) ratio = utilization / target.averageUtilization
      else if (target.averageValue !== undefined) ratio = average / (resource === 'cpu' ? milli(target.averageValue) : quantityValue(target.averageValue))
      if (Math.abs(ratio - 1) > TOLERANCE) desired = Math.max(desired === current ? 0 : desired, Math.ceil(ratio * pods.length))
    }
    if (failure) {
      conditions = setCondition(conditions, { type: 'AbleToScale', status: 'True', reason: 'SucceededGetScale', message: 'the HPA controller was able to get the target\'s current scale' }, stamp)
      conditions = setCondition(conditions, { type: 'ScalingActive', status: 'False', reason: 'FailedGetResourceMetric', message: `the HPA was unable to compute the replica count: ${failure}` }, stamp)
      events.record(hpa, 'Warning', 'FailedGetResourceMetric', failure, SOURCE)
      events.record(hpa, 'Warning', 'FailedComputeMetricsReplicas', `invalid metrics (1 invalid out of 1), first error is: failed to get ${hpa.spec?.metrics?.[0]?.resource?.name ?? 'cpu'} resource metric value: ${failure}`, SOURCE)
      write({ currentMetrics: null, currentReplicas: current, desiredReplicas: current, ...(hpa.status?.lastScaleTime ? { lastScaleTime: hpa.status.lastScaleTime } : {}) })
      return
    }
    const min = hpa.spec?.minReplicas ?? 1
    const max = hpa.spec?.maxReplicas ?? 1
    const unclamped = desired
    desired = Math.min(max, Math.max(min, desired))
    const past = (this.history.get(key) ?? []).filter(([t]) => t > sim.now - 5 * MINUTE)
    past.push([sim.now, desired])
    this.history.set(key, past)
    if (desired < current) desired = Math.max(desired, ...past.map(([, r]) => r))
    let lastScale = hpa.status?.lastScaleTime
    if (desired !== current) {
      server.mutate(info, ns, obj.metadata.name, (d) => {
        d.spec.replicas = desired
      })
      const why = desired > current ? (unclamped > max ? 'All metrics above target' : `${hpa.spec?.metrics?.[0]?.resource?.name ?? 'cpu'} resource utilization (percentage of request) above target`) : 'All metrics below target'
      events.record(hpa, 'Normal', 'SuccessfulRescale', `New size: ${desired}; reason: ${why}`, SOURCE)
      lastScale = stamp
    }
    conditions = setCondition(conditions, { type: 'AbleToScale', status: 'True', reason: desired < current || desired === current ? 'ReadyForNewScale' : 'SucceededRescale', message: 'recommended size matches current size' }, stamp)
    conditions = setCondition(conditions, { type: 'ScalingActive', status: 'True', reason: 'ValidMetricFound', message: 'the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)' }, stamp)
    conditions = setCondition(
      conditions,
      unclamped < min
        ? { type: 'ScalingLimited', status: 'True', reason: 'TooFewReplicas', message: 'the desired replica count is less than the minimum replica count' }
        : unclamped > max
          ? { type: 'ScalingLimited', status: 'True', reason: 'TooManyReplicas', message: 'the desired replica count is more than the maximum replica count' }
          : { type: 'ScalingLimited', status: 'False', reason: 'DesiredWithinRange', message: 'the desired count is within the acceptable range' },
      stamp
    )
    write({ currentMetrics, currentReplicas: current, desiredReplicas: desired, ...(lastScale ? { lastScaleTime: lastScale } : {}) })
  }
}
