// What metrics-server would report: per-container CPU and memory from the image's nature
// (an idle web server, a busy loop, an API server), varying a little per 15 s window.
import type { KubeObject, NodeMetrics, PodMetrics } from '../contract'
import { fnv32a } from '../runtime/random'
import { lookupImage } from './images'
import { Program } from './program'
import type { ContainerRun, PodRun } from './state'
import { specOf } from './containers'
import { milli, quantityValue } from '../api/quantity'

const MI = 1024 * 1024

const PROFILES: Record<string, [cpu: number, memMi: number]> = {
  'kube-apiserver': [48, 260],
  etcd: [22, 48],
  'kube-controller-manager': [14, 52],
  'kube-scheduler': [3, 22],
  'kube-proxy': [1, 18],
  coredns: [2, 14],
  flannel: [3, 12],
  nginx: [0, 3],
  'Apache/2.4.62': [1, 7],
  redis: [2, 3],
  postgres: [2, 24],
  mysql: [6, 380],
  wordpress: [1, 28],
  mongo: [7, 160],
  'php-apache': [1, 10]
}

function jitter(seed: string, window: number, spread: number): number {
  const h = fnv32a(`${seed}@${window}`)
  return 1 + (((h % 1000) / 1000) * 2 - 1) * spread
}

export function containerUsage(pod: KubeObject, c: ContainerRun, now: number): { cpuMilli: number; memoryBytes: number } {
  if (c.phase !== 'running') return { cpuMilli: 0, memoryBytes: 0 }
  const look = lookupImage(c.image)
  const spec = specOf(pod, c)
  const window = Math.floor(now / 15000)
  let cpu = 0
  let mem = 1
  if (look.info) {
    const program = new Program(spec, look.info, look.ref.tag)
    const profile = program.mode === 'server' ? PROFILES[look.info.server?.version ?? ''] ?? [1, 10] : [0, 1]
    cpu = profile[0]
    mem = profile[1]
    const script = [...(spec.command ?? []), ...(spec.args ?? [])].join(' ')
    if (/while (true|:)/.test(script) && !/sleep/.test(script)) cpu = 1000
    if (/stress|--cpu|yes\s*>/.test(script)) cpu = 1000
    const vm = /--vm-bytes\s+(\d+)([MG])/.exec(script)
    if (vm) mem = parseInt(vm[1], 10) * (vm[2] === 'G' ? 1024 : 1)
  }
  const limitCpu = spec.resources?.limits?.cpu !== undefined ? milli(spec.resources.limits.cpu) : Infinity
  const limitMem = spec.resources?.limits?.memory !== undefined ? quantityValue(spec.resources.limits.memory) : Infinity
  const seed = `${pod.metadata.uid}/${c.name}`
  return {
    cpuMilli: Math.min(limitCpu, Math.round(cpu * jitter(seed, window, 0.3))),
    memoryBytes: Math.min(limitMem, Math.round(mem * MI * jitter(`${seed}m`, window, 0.05)))
  }
}

export function podMetrics(pods: Iterable<KubeObject>, runOf: (p: KubeObject) => PodRun | undefined, now: number): PodMetrics[] {
  const out: PodMetrics[] = []
  for (const pod of pods) {
    const run = runOf(pod)
    if (!run || pod.status?.phase !== 'Running') continue
    const containers = run.containers.filter((c) => !c.init || c.sidecar).filter((c) => c.phase === 'running')
    if (!containers.length) continue
    out.push({ namespace: pod.metadata.namespace ?? 'default', name: pod.metadata.name, containers: containers.map((c) => ({ name: c.name, ...containerUsage(pod, c, now) })) })
  }
  return out
}

export function nodeMetrics(nodes: readonly KubeObject[], pods: (node: string) => PodMetrics[], down: Set<string>, now: number): NodeMetrics[] {
  return nodes
    .filter((n) => !down.has(n.metadata.name))
    .map((n) => {
      let cpu = 0
      let mem = 0
      for (const p of pods(n.metadata.name)) for (const c of p.containers) {
        cpu += c.cpuMilli
        mem += c.memoryBytes
      }
      const controlPlane = n.metadata.labels?.['node-role.kubernetes.io/control-plane'] !== undefined
      const base = controlPlane ? [60, 780] : [25, 420]
      const window = Math.floor(now / 15000)
      return {
        name: n.metadata.name,
        cpuMilli: Math.round(cpu + base[0] * jitter(n.metadata.name, window, 0.2)),
        memoryBytes: Math.round(mem + base[1] * MI * jitter(`${n.metadata.name}m`, window, 0.03))
      }
    })
}
