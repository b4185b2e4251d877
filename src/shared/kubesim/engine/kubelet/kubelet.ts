// The kubelets of every node: they run the pods bound to their node through sandbox,
// volumes, init containers and containers, report PodStatus and events, stop pods on
// deletion, and keep the node's image list. A failed node's kubelet does nothing.
import type { JsonValue, KubeObject } from '../contract'
import type { Controller } from '../runtime/reconciler'
import type { Stateful } from '../runtime/sim'
import { deepClone, deepEqual } from '../runtime/objects'
import { parseTime, MINUTE } from '../runtime/time'
import { hostAddress, type HostAddress } from '../runtime/status-parts'
import type { Ctx } from '../controllers/context'
import { keyOf, R, splitKey } from '../controllers/util'
import { afterExit, beginContainer, crashLoop, pullBackOff, pullDone, restarts, specOf, startContainer, type ContainerHost } from './containers'
import { volumeProblem } from './files'
import { canonicalImage, lookupImage } from './images'
import { buildPodStatus } from './podstatus'
import { Program } from './program'
import { imageID, parseImage } from './reference'
import { ContainerRuntime } from './runtime'
import type { ContainerRun, PodRun } from './state'

export function nodeIP(node: KubeObject | undefined): string {
  const addresses: { type: string; address?: string }[] | undefined = node?.status?.addresses
  if (addresses) for (const a of addresses) if (a.type === 'InternalIP') return a.address ?? ''
  return ''
}

/**
 * Stored objects never change in place, so a node version's address is found once: every
 * pod sync asks, and walking a node's status reads several objects far apart in memory.
 */
const nodeAddresses = new WeakMap<KubeObject, HostAddress>()

function cachedNodeAddress(node: KubeObject): HostAddress {
  let address = nodeAddresses.get(node)
  if (address === undefined) nodeAddresses.set(node, (address = hostAddress(nodeIP(node))))
  return address
}

function containerRun(c: { name: string; image: string; restartPolicy?: string }, init: boolean): ContainerRun {
  return {
    name: c.name,
    init,
    sidecar: init && c.restartPolicy === 'Always',
    image: c.image,
    phase: 'pending',
    restartCount: 0,
    backoff: 0,
    pullBackoff: 0,
    ready: false,
    extraLogs: [],
    overlay: [],
    probes: {}
  }
}

export class Kubelet implements Controller, Stateful {
  readonly name = 'kubelet'
  readonly stateKey = 'kubelet'
  runs = new Map<string, PodRun>()
  private ipCursor = new Map<string, number>()
  private wake = new Map<string, number>()
  readonly down = new Set<string>()
  readonly runtime: ContainerRuntime

  constructor(private readonly ctx: Ctx) {
    const { sim } = ctx
    this.runtime = new ContainerRuntime(ctx, this)
    sim.reconciler.register(this)
    sim.addStateful(this)
    sim.store.watch((e) => {
      if (e.resource === R.pods) {
        if (e.type === 'DELETED') {
          this.runs.delete(e.object.metadata.uid)
          this.wake.delete(keyOf(e.object))
        } else if (e.object.spec?.nodeName && (!e.old || !e.old.spec?.nodeName || e.object.metadata.deletionTimestamp !== e.old.metadata.deletionTimestamp))
          sim.reconciler.enqueue(this.name, keyOf(e.object))
      } else if ((e.resource === R.configmaps || e.resource === R.secrets || e.resource === R.pvcs) && e.type !== 'DELETED') {
        for (const pod of sim.store.list(R.pods, e.object.metadata.namespace)) {
          const run = this.runs.get(pod.metadata.uid)
          if (run && (run.volumeError || run.containers.some((c) => c.reason === 'CreateContainerConfigError'))) sim.reconciler.enqueue(this.name, keyOf(pod))
        }
      }
    }, [R.pods, R.configmaps, R.secrets, R.pvcs])
  }

  saveState(): JsonValue {
    return {
      runs: [...this.runs.values()] as unknown as JsonValue,
      ipCursor: Object.fromEntries(this.ipCursor),
      wake: Object.fromEntries(this.wake),
      down: [...this.down]
    }
  }

  restoreState(state: JsonValue): void {
    const s = state as unknown as { runs: PodRun[]; ipCursor: Record<string, number>; wake: Record<string, number>; down: string[] }
    this.runs = new Map(s.runs.map((r) => [r.uid, r]))
    this.ipCursor = new Map(Object.entries(s.ipCursor))
    this.wake = new Map(Object.entries(s.wake))
    this.down.clear()
    for (const d of s.down) this.down.add(d)
  }

  runOf(pod: KubeObject): PodRun | undefined {
    return this.runs.get(pod.metadata.uid)
  }

  /** Wakes every pod of a node (after it comes back). */
  resyncNode(node: string): void {
    for (const p of this.ctx.sim.store.podsOnNode(node)) this.ctx.sim.reconciler.enqueue(this.name, keyOf(p))
  }

  private schedule(key: string, at: number | undefined): void {
    if (at === undefined) return
    const sim = this.ctx.sim
    const due = Math.max(at, sim.now)
    const current = this.wake.get(key)
    if (current !== undefined && current > sim.now && current <= due) return
    this.wake.set(key, due)
    sim.reconciler.at(due, this.name, key)
  }

  private newRun(pod: KubeObject): PodRun {
    const sim = this.ctx.sim
    const run: PodRun = { uid: pod.metadata.uid, node: pod.spec.nodeName, created: sim.now, sandboxAt: sim.now + sim.random.int(400, 1200), containers: [] }
    for (const c of pod.spec?.initContainers ?? []) run.containers.push(containerRun(c, true))
    for (const c of pod.spec?.containers ?? []) run.containers.push(containerRun(c, false))
    return run
  }

  private allocateIP(pod: KubeObject, node: KubeObject): string {
    if (pod.spec?.hostNetwork) return nodeIP(node)
    const cidr: string = node.spec?.podCIDR ?? '10.244.0.0/24'
    const [base] = cidr.split('/')
    const prefix = base.split('.').slice(0, 3).join('.')
    const used = new Set<string>()
    for (const p of this.ctx.sim.store.podsOnNode(node.metadata.name)) {
      const run = this.runs.get(p.metadata.uid)
      if (run?.ip && !run.finished) used.add(run.ip)
    }
    let cursor = this.ipCursor.get(node.metadata.name) ?? 1
    for (let tries = 0; tries < 254; tries++) {
      cursor = cursor >= 254 ? 2 : cursor + 1
      const ip = `${prefix}.${cursor}`
      if (!used.has(ip)) {
        this.ipCursor.set(node.metadata.name, cursor)
        return ip
      }
    }
    return `${prefix}.${cursor}`
  }

  private host(pod: KubeObject, run: PodRun): ContainerHost {
    const { sim, events } = this.ctx
    return {
      now: sim.now,
      pod,
      node: run.node,
      random: sim.random,
      event: (type, reason, message, c) =>
        events.record(pod, type, reason, message, { component: 'kubelet', host: run.node }, `spec.${c.init ? 'initContainers' : 'containers'}{${c.name}}`),
      imagePresent: (image) => this.imagePresent(run.node, image),
      imagePulled: (image, size) => this.imagePulled(run.node, image, size),
      start: (c, program) => this.runtime.start(pod, run, c, program),
      probe: (c) => this.runProbes(pod, run, c)
    }
  }

  imagePresent(nodeName: string, image: string): boolean {
    const node = this.ctx.sim.store.get(R.nodes, undefined, nodeName)
    const name = canonicalImage(image)
    return (node?.status?.images ?? []).some((i: { names: string[] }) => i.names.includes(name))
  }

  private imagePulled(nodeName: string, image: string, size: number): void {
    if (this.imagePresent(nodeName, image)) return
    const ref = parseImage(image)
    this.ctx.server.mutate(R.nodes, undefined, nodeName, (d) => {
      const images = [...(d.status.images ?? [])]
      images.push({ names: [imageID(ref), canonicalImage(image)], sizeBytes: size })
      images.sort((a: { sizeBytes: number }, b: { sizeBytes: number }) => b.sizeBytes - a.sizeBytes)
      d.status.images = images.slice(0, 50)
    }, true)
  }

  sync(key: string): void {
    const { sim, server } = this.ctx
    const [ns, name] = splitKey(key)
    const pod = sim.store.get(R.pods, ns, name)
    const seen = sim.store.changes
    if (!pod || !pod.spec?.nodeName) return
    const wakeAt = this.wake.get(key)
    if (wakeAt !== undefined && wakeAt <= sim.now) this.wake.delete(key)
    const nodeName: string = pod.spec.nodeName
    if (this.down.has(nodeName)) return
    const node = sim.store.get(R.nodes, undefined, nodeName)
    if (!node) return
    let run = this.runs.get(pod.metadata.uid)
    if (!run) {
      if (pod.metadata.deletionTimestamp) {
        server.remove(R.pods, pod)
        return
      }
      run = this.newRun(pod)
      this.runs.set(run.uid, run)
    }
    const next: (number | undefined)[] = []
    if (pod.metadata.deletionTimestamp) {
      if (this.kill(pod, run, next)) return
    } else if (!run.finished) this.step(pod, run, node, next)
    const status = buildPodStatus(run, pod, cachedNodeAddress(node), sim.now)
    // Usually nothing was written since the first read, so the pod read then is still current.
    const current = sim.store.changes === seen ? pod : sim.store.get(R.pods, ns, name)
    if (current && !deepEqual(current.status, status)) server.replace(R.pods, { ...current, status })
    let due: number | undefined
    for (const t of next) if (t !== undefined && (due === undefined || t < due)) due = t
    if (due !== undefined) this.schedule(key, due)
  }

  private step(pod: KubeObject, run: PodRun, node: KubeObject, next: (number | undefined)[]): void {
    const { sim, events } = this.ctx
    if (sim.now < run.sandboxAt) {
      next.push(run.sandboxAt)
      return
    }
    if (!run.ip) run.ip = this.allocateIP(pod, node)
    const problem = volumeProblem(sim.store, pod)
    if (problem) {
      // A missing ConfigMap or Secret is reported at once; an unbound claim after the 2-minute mount timeout.
      const waitingForClaim = problem.startsWith('Unable to attach')
      if (!run.mountRetryAt) run.mountRetryAt = sim.now + (waitingForClaim ? 2 * MINUTE : 0)
      if (run.mountRetryAt <= sim.now) {
        events.record(pod, 'Warning', 'FailedMount', problem, { component: 'kubelet', host: run.node })
        run.mountRetryAt = sim.now + 2 * MINUTE
      }
      run.volumeError = problem
      next.push(run.mountRetryAt)
      return
    }
    run.volumeError = undefined
    run.mountRetryAt = undefined
    const host = this.host(pod, run)
    const inits = run.containers.filter((c) => c.init)
    let initsDone = true
    for (const c of inits) {
      next.push(this.advance(host, c))
      if (c.sidecar) {
        if (c.phase !== 'running') {
          initsDone = false
          break
        }
        continue
      }
      if (!(c.phase === 'exited' && c.exitCode === 0)) {
        initsDone = false
        if ((c.phase === 'exited' || c.phase === 'start-failed') && !restarts(pod, c, c.exitCode ?? 1)) run.finished = 'Failed'
        break
      }
    }
    if (initsDone) for (const c of run.containers) if (!c.init) next.push(this.advance(host, c))
    const mains = run.containers.filter((c) => !c.init)
    if (initsDone && mains.every((c) => (c.phase === 'exited' || c.phase === 'start-failed') && !restarts(pod, c, c.exitCode ?? 1)))
      run.finished = mains.every((c) => c.exitCode === 0) ? 'Succeeded' : 'Failed'
    if (run.finished) for (const c of run.containers) if (c.sidecar && c.phase === 'running') this.stopContainer(c, 0)
  }

  /** Runs every transition of one container that is due now; returns its next wake-up. */
  private advance(host: ContainerHost, c: ContainerRun): number | undefined {
    const now = host.now
    for (let guard = 0; guard < 20; guard++) {
      if (c.phase === 'pending') {
        const t = beginContainer(host, c)
        if (t === undefined || t > now) return t
        continue
      }
      if (c.phase === 'running') {
        const probeAt = host.probe(c)
        if (c.phase !== 'running') continue
        if (c.until === undefined || c.until > now) return probeAt === undefined ? c.until : c.until === undefined ? probeAt : Math.min(c.until, probeAt)
      } else if (c.until === undefined || c.until > now) return c.until
      switch (c.phase) {
        case 'pulling':
          pullDone(host, c)
          break
        case 'pull-failed':
          pullBackOff(host, c)
          break
        case 'running':
          afterExit(host, c)
          break
        case 'exited':
        case 'start-failed':
          crashLoop(host, c)
          break
        case 'backoff':
          if (c.reason === 'ImagePullBackOff') beginContainer(host, c)
          else if (c.reason === 'CreateContainerConfigError') startContainer(host, c)
          else crashLoop(host, c)
          break
      }
      if (c.until === undefined && c.phase !== 'running') return undefined
    }
    return c.until
  }

  /** Evaluates the readiness and liveness probes due by now, in time order; returns the next one. */
  private runProbes(pod: KubeObject, run: PodRun, c: ContainerRun): number | undefined {
    const { sim, events } = this.ctx
    const spec = specOf(pod, c)
    const fieldPath = `spec.${c.init ? 'initContainers' : 'containers'}{${c.name}}`
    const source = { component: 'kubelet', host: run.node }
    for (let guard = 0; guard < 1000; guard++) {
      const due = (['readiness', 'liveness'] as const).filter((k) => c.probes[k]?.next !== undefined && c.probes[k]!.next! <= sim.now && (c.until === undefined || c.probes[k]!.next! < c.until))
      if (!due.length) break
      const kind = due.sort((a, b) => c.probes[a]!.next! - c.probes[b]!.next!)[0]
      const state = c.probes[kind]!
      const probe = kind === 'readiness' ? spec.readinessProbe : spec.livenessProbe
      const at = state.next!
      const result = this.runtime.probe(pod, c, probe, at)
      const period = (probe.periodSeconds ?? 10) * 1000
      if (result.ok) {
        state.oks++
        state.fails = 0
        if (kind === 'readiness' && state.oks >= (probe.successThreshold ?? 1)) c.ready = true
      } else {
        state.fails++
        state.oks = 0
        events.record(pod, 'Warning', 'Unhealthy', `${kind === 'readiness' ? 'Readiness' : 'Liveness'} probe failed: ${result.message}`, source, fieldPath)
        if (kind === 'readiness' && state.fails >= (probe.failureThreshold ?? 3)) c.ready = false
        if (kind === 'liveness' && state.fails >= (probe.failureThreshold ?? 3)) {
          events.record(pod, 'Normal', 'Killing', `Container ${c.name} failed liveness probe, will be restarted`, source, fieldPath)
          c.exitCode = 137
          c.probes = {}
          afterExit(this.host(pod, run), c)
          c.reason = 'Error'
          return c.until
        }
      }
      // An HTTP or TCP probe against the image's own server cannot change its answer while it runs.
      state.next = result.stable && (result.ok ? state.oks >= 1 : state.fails >= (probe.failureThreshold ?? 3)) ? undefined : at + period
    }
    const next = [c.probes.readiness?.next, c.probes.liveness?.next].filter((x): x is number => x !== undefined)
    return next.length ? Math.min(...next) : undefined
  }

  private stopContainer(c: ContainerRun, code: number): void {
    const now = this.ctx.sim.now
    c.previousLogs = undefined
    c.phase = 'exited'
    c.exitCode = code
    c.reason = code === 0 ? 'Completed' : 'Error'
    c.finishedAt = now
    c.ready = false
    c.until = undefined
  }

  /** Graceful deletion: stop containers (SIGTERM, then SIGKILL at the deadline), then free the pod. Returns true when gone. */
  private kill(pod: KubeObject, run: PodRun, next: (number | undefined)[]): boolean {
    const { sim, server, events } = this.ctx
    if (!run.killing) {
      const deadline = parseTime(pod.metadata.deletionTimestamp) ?? sim.now
      let done = sim.now
      const slow: string[] = []
      for (const c of run.containers) {
        if (c.phase !== 'running') continue
        events.record(pod, 'Normal', 'Killing', `Stopping container ${c.name}`, { component: 'kubelet', host: run.node }, `spec.${c.init ? 'initContainers' : 'containers'}{${c.name}}`)
        const look = lookupImage(c.image)
        if (look.info && new Program(specOf(pod, c), look.info, look.ref.tag).ignoresSigterm) {
          slow.push(c.name)
          done = Math.max(done, deadline)
        } else done = Math.max(done, Math.min(deadline, sim.now + sim.random.int(300, 1200)))
      }
      run.killing = { done, slow }
    }
    if (sim.now < run.killing.done) {
      next.push(run.killing.done)
      return false
    }
    for (const c of run.containers) if (c.phase === 'running') this.stopContainer(c, run.killing.slow.includes(c.name) ? 137 : 0)
    if ((pod.metadata.finalizers ?? []).length === 0) {
      server.remove(R.pods, pod)
      this.runs.delete(run.uid)
      return true
    }
    const status = buildPodStatus(run, pod, hostAddress(pod.status?.hostIP ?? ''), sim.now)
    server.writeStatus(R.pods, pod, (d) => {
      d.status = deepClone(status)
    })
    return true
  }
}
