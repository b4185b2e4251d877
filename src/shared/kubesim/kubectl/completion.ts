import type { ClusterApi, ResourceInfo } from '../engine/contract'
import { COMMANDS } from './commands'
import type { CommandSpec } from './commands/types'
import type { FlagSpec } from './flags'
import { GLOBAL_FLAGS } from './global-flags'
import { currentContext, type Kubeconfig } from './kubeconfig'

// Tab completion for the console, as `kubectl completion bash` offers it: commands,
// subcommands, flags, flag values (-o, -n, --context), resource types and the names
// of live objects. Pure: it reads the cluster through ClusterApi and changes nothing.

export interface CompletionEnv {
  cluster: ClusterApi
  kubeconfig: Kubeconfig
  /** Shell aliases (`k` → `kubectl`). */
  aliases?: Record<string, string>
  /** Other programs the shell knows (builtins), offered for the first word. */
  programs?: string[]
}

export interface Completion {
  /** Where the word being completed starts in the line; candidates replace line[from, cursor). */
  from: number
  /** Whole words, sorted, each starting with the typed prefix. */
  candidates: string[]
}

const OUTPUT_FORMATS = ['json', 'yaml', 'name', 'wide', 'jsonpath=', 'jsonpath-as-json=', 'jsonpath-file=', 'custom-columns=', 'custom-columns-file=', 'go-template=', 'go-template-file=']
/** Commands whose first argument is a pod (TYPE/NAME forms also accepted). */
const POD_FIRST = new Set(['logs', 'exec', 'port-forward', 'attach'])
const NODE_FIRST = new Set(['cordon', 'uncordon', 'drain'])
const NO_RESOURCE = new Set(['create', 'run', 'apply', 'version', 'cluster-info', 'api-resources', 'api-versions', 'options', 'config', 'auth'])
const ROLLOUT_KINDS = ['deployments', 'daemonsets', 'statefulsets']

interface Word {
  text: string
  start: number
}

/** Splits the line up to the cursor into words (quotes kept out), starting after the last `|`, `;`, `&&`. */
function words(line: string): Word[] {
  const out: Word[] = []
  let cur: Word | undefined
  let quote = ''
  for (let i = 0; i < line.length; i++) {
    const c = line[i]
    if (quote) {
      if (c === quote) quote = ''
      else cur!.text += c
      continue
    }
    if (c === '"' || c === "'") {
      cur ??= { text: '', start: i }
      quote = c
      continue
    }
    if (c === '|' || c === ';' || c === '&') {
      out.length = 0
      cur = undefined
      continue
    }
    if (/\s/.test(c)) {
      if (cur) out.push(cur)
      cur = undefined
      continue
    }
    if (c === '\\' && i + 1 < line.length) {
      cur ??= { text: '', start: i }
      cur.text += line[++i]
      continue
    }
    cur ??= { text: '', start: i }
    cur.text += c
  }
  out.push(cur ?? { text: '', start: line.length })
  return out
}

function matching(prefix: string, list: Iterable<string>): string[] {
  return [...new Set([...list].filter((c) => c.startsWith(prefix)))].sort()
}

function flagNames(specs: FlagSpec[]): string[] {
  return specs.filter((f) => !f.hidden).map((f) => `--${f.name}`)
}

function findFlag(specs: FlagSpec[], word: string): FlagSpec | undefined {
  if (word.startsWith('--')) return specs.find((f) => f.name === word.slice(2).split('=')[0])
  if (word.startsWith('-') && word.length === 2) return specs.find((f) => f.short === word[1])
  return undefined
}

function safeList(f: () => string[]): string[] {
  try {
    return f()
  } catch {
    return []
  }
}

function resourceWords(cluster: ClusterApi, only?: string[]): string[] {
  const list = cluster.resources().filter((r) => !r.name.includes('/') && r.verbs.includes('list'))
  return list.filter((r) => !only || only.includes(r.name)).map((r) => r.name)
}

function objectNames(cluster: ClusterApi, info: ResourceInfo | undefined, namespace: string): string[] {
  if (!info) return []
  return safeList(() => cluster.list(info, info.namespaced ? namespace : undefined).map((o) => o.metadata.name))
}

function flagValues(env: CompletionEnv, flag: FlagSpec, namespace: string): string[] | undefined {
  const { cluster, kubeconfig } = env
  switch (flag.name) {
    case 'output':
      return OUTPUT_FORMATS
    case 'namespace':
      return safeList(() => cluster.list('namespaces', undefined).map((n) => n.metadata.name))
    case 'context':
      return kubeconfig.contexts.map((c) => c.name)
    case 'cluster':
      return kubeconfig.clusters.map((c) => c.name)
    case 'user':
      return kubeconfig.users.map((u) => u.name)
    case 'dry-run':
      return ['none', 'client', 'server']
    case 'type':
      return ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName']
    case 'restart':
      return ['Always', 'OnFailure', 'Never']
    case 'container':
      return []
    case 'for':
      return ['condition=', 'delete', 'jsonpath=']
    case 'serviceaccount':
      return objectNames(cluster, cluster.resolveResource('serviceaccounts'), namespace)
  }
  return flag.type === 'bool' ? undefined : []
}

function completeKubectl(env: CompletionEnv, args: Word[], current: Word): string[] {
  const { cluster } = env
  const path: CommandSpec[] = []
  const positional: string[] = []
  let list: CommandSpec[] | undefined = COMMANDS
  let namespace = currentContext(env.kubeconfig)?.namespace || 'default'
  const specs = (): FlagSpec[] => [...(path.at(-1)?.flags ?? []), ...GLOBAL_FLAGS]
  for (let i = 0; i < args.length; i++) {
    const w = args[i].text
    if (w.startsWith('-') && w.length > 1) {
      const f = findFlag(specs(), w)
      if (f && f.type !== 'bool' && !w.includes('=') && !(w.length > 2 && !w.startsWith('--'))) {
        const value = args[i + 1]?.text
        if (f.name === 'namespace' && value) namespace = value
        i++
      } else if (f?.name === 'namespace' && w.includes('=')) namespace = w.slice(w.indexOf('=') + 1)
      continue
    }
    const sub: CommandSpec | undefined = list?.find((c) => c.name === w || c.aliases?.includes(w))
    if (sub && !positional.length) {
      path.push(sub)
      list = sub.subcommands
      continue
    }
    positional.push(w)
  }
  const typed = current.text
  // the value of the flag just before the cursor
  const prev = args.at(-1)?.text
  if (prev && prev.startsWith('-') && !prev.includes('=')) {
    const f = findFlag(specs(), prev)
    if (f && f.type !== 'bool' && (prev.startsWith('--') || prev.length === 2)) return matching(typed, flagValues(env, f, namespace) ?? [])
  }
  if (typed.startsWith('--') && typed.includes('=')) {
    const f = findFlag(specs(), typed)
    const head = typed.slice(0, typed.indexOf('=') + 1)
    if (f) return matching(typed, (flagValues(env, f, namespace) ?? []).map((v) => head + v))
  }
  if (typed.startsWith('-')) return matching(typed, flagNames(specs()))
  const cmd = path.at(-1)
  if (!cmd) return matching(typed, COMMANDS.map((c) => c.name))
  if (cmd.subcommands?.length && (!cmd.run || !positional.length)) return matching(typed, cmd.subcommands.map((c) => c.name))
  const root = path[0].name
  if (root === 'config' && ['use-context', 'delete-context', 'rename-context'].includes(cmd.name) && !positional.length) {
    return matching(typed, env.kubeconfig.contexts.map((c) => c.name))
  }
  if (root === 'explain') return completeExplain(cluster, typed)
  if (NO_RESOURCE.has(root)) return []
  // TYPE/NAME as one word
  const slash = typed.indexOf('/')
  if (slash > 0) {
    const info = cluster.resolveResource(typed.slice(0, slash))
    return matching(typed, objectNames(cluster, info, namespace).map((n) => `${typed.slice(0, slash)}/${n}`))
  }
  if (root === 'set' && !positional.length && cmd.name !== 'set') return matching(typed, resourceWords(cluster, ['deployments', 'daemonsets', 'statefulsets', 'replicasets', 'pods', 'jobs', 'cronjobs']))
  if (POD_FIRST.has(root) || (root === 'top' && cmd.name === 'pod')) {
    if (positional.length) return []
    return matching(typed, objectNames(cluster, cluster.resolveResource('pods'), namespace))
  }
  if (NODE_FIRST.has(root) || (root === 'top' && cmd.name === 'node')) {
    return matching(typed, objectNames(cluster, cluster.resolveResource('nodes'), namespace))
  }
  if (!positional.length) {
    const only = root === 'rollout' ? ROLLOUT_KINDS : root === 'scale' ? ['deployments', 'replicasets', 'statefulsets', 'replicationcontrollers'] : root === 'taint' ? ['nodes'] : undefined
    return matching(typed, resourceWords(cluster, only))
  }
  if (positional.some((p) => p.includes('/'))) return []
  const types = positional[0].split(',')
  if (types.length > 1) return []
  return matching(typed, objectNames(cluster, cluster.resolveResource(types[0]), namespace))
}

function completeExplain(cluster: ClusterApi, typed: string): string[] {
  const parts = typed.split('.')
  if (parts.length === 1) return matching(typed, resourceWords(cluster))
  const info = cluster.resolveResource(parts[0])
  if (!info) return []
  const doc = (() => {
    try {
      return cluster.explain(info, parts.slice(1, -1))
    } catch {
      return undefined
    }
  })()
  const head = parts.slice(0, -1).join('.') + '.'
  return matching(typed, (doc?.fields ?? []).map((f) => head + f.name))
}

/** Completes the word before `cursor` in a console command line. */
export function completeLine(line: string, cursor: number, env: CompletionEnv): Completion {
  const ws = words(line.slice(0, cursor))
  const current = ws[ws.length - 1]
  const before = ws.slice(0, -1)
  if (!before.length) {
    const programs = ['kubectl', 'kubesim', ...Object.keys(env.aliases ?? {}), ...(env.programs ?? [])]
    return { from: current.start, candidates: matching(current.text, programs) }
  }
  const first = before[0].text
  const expanded = env.aliases?.[first] ?? first
  if (expanded.split(/\s+/)[0] !== 'kubectl') return { from: current.start, candidates: [] }
  const aliasArgs = expanded
    .split(/\s+/)
    .slice(1)
    .filter(Boolean)
    .map((text) => ({ text, start: 0 }))
  try {
    return { from: current.start, candidates: completeKubectl(env, [...aliasArgs, ...before.slice(1)], current) }
  } catch {
    return { from: current.start, candidates: [] }
  }
}
