// The simulator at the course's v1.31 limits: 5,000 nodes and 150,000 pods created through
// Deployments and scheduled, plus a default-cluster micro-benchmark.
// Target: all 150,000 pods placed in under 10 s on the 2-core CI machine.
import { createCluster } from '../src/shared/kubesim/engine/index'
import type { ClusterApi } from '../src/shared/kubesim/engine/contract'

const NODES = 5000
const DEPLOYMENTS = 1500
const REPLICAS = 100

function seconds(from: number): number {
  return (performance.now() - from) / 1000
}

function mb(bytes: number): string {
  return `${Math.round(bytes / 1048576)} MB`
}

function deployment(i: number): object {
  const name = `app-${i}`
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: 'default' },
    spec: { replicas: REPLICAS, selector: { matchLabels: { app: name } }, template: { metadata: { labels: { app: name } }, spec: { containers: [{ name: 'web', image: 'nginx:1.27' }] } } }
  }
}

async function kubectlGetPodsAll(cluster: ClusterApi): Promise<number | undefined> {
  try {
    const { runKubectl } = await import('../src/shared/kubesim/kubectl/index')
    const { defaultKubeconfig } = await import('../src/shared/kubesim/kubectl/kubeconfig')
    const files = { readFile: () => undefined, listDir: () => undefined, writeFile: () => undefined }
    const t = performance.now()
    const out = await runKubectl(['get', 'pods', '-A'], '', { cluster, config: defaultKubeconfig('https://172.30.1.2:6443'), files })
    if (out.exitCode !== 0) return undefined
    return seconds(t)
  } catch {
    return undefined
  }
}

function microbench(): void {
  let t = performance.now()
  const c = createCluster()
  const created = seconds(t)
  t = performance.now()
  for (let i = 0; i < 20; i++) c.create(deployment(i))
  c.advance(30)
  const rollout = seconds(t)
  t = performance.now()
  c.advance(3600)
  console.log(`default cluster: created in ${created.toFixed(3)} s; 20 deployments x ${REPLICAS} replicas created and running in ${rollout.toFixed(2)} s; one simulated hour in ${seconds(t).toFixed(2)} s`)
}

export default async function run(): Promise<void> {
  microbench()
  let peak = 0
  const sample = (): void => {
    peak = Math.max(peak, process.memoryUsage().rss)
  }
  let t = performance.now()
  const cluster = createCluster({ workers: NODES - 1, clusterCidr: '10.0.0.0/8' })
  sample()
  console.log(`${NODES} nodes joined and their daemon pods running in ${seconds(t).toFixed(1)} s`)
  t = performance.now()
  const cpu0 = process.cpuUsage()
  for (let i = 0; i < DEPLOYMENTS; i++) {
    cluster.create(deployment(i))
    if (i % 100 === 99) sample()
  }
  const placing = seconds(t)
  const cpu = process.cpuUsage(cpu0)
  sample()
  t = performance.now()
  const pods = cluster.list('pods', undefined)
  const listing = seconds(t)
  const placed = pods.filter((p) => p.spec?.nodeName && p.metadata.namespace === 'default').length
  console.log(`${placed} of ${DEPLOYMENTS * REPLICAS} pods placed in ${placing.toFixed(1)} s (${(cpu.user / 1e6).toFixed(1)} s CPU): ${Math.round(placed / placing)} pods scheduled per second (target: under 10 s)`)
  console.log(`peak memory (RSS): ${mb(peak)}; heap now ${mb(process.memoryUsage().heapUsed)}`)
  console.log(`list all ${pods.length} pods in all namespaces: ${(listing * 1000).toFixed(0)} ms`)
  const printed = await kubectlGetPodsAll(cluster)
  if (printed !== undefined) console.log(`kubectl get pods -A: ${printed.toFixed(2)} s`)
}
