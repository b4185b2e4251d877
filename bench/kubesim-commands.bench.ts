// 1,000 mixed kubectl commands typed into one session on the default cluster, the way a
// learner works: create, inspect, change, break, delete. Prints the total time and the
// p50/p95 per command, overall and per verb. The console needs a command to answer well
// under 50 ms at p95 to feel like a real terminal.
import { createCluster } from '../src/shared/kubesim/engine/index'
import { createSession, type SessionFiles } from '../src/shared/kubesim/session'

const COMMANDS = 1000

function memoryFiles(): SessionFiles {
  const files = new Map<string, string>()
  return {
    readFile: (p) => files.get(p),
    listDir: () => undefined,
    writeFile: (p, c) => void files.set(p, c)
  }
}

/** One learner's round with the app number `i`: 20 commands. */
function round(i: number): string[] {
  const app = `app${i}`
  return [
    `kubectl create deployment ${app} --image=nginx --replicas=2`,
    `kubectl get pods -l app=${app}`,
    `kubectl rollout status deployment/${app}`,
    `kubectl get deploy ${app} -o wide`,
    `kubectl expose deployment ${app} --port=80`,
    `kubectl get svc ${app} -o jsonpath='{.spec.clusterIP}'`,
    `kubectl describe deployment ${app}`,
    `kubectl scale deployment ${app} --replicas=3`,
    `kubectl set image deployment/${app} nginx=nginx:1.27`,
    `kubectl rollout history deployment/${app}`,
    `kubectl get pods -o custom-columns=NAME:.metadata.name,NODE:.spec.nodeName`,
    `kubectl create configmap ${app}-cfg --from-literal=mode=prod --dry-run=client -o yaml`,
    `kubectl apply -f - <<EOF\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${app}-cfg\ndata:\n  mode: prod\nEOF`,
    `kubectl get cm ${app}-cfg -o yaml`,
    `kubectl get pods -A`,
    `kubectl get nope`,
    `kubectl get events --sort-by=.lastTimestamp`,
    `kubectl logs deploy/${app}`,
    `kubectl delete svc ${app}`,
    `k get all`
  ]
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}

const ms = (n: number): string => `${n.toFixed(2)} ms`

export default async function run(): Promise<void> {
  const session = createSession({ cluster: createCluster(), files: memoryFiles() })
  const lines: string[] = []
  for (let i = 0; lines.length < COMMANDS; i++) lines.push(...round(i))
  lines.length = COMMANDS
  const times: number[] = []
  const byVerb = new Map<string, number[]>()
  const start = performance.now()
  for (const line of lines) {
    const t0 = performance.now()
    await session.run(line)
    const dt = performance.now() - t0
    times.push(dt)
    const verb = line.split(/\s+/)[1] ?? line
    byVerb.set(verb, [...(byVerb.get(verb) ?? []), dt])
  }
  const total = performance.now() - start
  const sorted = [...times].sort((a, b) => a - b)
  console.log(`${COMMANDS} commands in ${(total / 1000).toFixed(2)} s: p50 ${ms(percentile(sorted, 50))}, p95 ${ms(percentile(sorted, 95))}, max ${ms(sorted[sorted.length - 1])}`)
  for (const [verb, list] of [...byVerb].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const s = [...list].sort((a, b) => a - b)
    console.log(`  ${verb.padEnd(10)} ${String(list.length).padStart(4)}×  p50 ${ms(percentile(s, 50)).padStart(10)}  p95 ${ms(percentile(s, 95)).padStart(10)}`)
  }
}
