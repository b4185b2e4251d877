/* eslint-disable @typescript-eslint/no-explicit-any */
// One container's life under the kubelet: image pull (with back-off), create/start,
// exit, restart with CrashLoopBackOff back-off (10 s doubling to 5 min).
import type { KubeObject } from '../contract'
import { goDuration, lookupImage } from './images'
import { Program } from './program'
import type { ContainerRun } from './state'

export const MAX_BACKOFF = 300

export interface ContainerHost {
  now: number
  pod: KubeObject
  node: string
  random: { int(min: number, max: number): number; hex(n: number): string }
  event(type: 'Normal' | 'Warning', reason: string, message: string, container: ContainerRun): void
  imagePresent(image: string): boolean
  imagePulled(image: string, size: number): void
  /** Starts the process; returns when it exits (epoch ms) and its code, or an env/config error. */
  start(c: ContainerRun, program: Program): { exit?: { at: number; code: number }; configError?: string }
  /** Runs the probes due by now; returns the next probe instant. */
  probe(c: ContainerRun): number | undefined
}

export function specOf(pod: KubeObject, c: ContainerRun): Record<string, any> {
  const list = c.init ? pod.spec?.initContainers : pod.spec?.containers
  return (list ?? []).find((x: { name: string }) => x.name === c.name) ?? {}
}

function pullTime(host: ContainerHost, size: number): number {
  // A few tens of MB/s, plus registry round trips: nginx takes 2-6 s, busybox ~1 s.
  return Math.round(400 + (size / (host.random.int(18, 40) * 1_000_000)) * 1000 + host.random.int(0, 600))
}

/** Needs a pull: policy Always, or IfNotPresent and the node lacks the image. */
function mustPull(host: ContainerHost, c: ContainerRun, spec: Record<string, unknown>): boolean {
  const policy = spec.imagePullPolicy ?? 'IfNotPresent'
  if (policy === 'Always') return true
  if (policy === 'Never') return false
  return !host.imagePresent(c.image)
}

/** Begins (or retries) a container: pull when needed, else create and start. Returns the next wake-up. */
export function beginContainer(host: ContainerHost, c: ContainerRun): number | undefined {
  const spec = specOf(host.pod, c)
  if (mustPull(host, c, spec)) {
    c.phase = 'pulling'
    c.reason = c.reason === 'ImagePullBackOff' || c.reason === 'ErrImagePull' ? c.reason : 'ContainerCreating'
    const look = lookupImage(c.image)
    c.pullStarted = host.now
    c.until = host.now + (look.size ? pullTime(host, look.size) : host.random.int(600, 1800))
    host.event('Normal', 'Pulling', `Pulling image "${c.image}"`, c)
    return c.until
  }
  if ((spec.imagePullPolicy ?? 'IfNotPresent') === 'Never' && !host.imagePresent(c.image)) {
    c.phase = 'pull-failed'
    c.reason = 'ErrImageNeverPull'
    c.message = `Container image "${c.image}" is not present with pull policy of Never`
    host.event('Warning', 'ErrImageNeverPull', c.message, c)
    host.event('Warning', 'Failed', 'Error: ErrImageNeverPull', c)
    return undefined
  }
  host.event('Normal', 'Pulled', `Container image "${c.image}" already present on machine`, c)
  return startContainer(host, c)
}

/** Pull finished at `c.until`. */
export function pullDone(host: ContainerHost, c: ContainerRun): number | undefined {
  const look = lookupImage(c.image)
  if (look.error || !look.info) {
    c.phase = 'pull-failed'
    c.reason = 'ErrImagePull'
    c.message = look.error
    host.event('Warning', 'Failed', `Failed to pull image "${c.image}": ${look.error}`, c)
    host.event('Warning', 'Failed', 'Error: ErrImagePull', c)
    // The next sync, about a second later, reports the back-off.
    c.until = host.now + 1000
    return c.until
  }
  const took = host.now - (c.pullStarted ?? host.now)
  host.imagePulled(c.image, look.size ?? 0)
  host.event('Normal', 'Pulled', `Successfully pulled image "${c.image}" in ${goDuration(took)} (${goDuration(took)} including waiting). Image size: ${look.size} bytes.`, c)
  c.pullBackoff = 0
  return startContainer(host, c)
}

/** ErrImagePull shown; now ImagePullBackOff until the retry. */
export function pullBackOff(host: ContainerHost, c: ContainerRun): number {
  c.pullBackoff = c.pullBackoff ? Math.min(c.pullBackoff * 2, MAX_BACKOFF) : 10
  c.phase = 'backoff'
  c.reason = 'ImagePullBackOff'
  c.message = `Back-off pulling image "${c.image}"`
  host.event('Normal', 'BackOff', `Back-off pulling image "${c.image}"`, c)
  host.event('Warning', 'Failed', 'Error: ImagePullBackOff', c)
  c.until = host.now + c.pullBackoff * 1000
  return c.until
}

export function startContainer(host: ContainerHost, c: ContainerRun): number | undefined {
  const look = lookupImage(c.image)
  const spec = specOf(host.pod, c)
  const program = new Program(spec, look.info!, look.ref.tag)
  const id = `containerd://${host.random.hex(64)}`
  if (program.startError) {
    const message = `failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: ${program.startError}: unknown`
    host.event('Normal', 'Created', `Created container ${c.name}`, c)
    host.event('Warning', 'Failed', `Error: ${message}`, c)
    c.phase = 'start-failed'
    c.containerID = id
    c.exitCode = 128
    c.reason = 'StartError'
    c.message = message
    c.startedAt = 0
    c.finishedAt = host.now
    c.ready = false
    return afterExit(host, c)
  }
  const started = host.start(c, program)
  if (started.configError) {
    c.phase = 'backoff'
    c.reason = 'CreateContainerConfigError'
    c.message = started.configError
    host.event('Warning', 'Failed', `Error: ${started.configError}`, c)
    c.until = host.now + 10_000
    return c.until
  }
  host.event('Normal', 'Created', `Created container ${c.name}`, c)
  host.event('Normal', 'Started', `Started container ${c.name}`, c)
  c.phase = 'running'
  c.containerID = id
  c.startedAt = host.now
  c.reason = undefined
  c.message = undefined
  c.exitCode = undefined
  c.finishedAt = undefined
  c.until = started.exit?.at
  if (started.exit) c.exitCode = started.exit.code
  c.probes = {}
  const first = (probe: { initialDelaySeconds?: number } | undefined) => (probe ? { next: host.now + (probe.initialDelaySeconds ?? 0) * 1000, fails: 0, oks: 0 } : undefined)
  const readiness = first(spec.readinessProbe)
  const liveness = first(spec.livenessProbe)
  if (readiness) c.probes.readiness = readiness
  if (liveness) c.probes.liveness = liveness
  c.ready = !c.init && !readiness
  const probeAt = host.probe(c)
  const wake = [c.until, probeAt].filter((x): x is number => x !== undefined)
  return wake.length ? Math.min(...wake) : undefined
}

/** Whether the pod's restart policy brings this container back. */
export function restarts(pod: KubeObject, c: ContainerRun, code: number): boolean {
  if (c.sidecar) return true
  const policy = pod.spec?.restartPolicy ?? 'Always'
  if (c.init) return code !== 0 && policy !== 'Never'
  return policy === 'Always' || (policy === 'OnFailure' && code !== 0)
}

/** The process ended: record it; a restart comes after the back-off (the first one right away). */
export function afterExit(host: ContainerHost, c: ContainerRun): number | undefined {
  const code = c.exitCode ?? 0
  if (c.phase !== 'start-failed') {
    c.phase = 'exited'
    c.reason = code === 0 ? 'Completed' : 'Error'
    c.finishedAt = host.now
  }
  c.ready = false
  if (!restarts(host.pod, c, code)) {
    c.until = undefined
    return undefined
  }
  const ranFor = (c.finishedAt ?? host.now) - (c.startedAt || host.now)
  if (ranFor > 2 * MAX_BACKOFF * 1000) c.backoff = 0
  // The kubelet's next sync (about a second) restarts a first crash immediately.
  c.until = host.now + (c.backoff ? 1000 : host.random.int(800, 1500))
  return c.until
}

/** After an exit: either the restart is due now, or the back-off starts. */
export function crashLoop(host: ContainerHost, c: ContainerRun): number | undefined {
  if (c.backoff === 0) {
    c.backoff = 10
    return restartContainer(host, c)
  }
  if (c.phase === 'backoff') return restartContainer(host, c)
  c.last = { exitCode: c.exitCode ?? 0, reason: c.reason ?? 'Completed', message: c.phase === 'start-failed' ? c.message : undefined, startedAt: c.startedAt ?? 0, finishedAt: c.finishedAt ?? host.now, containerID: c.containerID ?? '' }
  c.phase = 'backoff'
  c.reason = 'CrashLoopBackOff'
  c.message = `back-off ${goDuration(c.backoff * 1000).replace(/^(\d+)s$/, '$1s')} restarting failed container=${c.name} pod=${host.pod.metadata.name}_${host.pod.metadata.namespace}(${host.pod.metadata.uid})`
  host.event('Warning', 'BackOff', `Back-off restarting failed container ${c.name} in pod ${host.pod.metadata.name}_${host.pod.metadata.namespace}(${host.pod.metadata.uid})`, c)
  c.until = (c.finishedAt ?? host.now) + c.backoff * 1000
  if (c.until <= host.now) c.until = host.now + 1
  return c.until
}

function restartContainer(host: ContainerHost, c: ContainerRun): number | undefined {
  if (c.phase !== 'backoff' || c.reason !== 'CrashLoopBackOff') {
    c.last = { exitCode: c.exitCode ?? 0, reason: c.reason ?? 'Completed', message: c.phase === 'start-failed' ? c.message : undefined, startedAt: c.startedAt ?? 0, finishedAt: c.finishedAt ?? host.now, containerID: c.containerID ?? '' }
  } else c.backoff = Math.min(c.backoff * 2, MAX_BACKOFF)
  c.restartCount++
  return beginContainer(host, c)
}
