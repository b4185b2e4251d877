// PodStatus as the kubelet reports it: phase, the five conditions, container statuses.
import type { KubeObject } from '../contract'
import { rfc3339 } from '../runtime/time'
import { canonicalImage } from './images'
import { imageID, parseImage } from './reference'
import type { ContainerRun, PodRun } from './state'
import { hostIPList, ipList, type HostAddress, NO_LAST_STATE, sameList, sameMounts, sharedCondition, waitingState, type Condition } from '../runtime/status-parts'

function specMounts(spec: KubeObject['spec'], name: string): { mountPath: string; name: string; readOnly?: boolean }[] {
  for (const x of spec?.containers ?? []) if (x.name === name) return x.volumeMounts ?? []
  for (const x of spec?.initContainers ?? []) if (x.name === name) return x.volumeMounts ?? []
  return []
}

function volumeMounts(spec: KubeObject['spec'], name: string, prev: unknown): unknown[] | undefined {
  const specified = specMounts(spec, name)
  if (!specified.length) return undefined
  if (sameMounts(prev, specified)) return prev as unknown[]
  return specified.map((m) => {
    const out: Record<string, unknown> = { mountPath: m.mountPath, name: m.name }
    if (m.readOnly) {
      out.readOnly = true
      out.recursiveReadOnly = 'Disabled'
    }
    return out
  })
}

export function containerStatus(c: ContainerRun, spec: KubeObject['spec'], prev?: Record<string, any>): Record<string, unknown> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const everRan = c.containerID !== undefined
  const status: Record<string, unknown> = {}
  const current = c.phase === 'running' || c.phase === 'exited' || c.phase === 'start-failed' ? c.containerID : c.last?.containerID
  if (current) status.containerID = current
  status.image = everRan ? canonicalImage(c.image) : c.image
  status.imageID = everRan ? imageID(parseImage(c.image)) : ''
  status.lastState = c.last ? { terminated: terminatedOf(c.last) } : NO_LAST_STATE
  status.name = c.name
  status.ready = c.ready
  status.restartCount = c.restartCount
  status.started = c.phase === 'running'
  if (c.phase === 'running') status.state = { running: { startedAt: rfc3339(c.startedAt!) } }
  else if (c.phase === 'exited' || c.phase === 'start-failed')
    status.state = { terminated: terminatedOf({ exitCode: c.exitCode ?? 0, reason: c.reason ?? 'Completed', message: c.message, startedAt: c.startedAt ?? c.finishedAt!, finishedAt: c.finishedAt!, containerID: c.containerID! }) }
  else if (!c.message) status.state = waitingState(c.reason ?? 'ContainerCreating')
  else status.state = { waiting: { reason: c.reason ?? 'ContainerCreating', message: c.message } }
  const mounts = volumeMounts(spec, c.name, prev?.volumeMounts)
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

function condition(prev: Condition[] | undefined, type: string, ok: boolean, now: number, reason?: string, message?: () => string): Condition {
  const status = ok ? 'True' : 'False'
  let old: Condition | undefined
  // An index loop: this runs four times per status built, and for…of left an iterator per call.
  if (prev) for (let i = 0; i < prev.length; i++) if (prev[i].type === type) {
    old = prev[i]
    break
  }
  const ltt = old && old.status === status ? old.lastTransitionTime : rfc3339(now)
  if (ok || !reason) return sharedCondition(old, type, status, ltt)
  return sharedCondition(old, type, status, ltt, reason, message?.() || undefined)
}

function named(prev: Record<string, any>[] | undefined, name: string): Record<string, any> | undefined { // eslint-disable-line @typescript-eslint/no-explicit-any
  if (Array.isArray(prev)) for (const s of prev) if (s?.name === name) return s
  return undefined
}

/** kubetypes.PodConditionsByKubelet: the others (DisruptionTarget, readiness gates) are kept as they are, first, as the status manager's mergePodStatus does. */
const KUBELET_CONDITIONS = new Set(['PodScheduled', 'Ready', 'Initialized', 'ContainersReady', 'PodReadyToStartContainers'])

const NONE: Condition[] = []

/** The conditions the kubelet does not own; almost always none, so no array is built then. */
function othersConditions(prev: Condition[] | undefined): Condition[] {
  if (!prev || prev.every((c) => KUBELET_CONDITIONS.has(c.type))) return NONE
  return prev.filter((c) => !KUBELET_CONDITIONS.has(c.type))
}

export function buildPodStatus(run: PodRun, pod: KubeObject, host: HostAddress, now: number): Record<string, unknown> {
  const prevStatus = pod.status
  const prev: Condition[] | undefined = prevStatus?.conditions
  const phase = podPhase(run)
  const spec = pod.spec ?? {}
  const inits = run.containers.filter((c) => c.init)
  const mains = run.containers.filter((c) => !c.init)
  const sandboxReady = now >= run.sandboxAt && !run.finished && !run.killing
  const incompleteInits = inits.filter((c) => !c.sidecar && !(c.phase === 'exited' && c.exitCode === 0)).map((c) => c.name)
  const unready = mains.filter((c) => !c.ready).map((c) => c.name)
  const completed = phase === 'Succeeded' || phase === 'Failed'
  const scheduled = prev?.find((c) => c.type === 'PodScheduled') ?? { type: 'PodScheduled', status: 'True', lastProbeTime: null, lastTransitionTime: rfc3339(run.created) }
  const unreadyMessage = completed ? undefined : () => `containers with unready status: [${unready.join(' ')}]`
  const conditions: Condition[] = sameList(prev, [
    ...othersConditions(prev),
    condition(prev, 'PodReadyToStartContainers', sandboxReady, now),
    condition(prev, 'Initialized', incompleteInits.length === 0, now, 'ContainersNotInitialized', () => `containers with incomplete status: [${incompleteInits.join(' ')}]`),
    condition(prev, 'Ready', !completed && unready.length === 0, now, completed ? 'PodCompleted' : 'ContainersNotReady', unreadyMessage),
    condition(prev, 'ContainersReady', !completed && unready.length === 0, now, completed ? 'PodCompleted' : 'ContainersNotReady', unreadyMessage),
    scheduled
  ])
  const status: Record<string, unknown> = { conditions }
  status.containerStatuses = sameList(prevStatus?.containerStatuses, mains.map((c) => containerStatus(c, spec, named(prevStatus?.containerStatuses, c.name))))
  status.hostIP = host.ip
  status.hostIPs = hostIPList(prevStatus?.hostIPs, host)
  if (inits.length) status.initContainerStatuses = sameList(prevStatus?.initContainerStatuses, inits.map((c) => containerStatus(c, spec, named(prevStatus?.initContainerStatuses, c.name))))
  status.phase = phase
  if (run.ip) {
    status.podIP = run.ip
    status.podIPs = ipList(prevStatus?.podIPs, run.ip)
  }
  status.qosClass = pod.status?.qosClass
  status.startTime = rfc3339(run.created)
  return status
}
