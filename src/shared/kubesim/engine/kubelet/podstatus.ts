// PodStatus as the kubelet reports it: phase, the five conditions, container statuses.
import type { KubeObject } from '../contract'
import { rfc3339 } from '../runtime/time'
import { canonicalImage } from './images'
import { imageID, parseImage } from './reference'
import type { ContainerRun, PodRun } from './state'

type Condition = { type: string; status: string; lastProbeTime: null; lastTransitionTime: string; reason?: string; message?: string }

function volumeMounts(spec: KubeObject['spec'], name: string): unknown[] | undefined {
  const c = [...(spec?.containers ?? []), ...(spec?.initContainers ?? [])].find((x: { name: string }) => x.name === name)
  const mounts = (c?.volumeMounts ?? []).map((m: { mountPath: string; name: string; readOnly?: boolean }) => {
    const out: Record<string, unknown> = { mountPath: m.mountPath, name: m.name }
    if (m.readOnly) {
      out.readOnly = true
      out.recursiveReadOnly = 'Disabled'
    }
    return out
  })
  return mounts.length ? mounts : undefined
}

export function containerStatus(c: ContainerRun, spec: KubeObject['spec']): Record<string, unknown> {
  const everRan = c.containerID !== undefined
  const status: Record<string, unknown> = {}
  const current = c.phase === 'running' || c.phase === 'exited' || c.phase === 'start-failed' ? c.containerID : c.last?.containerID
  if (current) status.containerID = current
  status.image = everRan ? canonicalImage(c.image) : c.image
  status.imageID = everRan ? imageID(parseImage(c.image)) : ''
  status.lastState = c.last
    ? { terminated: terminatedOf(c.last) }
    : {}
  status.name = c.name
  status.ready = c.ready
  status.restartCount = c.restartCount
  status.started = c.phase === 'running'
  if (c.phase === 'running') status.state = { running: { startedAt: rfc3339(c.startedAt!) } }
  else if (c.phase === 'exited' || c.phase === 'start-failed')
    status.state = { terminated: terminatedOf({ exitCode: c.exitCode ?? 0, reason: c.reason ?? 'Completed', message: c.message, startedAt: c.startedAt ?? c.finishedAt!, finishedAt: c.finishedAt!, containerID: c.containerID! }) }
  else {
    const waiting: Record<string, string> = { reason: c.reason ?? 'ContainerCreating' }
    if (c.message) waiting.message = c.message
    status.state = { waiting }
  }
  const mounts = volumeMounts(spec, c.name)
  if (mounts) status.volumeMounts = mounts
  return status
}

function terminatedOf(t: ContainerRunTerminated): Record<string, unknown> {
  const out: Record<string, unknown> = { containerID: t.containerID, exitCode: t.exitCode, finishedAt: rfc3339(t.finishedAt) }
  if (t.message) out.message = t.message
  out.reason = t.reason
  out.startedAt = rfc3339(t.startedAt)
  return out
}

type ContainerRunTerminated = { exitCode: number; reason: string; message?: string; startedAt: number; finishedAt: number; containerID: string }

export function podPhase(run: PodRun): string {
  if (run.finished) return run.finished
  const mains = run.containers.filter((c) => !c.init)
  const initsDone = run.containers.filter((c) => c.init && !c.sidecar).every((c) => c.phase === 'exited' && c.exitCode === 0)
  if (!initsDone) return 'Pending'
  if (mains.some((c) => c.phase === 'running')) return 'Running'
  if (mains.every((c) => c.restartCount === 0 && (c.phase === 'pending' || c.phase === 'pulling' || c.phase === 'pull-failed' || (c.phase === 'backoff' && !c.last)))) return 'Pending'
  return 'Running'
}

function condition(prev: Condition[] | undefined, type: string, ok: boolean, now: number, reason?: string, message?: string): Condition {
  const status = ok ? 'True' : 'False'
  const old = prev?.find((c) => c.type === type)
  const c: Condition = { type, status, lastProbeTime: null, lastTransitionTime: old && old.status === status ? old.lastTransitionTime : rfc3339(now) }
  if (!ok && reason) {
    c.reason = reason
    if (message) c.message = message
  }
  return c
}

/** kubetypes.PodConditionsByKubelet: the others (DisruptionTarget, readiness gates) are kept as they are, first, as the status manager's mergePodStatus does. */
const KUBELET_CONDITIONS = new Set(['PodScheduled', 'Ready', 'Initialized', 'ContainersReady', 'PodReadyToStartContainers'])

export function buildPodStatus(run: PodRun, pod: KubeObject, hostIP: string, now: number): Record<string, unknown> {
  const prev: Condition[] | undefined = pod.status?.conditions
  const phase = podPhase(run)
  const spec = pod.spec ?? {}
  const inits = run.containers.filter((c) => c.init)
  const mains = run.containers.filter((c) => !c.init)
  const sandboxReady = now >= run.sandboxAt && !run.finished && !run.killing
  const incompleteInits = inits.filter((c) => !c.sidecar && !(c.phase === 'exited' && c.exitCode === 0)).map((c) => c.name)
  const unready = mains.filter((c) => !c.ready).map((c) => c.name)
  const completed = phase === 'Succeeded' || phase === 'Failed'
  const scheduled = prev?.find((c) => c.type === 'PodScheduled') ?? { type: 'PodScheduled', status: 'True', lastProbeTime: null, lastTransitionTime: rfc3339(run.created) }
  const conditions: Condition[] = [
    ...(prev?.filter((c) => !KUBELET_CONDITIONS.has(c.type)) ?? []),
    condition(prev, 'PodReadyToStartContainers', sandboxReady, now),
    condition(prev, 'Initialized', incompleteInits.length === 0, now, 'ContainersNotInitialized', `containers with incomplete status: [${incompleteInits.join(' ')}]`),
    condition(prev, 'Ready', !completed && unready.length === 0, now, completed ? 'PodCompleted' : 'ContainersNotReady', completed ? undefined : `containers with unready status: [${unready.join(' ')}]`),
    condition(prev, 'ContainersReady', !completed && unready.length === 0, now, completed ? 'PodCompleted' : 'ContainersNotReady', completed ? undefined : `containers with unready status: [${unready.join(' ')}]`),
    scheduled
  ]
  const status: Record<string, unknown> = { conditions }
  status.containerStatuses = mains.map((c) => containerStatus(c, spec))
  status.hostIP = hostIP
  status.hostIPs = [{ ip: hostIP }]
  if (inits.length) status.initContainerStatuses = inits.map((c) => containerStatus(c, spec))
  status.phase = phase
  if (run.ip) {
    status.podIP = run.ip
    status.podIPs = [{ ip: run.ip }]
  }
  status.qosClass = pod.status?.qosClass
  status.startTime = rfc3339(run.created)
  return status
}
