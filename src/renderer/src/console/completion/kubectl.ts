// Completion of kubectl's command line, as `source <(kubectl completion bash)` offers
// it: subcommands and flags from the client's own command table, resource kinds from
// the API server's discovery, object names from the live cluster.
import type { CommandSpec } from '@shared/kubesim/kubectl/commands/types'
import type { FlagSpec } from '@shared/kubesim/kubectl/flags'
import { GLOBAL_FLAGS } from '@shared/kubesim/kubectl/global-flags'
import type { CompletionSource } from './source'

/** What the positional arguments of a command are. */
type ArgRule = 'resources' | 'workloads' | 'nodeResources' | 'types' | 'pods' | 'nodes' | 'contexts' | 'canI'

const rules: Record<string, ArgRule> = {
  get: 'resources',
  describe: 'resources',
  delete: 'resources',
  edit: 'resources',
  label: 'resources',
  annotate: 'resources',
  patch: 'resources',
  replace: 'resources',
  scale: 'resources',
  autoscale: 'resources',
  expose: 'resources',
  wait: 'resources',
  'set image': 'resources',
  'set env': 'resources',
  'set resources': 'resources',
  'set selector': 'resources',
  'set serviceaccount': 'resources',
  'rollout status': 'workloads',
  'rollout history': 'workloads',
  'rollout undo': 'workloads',
  'rollout restart': 'workloads',
  'rollout pause': 'workloads',
  'rollout resume': 'workloads',
  taint: 'nodeResources',
  explain: 'types',
  logs: 'pods',
  exec: 'pods',
  attach: 'pods',
  'port-forward': 'pods',
  'top pod': 'pods',
  'top node': 'nodes',
  cordon: 'nodes',
  uncordon: 'nodes',
  drain: 'nodes',
  'config use-context': 'contexts',
  'config delete-context': 'contexts',
  'config rename-context': 'contexts',
  'config set-context': 'contexts',
  'auth can-i': 'canI'
}

const outputFormats = ['json', 'yaml', 'wide', 'name', 'jsonpath=', 'jsonpath-file=', 'custom-columns=', 'custom-columns-file=', 'go-template=', 'go-template-file=']
const verbs = ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete', 'deletecollection', '*']
const workloadTypes = ['deployments', 'daemonsets', 'statefulsets']

const flagNames = (f: FlagSpec): string[] => [`--${f.name}`, ...(f.short ? [`-${f.short}`] : [])]

interface Located {
  path: CommandSpec[]
  flags: FlagSpec[]
  positionals: string[]
  namespace: string | undefined
  allNamespaces: boolean
  /** The flag whose value is being typed as the next word (`-n <TAB>`). */
  pendingValue?: FlagSpec
}

function locate(words: string[], commands: CommandSpec[], source: CompletionSource): Located {
  const path: CommandSpec[] = []
  let list: CommandSpec[] | undefined = commands
  let flags = [...GLOBAL_FLAGS]
  const positionals: string[] = []
  let namespace: string | undefined
  let allNamespaces = false
  let pendingValue: FlagSpec | undefined
  const find = (name: string): FlagSpec | undefined =>
    flags.find((f) => (name.startsWith('--') ? `--${f.name}` === name : f.short !== undefined && `-${f.short}` === name))
  for (let i = 0; i < words.length; i++) {
    const word = words[i]
    if (word.startsWith('-') && word.length > 1) {
      const [name, inline] = word.includes('=') ? [word.slice(0, word.indexOf('=')), word.slice(word.indexOf('=') + 1)] : [word, undefined]
      const flag = find(name) ?? (!name.startsWith('--') && name.length > 2 ? find(name.slice(0, 2)) : undefined)
      if (flag?.name === 'all-namespaces' || name === '-A') allNamespaces = true
      if (!flag || flag.type === 'bool') continue
      let value = inline ?? (name.length > 2 && !name.startsWith('--') ? name.slice(2) : undefined)
      if (value === undefined) {
        if (i + 1 >= words.length) {
          pendingValue = flag
          break
        }
        value = words[++i]
      }
      if (flag.name === 'namespace') namespace = value
      continue
    }
    const sub: CommandSpec | undefined = list?.find((c) => c.name === word || c.aliases?.includes(word))
    if (sub && !positionals.length) {
      path.push(sub)
      flags = [...(sub.flags ?? []), ...GLOBAL_FLAGS]
      list = sub.subcommands
      continue
    }
    list = undefined
    positionals.push(word)
  }
  return { path, flags, positionals, namespace: namespace ?? source.currentNamespace(), allNamespaces, pendingValue }
}

function flagValues(flag: FlagSpec, source: CompletionSource, partial: string): string[] {
  switch (flag.name) {
    case 'namespace':
      return source.namespaces()
    case 'output':
      return outputFormats
    case 'filename':
      return source.files(partial, /\.(ya?ml|json)$/)
    case 'context':
      return source.contexts()
    default:
      return []
  }
}

function listableTypes(source: CompletionSource): string[] {
  return [...new Set(source.resources().filter((r) => r.verbs.includes('list')).map((r) => r.name))].sort()
}

function objectNames(source: CompletionSource, type: string, at: Located): string[] {
  return source.names(type, at.allNamespaces ? undefined : at.namespace)
}

/** `type/name` candidates for a partial `deploy/we`. */
function slashNames(source: CompletionSource, partial: string, at: Located): string[] {
  const type = partial.slice(0, partial.indexOf('/'))
  return objectNames(source, type, at).map((n) => `${type}/${n}`)
}

function positional(rule: ArgRule, at: Located, partial: string, source: CompletionSource): string[] {
  const done = at.positionals
  switch (rule) {
    case 'pods':
      return done.length ? [] : partial.includes('/') ? slashNames(source, partial, at) : objectNames(source, 'pods', at)
    case 'nodes':
      return objectNames(source, 'nodes', at).filter((n) => !done.includes(n))
    case 'contexts':
      return done.length ? [] : source.contexts()
    case 'types':
      return done.length ? [] : listableTypes(source)
    case 'canI':
      if (!done.length) return verbs
      return done.length === 1 ? listableTypes(source) : []
    default: {
      const types = rule === 'workloads' ? workloadTypes : rule === 'nodeResources' ? ['nodes'] : listableTypes(source)
      if (!done.length) return partial.includes('/') ? slashNames(source, partial, at) : types
      if (done[0].includes('/') || done[0].includes(',')) return partial.includes('/') ? slashNames(source, partial, at) : []
      return objectNames(source, done[0], at).filter((n) => !done.includes(n))
    }
  }
}

/** Candidates for the word `partial` after `kubectl words…`. */
export function completeKubectl(words: string[], partial: string, commands: CommandSpec[], source: CompletionSource): string[] {
  const at = locate(words, commands, source)
  if (at.pendingValue) return flagValues(at.pendingValue, source, partial)
  if (partial.startsWith('-')) {
    const eq = partial.indexOf('=')
    if (eq > 0) {
      const name = partial.slice(0, eq)
      const flag = at.flags.find((f) => flagNames(f).includes(name))
      return flag ? flagValues(flag, source, partial.slice(eq + 1)).map((v) => `${name}=${v}`) : []
    }
    return [...new Set(at.flags.filter((f) => !f.hidden).map((f) => `--${f.name}`))].sort()
  }
  const current = at.path[at.path.length - 1]
  const subs = at.path.length ? current.subcommands : commands
  if (subs?.length && !at.positionals.length) return subs.map((c) => c.name).sort()
  const rule = rules[at.path.map((c) => c.name).join(' ')]
  return rule ? positional(rule, at, partial, source) : []
}
