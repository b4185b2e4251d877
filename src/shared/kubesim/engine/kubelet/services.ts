// The node-side API answers: pod logs, exec, metrics, evictions and node failures.
import type { ExecResult, KubeObject, LogOptions, NodeMetrics, PodMetrics, UserInfo } from '../contract'
import type { NodeServices } from '../cluster'
import { badRequest, internalError } from '../api/errors'
import type { Ctx } from '../controllers/context'
import type { DisruptionController } from '../controllers/disruption'
import type { NodeLifecycleController } from '../controllers/nodelifecycle'
import { keyOf, R } from '../controllers/util'
import type { Kubelet } from './kubelet'
import { nodeMetrics, podMetrics } from './metrics'
import { timestamped } from './runtime'
import type { ContainerRun, PodRun } from './state'
import type { ShellWorld } from './shell/world'

export class KubeletServices implements NodeServices {
  constructor(
    private readonly ctx: Ctx,
    private readonly kubelet: Kubelet,
    private readonly lifecycle: NodeLifecycleController,
    private readonly disruption: DisruptionController
  ) {}

  private container(pod: KubeObject, run: PodRun | undefined, name: string | undefined, verb: 'logs' | 'exec'): ContainerRun | undefined {
    const names: string[] = (pod.spec?.containers ?? []).map((c: { name: string }) => c.name)
    const all = [...(pod.spec?.initContainers ?? []).map((c: { name: string }) => c.name), ...names]
    let wanted = name
    if (!wanted) {
      const annotated = pod.metadata.annotations?.['kubectl.kubernetes.io/default-container']
      if (annotated && names.includes(annotated)) wanted = annotated
      else if (names.length === 1 || verb === 'exec') wanted = names[0]
      else throw badRequest(`a container name must be specified for pod ${pod.metadata.name}, choose one of: [${names.join(' ')}]${all.length > names.length ? ` or one of the init containers: [${all.slice(0, all.length - names.length).join(' ')}]` : ''}`)
    }
    if (!all.includes(wanted!)) throw badRequest(`container ${wanted} is not valid for pod ${pod.metadata.name}`)
    return run?.containers.find((c) => c.name === wanted)
  }

  logs(_namespace: string, pod: KubeObject, options: LogOptions): string {
    const run = this.kubelet.runOf(pod)
    const c = this.container(pod, run, options.container, 'logs')
    const name = options.container ?? c?.name ?? pod.spec?.containers?.[0]?.name
    if (options.previous) {
      if (!c?.last) throw badRequest(`previous terminated container "${name}" in pod "${pod.metadata.name}" not found`)
    } else if (!c || !c.startedAt) {
      const pulling = c?.reason === 'ImagePullBackOff' || c?.reason === 'ErrImagePull'
      const reason = pulling ? 'trying and failing to pull image' : c?.reason === 'CreateContainerConfigError' ? (c.message ?? 'CreateContainerConfigError') : (c?.reason ?? 'ContainerCreating')
      if (c?.phase === 'start-failed') return ''
      throw badRequest(`container "${name}" in pod "${pod.metadata.name}" is waiting to start: ${reason}`)
    }
    const lines = this.kubelet.runtime.logs(pod, c!, options)
    return lines.map((l) => (options.timestamps ? timestamped(l) : l.text)).map((l) => `${l}\n`).join('')
  }

  exec(pod: KubeObject, container: string | undefined, argv: string[]): ExecResult {
    const { sim } = this.ctx
    const run = this.kubelet.runOf(pod)
    if (pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed')
      throw badRequest(`cannot exec into a container in a completed pod; current phase is ${pod.status.phase}`)
    const c = this.container(pod, run, container, 'exec')
    const name = container ?? c?.name ?? pod.spec?.containers?.[0]?.name
    if (!c || c.phase !== 'running') throw badRequest(`unable to upgrade connection: container not found ("${name}")`)
    if (argv.length === 0) throw badRequest('you must specify at least one command for the container')
    const runtime = this.kubelet.runtime
    const env = runtime.env(pod, c)
    const before = this.filesAt(pod, c, env)
    const world = this.filesWorld(pod, c, env)
    const result = runtime.execIn(pod, c, argv, world)
    if (result.exitCode === 127 && result.stderr.startsWith('exec: ')) {
      throw internalError(`error executing command in container: failed to exec in container: failed to start exec "${sim.random.hex(64)}": OCI runtime exec failed: exec failed: unable to start container process: ${result.stderr.trim()}: unknown`)
    }
    const after = world.snapshot()
    for (const [path, content] of after) if (before.get(path) !== content) c.overlay.push({ at: sim.now, path, content })
    for (const path of before.keys()) if (!after.has(path)) c.overlay.push({ at: sim.now, path, content: null })
    sim.reconciler.enqueue('kubelet', keyOf(pod))
    return result
  }

  private filesWorld(pod: KubeObject, c: ContainerRun, env: Record<string, string>): ShellWorld {
    const runtime = this.kubelet.runtime
    const start = c.startedAt ?? this.ctx.sim.now
    return runtime.replayWorld(pod, c, env, start, this.ctx.sim.now)
  }

  private filesAt(pod: KubeObject, c: ContainerRun, env: Record<string, string>): Map<string, string> {
    return this.filesWorld(pod, c, env).snapshot()
  }

  podMetrics(namespace: string | undefined): PodMetrics[] {
    const { sim } = this.ctx
    return podMetrics(sim.store.list(R.pods, namespace).filter((p) => !this.kubelet.down.has(p.spec?.nodeName)), (p) => this.kubelet.runOf(p), sim.now)
  }

  nodeMetrics(): NodeMetrics[] {
    const { sim } = this.ctx
    return nodeMetrics(sim.store.list(R.nodes), (node) => podMetrics(sim.store.podsOnNode(node), (p) => this.kubelet.runOf(p), sim.now), this.kubelet.down, sim.now)
  }

  evict(namespace: string, name: string, _user: UserInfo, dryRun: boolean): void {
    this.disruption.evict(namespace, name, dryRun)
  }

  failNode(name: string): void {
    this.lifecycle.failNode(name)
  }

  recoverNode(name: string): void {
    this.lifecycle.recoverNode(name)
  }
}
