// Fuzz: thousands of random command lines and YAML documents through one session. The
// session must never throw, a failing kubectl command must say why the way kubectl does
// (`error: …`, `Error from server (…): …`, `Error: …` from cobra, the klog line for
// missing required flags, `The Pod "x" is invalid: …`), and no simulator bug may surface
// as "internal error in the simulator".
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createCluster } from '../../../../src/shared/kubesim/engine'
import { COMMANDS } from '../../../../src/shared/kubesim/kubectl/commands'
import { INTERNAL_ERROR } from '../../../../src/shared/kubesim/kubectl/errors'
import { createSession, type RunResult, type Session } from '../../../../src/shared/kubesim/session'
import { memoryFiles } from '../shell/memory-files'

const KUBECTL_ERROR = [
  /^error: /,
  /^Error from server/,
  /^Error: /,
  /^E\d{4} \d\d:\d\d:\d\d\.\d{6} +\d+ run\.go:72\] "command failed"/,
  /^The [A-Za-z.]+ ".*" is invalid/,
  /^The request is invalid/,
  /^command terminated with exit code \d+$/,
  /^Warning: /,
  // a command group without its subcommand prints its help on stderr (DefaultSubCommandRun)
  /^Use "kubectl options" for a list of global command-line options/
]

/** True when a failing command explained itself as kubectl would. */
function explained(r: RunResult): boolean {
  if (r.exitCode === 0) return true
  const lines = r.stderr.split('\n').filter(Boolean)
  // `kubectl auth can-i` answers "no" with exit code 1 and nothing on stderr
  if (!lines.length) return /^no( - .*)?\n$/.test(r.stdout) || r.stdout === ''
  return lines.some((l) => KUBECTL_ERROR.some((re) => re.test(l)))
}

function check(line: string, r: RunResult): void {
  expect(typeof r.exitCode, line).toBe('number')
  expect(r.stderr + r.stdout, line).not.toContain(INTERNAL_ERROR)
  if (!explained(r)) throw new Error(`unexplained failure for ${JSON.stringify(line)}: exit ${r.exitCode}, stderr ${JSON.stringify(r.stderr)}`)
}

interface Target {
  path: string[]
  flags: string[]
}
const targets: Target[] = COMMANDS.flatMap((c) => [
  { path: [c.name], flags: (c.flags ?? []).map((f) => f.name) },
  ...(c.subcommands ?? []).map((s) => ({ path: [c.name, s.name], flags: (s.flags ?? []).map((f) => f.name) }))
])
const resources = ['pods', 'po', 'deploy', 'deployments.apps', 'svc', 'nodes', 'ns', 'cm', 'secret', 'rs', 'ds', 'sts', 'job', 'cronjob', 'sa', 'role', 'rolebinding', 'pvc', 'pv', 'ingress', 'hpa', 'pdb', 'all', 'events', 'foo', 'po,svc', 'deploy/web', 'pod/web', 'pod/api', 'node/node01', 'svc/web']
const names = ['web', 'api', 'node01', 'controlplane', 'kube-system', 'default', 'x', 'Web', '-', '""', "'a b'", 'web-0', '../etc', '*', 'web.yaml', 'nginx=nginx:1.27', 'app=v2', 'app-', 'NoSchedule', 'get', 'list', 'pods', '--', 'ls', '/']
const values = ['nginx', 'busybox', '1', '0', '-1', '3.5', 'yaml', 'json', 'wide', 'name', 'jsonpath={.items[*].metadata.name}', "jsonpath='{.spec'", 'custom-columns=N:.metadata.name', 'app=web', 'a=b,c', 'in (x)', 'client', 'server', 'bogus', '', '80', '80:8080', 'node01', 'kube-system', 'NoSchedule', 'key=value:NoSchedule', '*/1 * * * *', '{"spec":{"replicas":2}}', '[{"op":"remove","path":"/x"}]', '10s', 'true', 'Always', 'Never', 'web.yaml', '-']

const word = fc.oneof(
  fc.constantFrom(...resources),
  fc.constantFrom(...names),
  fc.constantFrom(...values),
  fc.string({ maxLength: 8 }).map((s) => s.replace(/[\n\r]/g, ' '))
)
const quote = (w: string): string => (/^[A-Za-z0-9_./:,=@+-]+$/.test(w) ? w : `'${w.replace(/'/g, '')}'`)
const flagOf = (names: string[]): fc.Arbitrary<string> =>
  fc.tuple(fc.constantFrom(...names, 'n', 'namespace', 'o', 'l', 'A', 'all-namespaces', 'as', 'bogus'), fc.constantFrom(...values), fc.constantFrom('=', ' ', '')).map(([name, value, sep]) => {
    const dash = name.length === 1 ? '-' : '--'
    if (!sep) return `${dash}${name}`
    return `${dash}${name}${sep}${quote(value)}`
  })

const kubectlLine = fc
  .constantFrom(...targets)
  .chain((t) => fc.tuple(fc.constantFrom('kubectl', 'k'), fc.constant(t.path), fc.array(fc.oneof(word.map(quote), flagOf(t.flags.length ? t.flags : ['help'])), { maxLength: 6 })))
  .map(([prog, path, rest]) => [prog, ...path, ...rest].join(' '))
  .filter((l) => !/\b(sleep|--timeout|-w\b|--watch)/.test(l))

const anyLine = fc.string({ maxLength: 40 }).filter((l) => !/sleep|timeout/.test(l))

/** Random objects shaped roughly like manifests, then damaged. */
const manifest = fc
  .record({
    apiVersion: fc.constantFrom('v1', 'apps/v1', 'batch/v1', 'v2', 'networking.k8s.io/v1', ''),
    kind: fc.constantFrom('Pod', 'Deployment', 'Service', 'ConfigMap', 'Secret', 'Job', 'Namespace', 'Foo', 'List', ''),
    metadata: fc.oneof(fc.record({ name: fc.constantFrom('a', 'b', 'Web', '', 'x'.repeat(70)), labels: fc.dictionary(fc.constantFrom('app', 'x', '', 'a/b'), fc.constantFrom('web', '1', ''), { maxKeys: 2 }) }), fc.constant(null), fc.string()),
    spec: fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.record({ containers: fc.array(fc.record({ name: fc.constantFrom('c', ''), image: fc.constantFrom('nginx', ''), ports: fc.jsonValue({ maxDepth: 1 }) }), { maxLength: 2 }) }), fc.record({ replicas: fc.jsonValue({ maxDepth: 1 }), selector: fc.jsonValue({ maxDepth: 2 }) })),
    data: fc.oneof(fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }), fc.constant(undefined))
  })
  .map((o) => JSON.parse(JSON.stringify(o)) as Record<string, unknown>)

function toYaml(v: unknown, indent = ''): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v)
  if (Array.isArray(v)) return v.length ? v.map((x) => `\n${indent}- ${toYaml(x, indent + '  ').trimStart()}`).join('') : '[]'
  const entries = Object.entries(v)
  if (!entries.length) return '{}'
  return entries.map(([k, x]) => `\n${indent}${JSON.stringify(k)}: ${toYaml(x, indent + '  ')}`).join('')
}

const damagedYaml = fc.tuple(fc.array(manifest, { minLength: 1, maxLength: 3 }), fc.nat(400), fc.constantFrom('', ':', '\t', '- ', '  ', '"', '[', '{', '---\n', '\n  x: y')).map(([docs, at, insert]) => {
  const text = docs.map((d) => toYaml(d).trimStart()).join('\n---\n') + '\n'
  const pos = Math.min(at, text.length)
  return text.slice(0, pos) + insert + text.slice(pos)
})

async function freshSession(): Promise<Session> {
  const session = createSession({ cluster: createCluster(), files: memoryFiles({ 'web.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx\n' }) })
  for (const setup of ['kubectl create deployment web --image=nginx', 'kubectl run api --image=nginx', 'kubectl expose deploy web --port=80']) await session.run(setup)
  return session
}

describe('fuzz: the session never throws and explains every failure', () => {
  it('random kubectl command lines', async () => {
    const session = await freshSession()
    await fc.assert(
      fc.asyncProperty(kubectlLine, async (line) => {
        check(line, await session.run(line))
      }),
      { numRuns: 4000 }
    )
  }, 240_000)

  it('random shell input', async () => {
    const session = await freshSession()
    await fc.assert(
      fc.asyncProperty(anyLine, async (line) => {
        const r = await session.run(line)
        expect(typeof r.exitCode).toBe('number')
        expect(r.stderr + r.stdout).not.toContain(INTERNAL_ERROR)
      }),
      { numRuns: 2000 }
    )
  }, 120_000)

  it('random and damaged YAML documents through apply, create and replace', async () => {
    const session = await freshSession()
    await fc.assert(
      fc.asyncProperty(damagedYaml, fc.constantFrom('apply -f -', 'create -f -', 'replace -f -', 'apply --dry-run=client -o yaml -f -', 'delete -f -'), async (text, verb) => {
        const line = `kubectl ${verb}`
        check(`${line} <<< ${JSON.stringify(text)}`, await session.run(line, text))
      }),
      { numRuns: 2000 }
    )
  }, 240_000)
})
