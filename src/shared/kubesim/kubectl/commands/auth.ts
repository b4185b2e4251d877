import type { KubeObject, ResourceInfo, UserInfo } from '../../engine/contract'
import type { Ctx } from '../context'
import { CmdError, RawError } from '../errors'
import { flagBool, flagString } from '../flags'
import { ADMIN_USER } from '../kubeconfig'
import { formatTabbed } from '../output/tabwriter'
import type { CommandSpec } from './types'

// kubectl auth can-i and whoami (pkg/cmd/auth/cani.go, whoami.go). The access review
// is the engine's canI; `--list` (a SelfSubjectRulesReview on the real server) is
// computed here from the RBAC objects, then broken down, compacted and sorted as
// pkg/util/rbac does.

const RESOURCE_VERBS = ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete', 'deletecollection', 'use', 'bind', 'impersonate', '*', 'approve']
const NON_RESOURCE_VERBS = ['get', 'put', 'post', 'head', 'options', 'delete', 'patch', '*']
const TABLE = { minWidth: 0, padding: 3 }

function who(ctx: Ctx): UserInfo {
  return ctx.user ?? ADMIN_USER
}

function fakeResource(name: string, group: string): ResourceInfo {
  return { name, singularName: name, shortNames: [], group, version: '', kind: '', namespaced: true, verbs: [] }
}

/** resourceFor: the mapper's answer, or the typed name itself with a warning. */
function resourceFor(ctx: Ctx, arg: string): ResourceInfo {
  if (arg === '*') return fakeResource('*', '')
  const lower = arg.toLowerCase()
  const info = ctx.cluster.resolveResource(lower)
  if (info) return info
  const dot = lower.indexOf('.')
  const resource = dot < 0 ? lower : lower.slice(0, dot)
  const group = dot < 0 ? '' : lower.slice(dot + 1)
  if (!['users', 'groups'].includes(lower)) {
    ctx.err(group ? `Warning: the server doesn't have a resource type '${resource}' in group '${group}'\n` : `Warning: the server doesn't have a resource type '${resource}'\n`)
  }
  return fakeResource(arg, group)
}

async function canI(ctx: Ctx): Promise<void> {
  const list = flagBool(ctx.flags, 'list')
  const quiet = flagBool(ctx.flags, 'quiet')
  const allNs = flagBool(ctx.flags, 'all-namespaces')
  const sub = flagString(ctx.flags, 'subresource')
  const args = ctx.flags.args
  if (list) {
    if (args.length) throw new CmdError('list option must be specified with no arguments')
    if (quiet || allNs || sub) throw new CmdError("list option can't be specified with neither quiet, all-namespaces nor subresource options")
    listAccess(ctx)
    return
  }
  if (args.length !== 2) {
    throw new CmdError("you must specify two arguments: verb resource or verb resource/resourceName.\nSee 'kubectl auth can-i -h' for help and examples.")
  }
  const verb = args[0]
  const ns = allNs ? undefined : ctx.namespace
  let answer: { allowed: boolean; reason?: string }
  if (args[1].startsWith('/')) {
    if (sub) throw new CmdError('--subresource can not be used with NonResourceURL')
    if (!NON_RESOURCE_VERBS.includes(verb)) ctx.err(`Warning: verb '${verb}' is not a known verb\n`)
    answer = nonResourceAccess(ctx, verb, args[1])
  } else {
    const slash = args[1].indexOf('/')
    const resource = resourceFor(ctx, slash < 0 ? args[1] : args[1].slice(0, slash))
    const name = slash < 0 ? undefined : args[1].slice(slash + 1)
    if (!allNs && resource.kind && !resource.namespaced) {
      ctx.err(resource.group ? `Warning: resource '${resource.name}' is not namespace scoped in group '${resource.group}'\n` : `Warning: resource '${resource.name}' is not namespace scoped\n`)
    }
    if (!RESOURCE_VERBS.includes(verb)) ctx.err(`Warning: verb '${verb}' is not a known verb\n`)
    if (flagBool(ctx.flags, 'no-headers')) throw new CmdError('--no-headers cannot be set without --list specified')
    answer = ctx.cluster.canI(who(ctx), verb, resource, ns, name, sub || undefined)
  }
  if (!quiet) ctx.out(answer.allowed ? 'yes\n' : answer.reason ? `no - ${answer.reason}\n` : 'no\n')
  if (!answer.allowed) throw new RawError('', 1)
}

interface Rule {
  verbs: string[]
  apiGroups: string[]
  resources: string[]
  resourceNames: string[]
  nonResourceURLs: string[]
}

function subjectMatches(s: Record<string, string>, user: UserInfo, groups: string[], ns?: string): boolean {
  if (s.kind === 'User') return s.name === user.username
  if (s.kind === 'Group') return groups.includes(s.name)
  if (s.kind === 'ServiceAccount') return user.username === `system:serviceaccount:${s.namespace || ns}:${s.name}`
  return false
}

function groupsOf(user: UserInfo): string[] {
  const groups = new Set(user.groups ?? [])
  const sa = /^system:serviceaccount:([^:]+):([^:]+)$/.exec(user.username)
  if (sa) {
    groups.add('system:serviceaccounts')
    groups.add(`system:serviceaccounts:${sa[1]}`)
  }
  groups.add('system:authenticated')
  return [...groups]
}

/** The rules the user holds in the namespace, read from the bindings as the authorizer would. */
function userRules(ctx: Ctx, ns: string | undefined): Rule[] {
  const user = who(ctx)
  const groups = groupsOf(user)
  const rules: Rule[] = []
  const take = (role: KubeObject | undefined): void => {
    for (const r of role?.rules ?? []) {
      rules.push({ verbs: r.verbs ?? [], apiGroups: r.apiGroups ?? [], resources: r.resources ?? [], resourceNames: r.resourceNames ?? [], nonResourceURLs: r.nonResourceURLs ?? [] })
    }
  }
  const role = (kind: string, name: string, bns?: string): KubeObject | undefined => {
    try {
      return kind === 'ClusterRole' ? ctx.cluster.get('clusterroles', undefined, name) : ctx.cluster.get('roles', bns, name)
    } catch {
      return undefined
    }
  }
  if (groups.includes('system:masters')) {
    rules.push({ verbs: ['*'], apiGroups: ['*'], resources: ['*'], resourceNames: [], nonResourceURLs: [] })
    rules.push({ verbs: ['*'], apiGroups: [], resources: [], resourceNames: [], nonResourceURLs: ['*'] })
  }
  for (const b of ctx.cluster.list('clusterrolebindings', undefined)) {
    if ((b.subjects ?? []).some((s: Record<string, string>) => subjectMatches(s, user, groups))) take(role('ClusterRole', b.roleRef?.name))
  }
  if (ns) {
    for (const b of ctx.cluster.list('rolebindings', ns)) {
      if ((b.subjects ?? []).some((s: Record<string, string>) => subjectMatches(s, user, groups, ns))) take(role(b.roleRef?.kind, b.roleRef?.name, ns))
    }
  }
  return rules
}

function breakdown(rule: Rule): Rule[] {
  const out: Rule[] = []
  for (const g of rule.apiGroups) {
    for (const r of rule.resources) {
      for (const v of rule.verbs) {
        if (rule.resourceNames.length) for (const n of rule.resourceNames) out.push({ verbs: [v], apiGroups: [g], resources: [r], resourceNames: [n], nonResourceURLs: [] })
        else out.push({ verbs: [v], apiGroups: [g], resources: [r], resourceNames: [], nonResourceURLs: [] })
      }
    }
  }
  for (const u of rule.nonResourceURLs) for (const v of rule.verbs) out.push({ verbs: [v], apiGroups: [], resources: [], resourceNames: [], nonResourceURLs: [u] })
  return out
}

function compact(rules: Rule[]): Rule[] {
  const out: Rule[] = []
  const simple = new Map<string, Rule>()
  for (const r of rules) {
    const isSimple = r.resourceNames.length <= 1 && !r.nonResourceURLs.length && r.apiGroups.length === 1 && r.resources.length === 1
    if (!isSimple) {
      out.push(r)
      continue
    }
    const key = JSON.stringify([r.apiGroups[0], r.resources[0], r.resourceNames.length > 0, r.resourceNames[0] ?? ''])
    const existing = simple.get(key)
    if (existing) {
      for (const v of r.verbs) if (!existing.verbs.includes(v)) existing.verbs.push(v)
    } else simple.set(key, { ...r, verbs: [...r.verbs] })
  }
  return [...out, ...simple.values()]
}

const goList = (l: string[]): string => `[${l.join(' ')}]`

/** PolicyRule.String(), the sort key of SortableRuleSlice. */
function ruleString(r: Rule): string {
  return `&PolicyRule{Verbs:${goList(r.verbs)},APIGroups:${goList(r.apiGroups)},Resources:${goList(r.resources)},ResourceNames:${goList(r.resourceNames)},NonResourceURLs:${goList(r.nonResourceURLs)},}`
}

function combineResourceGroup(resources: string[], groups: string[]): string {
  if (!resources.length) return ''
  const [res, sub] = resources[0].split(/\/(.*)/s)
  let s = res
  if (groups.length && groups[0] !== '') s += '.' + groups[0]
  if (sub !== undefined) s += '/' + sub
  return s
}

function listAccess(ctx: Ctx): void {
  const rules = compact(userRules(ctx, ctx.namespace).flatMap(breakdown))
  const keyed = rules.map((r) => ({ r, k: ruleString(r) }))
  keyed.sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0))
  let text = flagBool(ctx.flags, 'no-headers') ? '' : 'Resources\tNon-Resource URLs\tResource Names\tVerbs\n'
  for (const { r } of keyed) text += `${combineResourceGroup(r.resources, r.apiGroups)}\t${goList(r.nonResourceURLs)}\t${goList(r.resourceNames)}\t${goList(r.verbs)}\n`
  ctx.out(formatTabbed(text, TABLE))
}

function nonResourceAccess(ctx: Ctx, verb: string, path: string): { allowed: boolean } {
  const rules = userRules(ctx, undefined)
  const allowed = rules.some(
    (r) =>
      (r.verbs.includes('*') || r.verbs.includes(verb)) &&
      r.nonResourceURLs.some((u) => u === '*' || u === path || (u.endsWith('*') && path.startsWith(u.slice(0, -1))))
  )
  return { allowed }
}

function whoami(ctx: Ctx): void {
  if (ctx.flags.args.length) throw new CmdError(`unknown command "${ctx.flags.args[0]}" for "kubectl auth whoami"`)
  const user = who(ctx)
  const groups = groupsOf(user)
  const format = flagString(ctx.flags, 'output')
  if (format) {
    const review = {
      kind: 'SelfSubjectReview',
      apiVersion: 'authentication.k8s.io/v1',
      metadata: { creationTimestamp: null },
      status: { userInfo: { username: user.username, groups } }
    }
    if (format === 'json') ctx.out(JSON.stringify(review, null, 4) + '\n')
    else if (format === 'yaml') {
      ctx.out(
        `apiVersion: authentication.k8s.io/v1\nkind: SelfSubjectReview\nmetadata:\n  creationTimestamp: null\nstatus:\n  userInfo:\n    groups:\n${groups.map((g) => `    - ${g}\n`).join('')}    username: ${user.username}\n`
      )
    } else throw new CmdError(`unable to match a printer suitable for the output format "${format}", allowed formats are: json,yaml`)
    return
  }
  ctx.out(formatTabbed(`ATTRIBUTE\tVALUE\nUsername\t${user.username}\nGroups\t${goList(groups)}\n`, TABLE))
}

export const authCommand: CommandSpec = {
  name: 'auth',
  group: 'Troubleshooting and Debugging Commands',
  short: 'Inspect authorization',
  long: 'Inspect authorization.',
  usage: 'auth [flags]',
  subcommands: [
    {
      name: 'can-i',
      short: 'Check whether an action is allowed',
      long: `Check whether an action is allowed.

 VERB is a logical Kubernetes API verb like 'get', 'list', 'watch', 'delete', etc. TYPE is a Kubernetes resource. Shortcuts and groups will be resolved. NONRESOURCEURL is a partial URL that starts with "/". NAME is the name of a particular Kubernetes resource. This command pairs nicely with impersonation. See --as global flag.`,
      examples: `  # Check to see if I can create pods in any namespace
  kubectl auth can-i create pods --all-namespaces
  
  # Check to see if I can list deployments in my current namespace
  kubectl auth can-i list deployments.apps
  
  # Check to see if service account "foo" of namespace "dev" can list pods in the namespace "prod"
  # You must be allowed to use impersonation for the global option "--as"
  kubectl auth can-i list pods --as=system:serviceaccount:dev:foo -n prod
  
  # Check to see if I can do everything in my current namespace ("*" means all)
  kubectl auth can-i '*' '*'
  
  # Check to see if I can get the job named "bar" in namespace "foo"
  kubectl auth can-i list jobs.batch/bar -n foo
  
  # Check to see if I can read pod logs
  kubectl auth can-i get pods --subresource=log
  
  # Check to see if I can access the URL /logs/
  kubectl auth can-i get /logs/
  
  # Check to see if I can approve certificates.k8s.io
  kubectl auth can-i approve certificates.k8s.io
  
  # List all allowed actions in namespace "foo"
  kubectl auth can-i --list --namespace=foo`,
      usage: 'auth can-i VERB [TYPE | TYPE/NAME | NONRESOURCEURL]',
      flags: [
        { name: 'all-namespaces', short: 'A', type: 'bool', usage: 'If true, check the specified action in all namespaces.' },
        { name: 'quiet', short: 'q', type: 'bool', usage: 'If true, suppress output and just return the exit code.' },
        { name: 'subresource', type: 'string', usage: 'SubResource such as pod/log or deployment/scale' },
        { name: 'list', type: 'bool', usage: 'If true, prints all allowed actions.' },
        { name: 'no-headers', type: 'bool', usage: 'If true, prints allowed actions without headers' }
      ],
      run: canI
    },
    {
      name: 'whoami',
      short: 'Experimental: Check self subject attributes',
      long: `Experimental: Check who you are and your attributes (groups, extra).

        This command is helpful to get yourself aware of the current user attributes,
        especially when dynamic authentication, e.g., token webhook, auth proxy, or OIDC provider,
        is enabled in the Kubernetes cluster.`,
      examples: `  # Get your subject attributes
  kubectl auth whoami
  
  # Get your subject attributes in JSON format
  kubectl auth whoami -o json`,
      usage: 'auth whoami',
      flags: [{ name: 'output', short: 'o', type: 'string', usage: 'Output format. One of: (json, yaml).' }],
      run: whoami
    }
  ]
}
