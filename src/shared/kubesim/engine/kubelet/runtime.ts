// containerd's side of the kubelet: environment, filesystem and process of each container
// run, replayed from the program model for exits, logs, probes and exec.
import type { KubeObject, LogOptions } from '../contract'
import type { Ctx } from '../controllers/context'
import { R } from '../controllers/util'
import type { RunContext } from './catalogue'
import { accessTime } from './startup-logs'
import { specOf } from './containers'
import { ConfigError, containerEnv } from './env'
import { containerFiles, listDir } from './files'
import { lookupImage } from './images'
import { Network } from './network'
import { Program, type OutputLine } from './program'
import type { ShellWorld } from './shell/world'
import type { ContainerRun, PodRun } from './state'

const YEAR = 366 * 24 * 3600 * 1000

export interface KubeletView {
  runOf(pod: KubeObject): PodRun | undefined
}

export class ContainerRuntime {
  readonly network: Network

  constructor(
    private readonly ctx: Ctx,
    private readonly kubelet: KubeletView
  ) {
    this.network = new Network(ctx.sim.store)
  }

  private cpus(pod: KubeObject): number {
    const node = this.ctx.sim.store.get(R.nodes, undefined, pod.spec?.nodeName)
    return parseInt(node?.status?.capacity?.cpu ?? '2', 10) || 2
  }

  private nodeIP(pod: KubeObject): string {
    return pod.status?.hostIP ?? ''
  }

  env(pod: KubeObject, c: ContainerRun): Record<string, string> {
    const look = lookupImage(c.image)
    return containerEnv(this.ctx.sim.store, pod, specOf(pod, c), look.info?.env ?? {}, this.nodeIP(pod))
  }

  /** A fresh view of the container's filesystem and network, as at its start, plus exec writes up to `at`. */
  world(pod: KubeObject, c: ContainerRun, env: Record<string, string>, start: number, at = Infinity): ShellWorld {
    const store = this.ctx.sim.store
    const look = lookupImage(c.image)
    const run = this.kubelet.runOf(pod)
    const files = containerFiles(store, { ...pod, status: { ...pod.status, podIP: run?.ip ?? pod.status?.podIP } }, specOf(pod, c), look.ref)
    for (const o of c.overlay) {
      if (o.at > at) break
      if (o.content === null) files.delete(o.path)
      else files.set(o.path, o.content)
    }
    const network = this.network
    return {
      hostname: pod.spec?.hostname ?? pod.metadata.name,
      env,
      tools: new Set(look.info?.tools ?? []),
      busybox: ['busybox', 'registry.k8s.io/busybox', 'alpine', 'radial/busyboxplus', 'curlimages/curl'].includes(look.ref.short) || look.ref.tag.includes('alpine'),
      start,
      readFile: (p) => (p.endsWith('/') ? undefined : files.get(p)),
      writeFile: (p, content) => void files.set(p, content),
      removeFile: (p) => files.delete(p),
      listDir: (p) => listDir(files, p),
      snapshot: () => new Map(files),
      resolve: (name) => network.resolve(name, pod.metadata.namespace ?? 'default'),
      fetch: (url) =>
        network.fetch({ from: pod, url }, (served) => {
          const target = this.kubelet.runOf(served.pod)?.containers.find((x) => x.name === served.container)
          if (target && lookupImage(target.image).info?.server?.version === 'nginx')
            target.extraLogs.push({ at: this.ctx.sim.now, text: `${run?.ip ?? pod.status?.podIP} - - [${accessTime(this.ctx.sim.now)}] "GET ${served.path} HTTP/1.1" ${served.status} ${served.bytes} "-" "Wget" "-"` })
        })
    }
  }

  /** The container's filesystem as its process left it at `at` (plus exec writes). */
  replayWorld(pod: KubeObject, c: ContainerRun, env: Record<string, string>, start: number, at: number): ShellWorld {
    const look = lookupImage(c.image)
    const world = this.world(pod, c, env, start, at)
    if (!look.info) return world
    const program = new Program(specOf(pod, c), look.info, look.ref.tag)
    return program.replay(this.runContext(pod, env, start), world, at - start, 0).world
  }

  runContext(pod: KubeObject, env: Record<string, string>, start: number): RunContext {
    const run = this.kubelet.runOf(pod)
    return { start, podIP: run?.ip ?? pod.status?.podIP ?? '', hostname: pod.metadata.name, cpus: this.cpus(pod), env }
  }

  start(pod: KubeObject, _run: PodRun, c: ContainerRun, program: Program): { exit?: { at: number; code: number }; configError?: string } {
    let env: Record<string, string>
    try {
      env = this.env(pod, c)
    } catch (e) {
      if (e instanceof ConfigError) return { configError: e.message }
      throw e
    }
    const now = this.ctx.sim.now
    const replay = program.replay(this.runContext(pod, env, now), this.world(pod, c, env, now), YEAR, 0)
    return { exit: replay.exit }
  }

  /** One probe at `at`: its outcome, the kubelet's failure text, and whether it can change during this run. */
  probe(pod: KubeObject, c: ContainerRun, probe: Record<string, any>, at: number): { ok: boolean; message?: string; stable: boolean } { // eslint-disable-line @typescript-eslint/no-explicit-any
    const ip = this.kubelet.runOf(pod)?.ip ?? pod.status?.podIP ?? ''
    if (probe.exec?.command) {
      const env = this.env(pod, c)
      const start = c.startedAt ?? at
      const look = lookupImage(c.image)
      const program = new Program(specOf(pod, c), look.info!, look.ref.tag)
      const replay = program.replay(this.runContext(pod, env, start), this.world(pod, c, env, start, at), at - start, 0)
      const result = this.execIn(pod, c, probe.exec.command, replay.world)
      const output = `${result.stdout}${result.stderr}`.trim()
      return { ok: result.exitCode === 0, message: output || `command ${JSON.stringify(probe.exec.command.join(' '))} exited with ${result.exitCode}`, stable: false }
    }
    const port = probe.httpGet?.port ?? probe.tcpSocket?.port ?? probe.grpc?.port
    if (port === undefined) return { ok: true, stable: true }
    const look = lookupImage(c.image)
    const spec = specOf(pod, c)
    const numeric = typeof port === 'number' ? port : (spec.ports ?? []).find((p: { name?: string }) => p.name === port)?.containerPort
    const program = look.info ? new Program(spec, look.info, look.ref.tag) : undefined
    const listening = program?.mode === 'server' && (look.info?.server?.ports ?? []).includes(numeric)
    const host = probe.httpGet?.host ?? ip
    if (!listening) {
      const target = `${host}:${numeric}`
      if (probe.httpGet) return { ok: false, stable: true, message: `Get "${(probe.httpGet.scheme ?? 'HTTP').toLowerCase()}://${target}${probe.httpGet.path ?? '/'}": dial tcp ${target}: connect: connection refused` }
      return { ok: false, stable: true, message: `dial tcp ${target}: connect: connection refused` }
    }
    const path = probe.httpGet?.path ?? '/'
    if (probe.httpGet && look.info?.server?.version === 'nginx' && path !== '/' && path !== '/index.html')
      return { ok: false, stable: true, message: 'HTTP probe failed with statuscode: 404' }
    return { ok: true, stable: true }
  }

  execIn(pod: KubeObject, c: ContainerRun, argv: string[], world: ShellWorld): { stdout: string; stderr: string; exitCode: number } {
    const look = lookupImage(c.image)
    const program = new Program({ command: argv }, look.info!, look.ref.tag)
    if (program.startError) return { stdout: '', stderr: program.startError, exitCode: 127 }
    const replay = program.replay(this.runContext(pod, world.env, this.ctx.sim.now), world, 60_000)
    const text = (lines: OutputLine[]): string => lines.map((l) => `${l.text}\n`).join('')
    return { stdout: text(replay.lines.filter((l) => !l.err)), stderr: text(replay.lines.filter((l) => l.err)), exitCode: replay.exit?.code ?? 0 }
  }

  /** What `kubectl logs` shows: the run's output up to now (or the previous run's). */
  logs(pod: KubeObject, c: ContainerRun, options: LogOptions): OutputLine[] {
    const now = this.ctx.sim.now
    const keep = options.tail !== undefined && options.tail >= 0 ? options.tail : 10000
    let lines: OutputLine[]
    if (options.previous) {
      const last = c.last
      if (!last || !last.startedAt) return []
      lines = this.replayLines(pod, c, last.startedAt, last.finishedAt, keep)
    } else {
      if (!c.startedAt) return []
      const end = c.phase === 'running' ? now : (c.finishedAt ?? now)
      lines = this.replayLines(pod, c, c.startedAt, end, keep)
      lines = lines.concat(c.extraLogs.filter((l) => l.at >= c.startedAt! && l.at <= end)).sort((a, b) => a.at - b.at)
    }
    if (options.sinceSeconds !== undefined) lines = lines.filter((l) => l.at >= now - options.sinceSeconds! * 1000)
    if (options.tail !== undefined && options.tail >= 0) lines = lines.slice(Math.max(0, lines.length - options.tail))
    return lines
  }

  private replayLines(pod: KubeObject, c: ContainerRun, start: number, end: number, keep: number): OutputLine[] {
    let env: Record<string, string>
    try {
      env = this.env(pod, c)
    } catch {
      env = {}
    }
    const look = lookupImage(c.image)
    if (!look.info) return []
    const program = new Program(specOf(pod, c), look.info, look.ref.tag)
    const replay = program.replay(this.runContext(pod, env, start), this.world(pod, c, env, start, end), end - start, keep)
    return replay.lines.filter((l) => l.at <= end)
  }
}

/** `kubectl logs --timestamps`: RFC 3339 with nanoseconds before each line. */
export function timestamped(line: OutputLine): string {
  const iso = new Date(Math.floor(line.at)).toISOString()
  return `${iso.slice(0, 23)}${String(Math.round((line.at % 1) * 1e6)).padStart(6, '0')}Z ${line.text}`
}
