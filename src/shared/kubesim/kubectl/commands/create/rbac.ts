import type { Ctx } from '../../context'
import { CmdError } from '../../errors'
import { flagList, flagString } from '../../flags'
import type { CommandSpec } from '../types'
import { createAndPrint, enforcedNamespace, generatorFlags, nameFromArgs, objectMeta } from './common'

// kubectl create role|clusterrole|rolebinding|clusterrolebinding|serviceaccount
// (create_role.go, create_clusterrole.go, create_rolebinding.go, create_clusterrolebinding.go).

const VALID_VERBS = ['*', 'get', 'delete', 'list', 'create', 'update', 'patch', 'watch', 'proxy', 'deletecollection', 'use', 'bind', 'escalate', 'impersonate']
const SPECIAL_VERBS: Record<string, [string, string][]> = {
  use: [['podsecuritypolicies', 'policy'], ['podsecuritypolicies', 'extensions']],
  bind: [['roles', 'rbac.authorization.k8s.io'], ['clusterroles', 'rbac.authorization.k8s.io']],
  escalate: [['roles', 'rbac.authorization.k8s.io'], ['clusterroles', 'rbac.authorization.k8s.io']],
  impersonate: [['users', ''], ['serviceaccounts', ''], ['groups', ''], ['userextras', 'authentication.k8s.io']]
}

interface ResourceOption {
  resource: string
  group: string
  subresource: string
}

function unique(list: string[]): string[] {
  return [...new Set(list)]
}

/** CreateRoleOptions.Complete/Validate and generateResourcePolicyRules. */
function policyRules(ctx: Ctx, clusterScoped: boolean): Record<string, unknown>[] {
  let verbs = unique(flagList(ctx.flags, 'verb'))
  if (verbs.includes('*')) verbs = ['*']
  const resources: ResourceOption[] = []
  for (const r of flagList(ctx.flags, 'resource')) {
    const [main, subresource = ''] = r.split(/\/(.*)/s)
    const dot = main.indexOf('.')
    const opt = { resource: dot < 0 ? main : main.slice(0, dot), group: dot < 0 ? '' : main.slice(dot + 1), subresource }
    if (opt.resource === '*' && dot < 0 && !subresource) {
      resources.splice(0, resources.length, opt)
      break
    }
    resources.push(opt)
  }
  const resourceNames = unique(flagList(ctx.flags, 'resource-name'))
  const nonResourceURLs = clusterScoped ? flagList(ctx.flags, 'non-resource-url') : []
  if (!verbs.length) throw new CmdError('at least one verb must be specified')
  for (const v of verbs) if (!VALID_VERBS.includes(v)) ctx.err(`Warning: '${v}' is not a standard resource verb\n`)
  if (!resources.length && !nonResourceURLs.length) {
    throw new CmdError(clusterScoped ? 'one of resource or nonResourceURL must be specified' : 'at least one resource must be specified')
  }
  const mapping = new Map<string, string[]>()
  for (const r of resources) {
    if (!r.resource) throw new CmdError('resource must be specified if apiGroup/subresource specified')
    let resource = r.resource
    let group = r.group
    if (r.resource !== '*') {
      const info = ctx.cluster.resolveResource(r.group ? `${r.resource}.${r.group}` : r.resource)
      if (info) {
        resource = info.name
        group = info.group
      }
      for (const v of verbs) {
        const allowed = SPECIAL_VERBS[v]
        if (allowed && !allowed.some(([res, g]) => res === resource && g === group)) {
          throw new CmdError(`can not perform '${v}' on '${resource}' in group '${group}'`)
        }
      }
      if (!info && !verbs.some((v) => SPECIAL_VERBS[v])) throw new CmdError(`the server doesn't have a resource type "${r.resource}"`)
    }
    if (r.subresource) resource += '/' + r.subresource
    const list = mapping.get(group) ?? []
    if (!list.includes(resource)) list.push(resource)
    mapping.set(group, list)
  }
  const rules: Record<string, unknown>[] = [...mapping.keys()].sort().map((g) => ({
    verbs,
    apiGroups: [g],
    resources: mapping.get(g),
    ...(resourceNames.length ? { resourceNames } : {})
  }))
  if (nonResourceURLs.length) rules.push({ verbs, nonResourceURLs })
  return rules
}

async function createRole(ctx: Ctx): Promise<void> {
  const name = nameFromArgs(ctx)
  const role = {
    kind: 'Role',
    apiVersion: 'rbac.authorization.k8s.io/v1',
    metadata: objectMeta(name, enforcedNamespace(ctx)),
    rules: policyRules(ctx, false)
  }
  await createAndPrint(ctx, role)
}

async function createClusterRole(ctx: Ctx): Promise<void> {
  const name = nameFromArgs(ctx)
  const aggregation = flagString(ctx.flags, 'aggregation-rule')
  const role: Record<string, unknown> = { kind: 'ClusterRole', apiVersion: 'rbac.authorization.k8s.io/v1', metadata: objectMeta(name) }
  if (aggregation) {
    const matchLabels = Object.fromEntries(aggregation.split(',').map((kv) => kv.split('=') as [string, string]))
    role.aggregationRule = { clusterRoleSelectors: [{ matchLabels }] }
  } else {
    role.rules = policyRules(ctx, true)
  }
  await createAndPrint(ctx, role)
}

function subjects(ctx: Ctx): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = []
  for (const user of flagList(ctx.flags, 'user')) out.push({ kind: 'User', apiGroup: 'rbac.authorization.k8s.io', name: user })
  for (const group of flagList(ctx.flags, 'group')) out.push({ kind: 'Group', apiGroup: 'rbac.authorization.k8s.io', name: group })
  for (const sa of flagList(ctx.flags, 'serviceaccount')) {
    const tokens = sa.split(':')
    if (tokens.length !== 2 || !tokens[0] || !tokens[1]) throw new CmdError('serviceaccount must be <namespace>:<name>')
    out.push({ kind: 'ServiceAccount', name: tokens[1], namespace: tokens[0] })
  }
  return out
}

async function createRoleBinding(ctx: Ctx): Promise<void> {
  const name = nameFromArgs(ctx)
  const role = flagString(ctx.flags, 'role')
  const clusterRole = flagString(ctx.flags, 'clusterrole')
  if (!role === !clusterRole) throw new CmdError('exactly one of clusterrole or role must be specified')
  const subs = subjects(ctx)
  const rb = {
    kind: 'RoleBinding',
    apiVersion: 'rbac.authorization.k8s.io/v1',
    metadata: objectMeta(name, enforcedNamespace(ctx)),
    ...(subs.length ? { subjects: subs } : {}),
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: role ? 'Role' : 'ClusterRole', name: role || clusterRole }
  }
  await createAndPrint(ctx, rb, 'failed to create rolebinding')
}

async function createClusterRoleBinding(ctx: Ctx): Promise<void> {
  const name = nameFromArgs(ctx)
  const subs = subjects(ctx)
  const crb = {
    kind: 'ClusterRoleBinding',
    apiVersion: 'rbac.authorization.k8s.io/v1',
    metadata: objectMeta(name),
    ...(subs.length ? { subjects: subs } : {}),
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: flagString(ctx.flags, 'clusterrole') }
  }
  await createAndPrint(ctx, crb, 'failed to create clusterrolebinding')
}

async function createServiceAccount(ctx: Ctx): Promise<void> {
  const name = nameFromArgs(ctx)
  const sa = { kind: 'ServiceAccount', apiVersion: 'v1', metadata: objectMeta(name, enforcedNamespace(ctx)) }
  await createAndPrint(ctx, sa, 'failed to create serviceaccount')
}

const roleFlags = [
  { name: 'verb', type: 'stringSlice' as const, usage: 'Verb that applies to the resources contained in the rule' },
  { name: 'resource', type: 'stringSlice' as const, usage: 'Resource that the rule applies to' },
  { name: 'resource-name', type: 'stringArray' as const, usage: 'Resource in the white list that the rule applies to, repeat this flag for multiple items' }
]
const subjectFlags = (what: string) => [
  { name: 'user', type: 'stringArray' as const, usage: `Usernames to bind to the ${what}. The flag can be repeated to add multiple users.` },
  { name: 'group', type: 'stringArray' as const, usage: `Groups to bind to the ${what}. The flag can be repeated to add multiple groups.` },
  { name: 'serviceaccount', type: 'stringArray' as const, usage: `Service accounts to bind to the ${what}, in the format <namespace>:<name>. The flag can be repeated to add multiple service accounts.` }
]

export const RBAC_GENERATORS: CommandSpec[] = [
  {
    name: 'clusterrole',
    short: 'Create a cluster role',
    long: 'Create a cluster role.',
    examples: `  # Create a cluster role named "pod-reader" that allows user to perform "get", "watch" and "list" on pods
  kubectl create clusterrole pod-reader --verb=get,list,watch --resource=pods`,
    usage: 'create clusterrole NAME --verb=verb --resource=resource.group [--resource-name=resourcename] [--dry-run=server|client|none]',
    flags: [
      ...generatorFlags(),
      ...roleFlags,
      { name: 'non-resource-url', type: 'stringSlice', usage: 'A partial url that user should have access to.' },
      { name: 'aggregation-rule', type: 'string', usage: 'An aggregation label selector for combining ClusterRoles.' }
    ],
    run: createClusterRole
  },
  {
    name: 'clusterrolebinding',
    short: 'Create a cluster role binding for a particular cluster role',
    long: 'Create a cluster role binding for a particular cluster role.',
    examples: `  # Create a cluster role binding for user1, user2, and group1 using the cluster-admin cluster role
  kubectl create clusterrolebinding cluster-admin --clusterrole=cluster-admin --user=user1 --user=user2 --group=group1`,
    usage: 'create clusterrolebinding NAME --clusterrole=NAME [--user=username] [--group=groupname] [--serviceaccount=namespace:serviceaccountname] [--dry-run=server|client|none]',
    flags: [...generatorFlags(), { name: 'clusterrole', type: 'string', required: true, usage: 'ClusterRole this ClusterRoleBinding should reference' }, ...subjectFlags('clusterrole')],
    run: createClusterRoleBinding
  },
  {
    name: 'role',
    short: 'Create a role with single rule',
    long: 'Create a role with single rule.',
    examples: `  # Create a role named "pod-reader" that allows user to perform "get", "watch" and "list" on pods
  kubectl create role pod-reader --verb=get --verb=list --verb=watch --resource=pods`,
    usage: 'create role NAME --verb=verb --resource=resource.group/subresource [--resource-name=resourcename] [--dry-run=server|client|none]',
    flags: [...generatorFlags(), ...roleFlags],
    run: createRole
  },
  {
    name: 'rolebinding',
    short: 'Create a role binding for a particular role or cluster role',
    long: 'Create a role binding for a particular role or cluster role.',
    examples: `  # Create a role binding for user1, user2, and group1 using the admin cluster role
  kubectl create rolebinding admin --clusterrole=admin --user=user1 --user=user2 --group=group1
  
  # Create a role binding for service account monitoring:sa-dev using the admin role
  kubectl create rolebinding admin-binding --role=admin --serviceaccount=monitoring:sa-dev`,
    usage: 'create rolebinding NAME --clusterrole=NAME|--role=NAME [--user=username] [--group=groupname] [--serviceaccount=namespace:serviceaccountname] [--dry-run=server|client|none]',
    flags: [
      ...generatorFlags(),
      { name: 'clusterrole', type: 'string', usage: 'ClusterRole this RoleBinding should reference' },
      { name: 'role', type: 'string', usage: 'Role this RoleBinding should reference' },
      ...subjectFlags('role')
    ],
    run: createRoleBinding
  },
  {
    name: 'serviceaccount',
    aliases: ['sa'],
    short: 'Create a service account with the specified name',
    long: 'Create a service account with the specified name.',
    examples: '  # Create a new service account named my-service-account\n  kubectl create serviceaccount my-service-account',
    usage: 'create serviceaccount NAME [--dry-run=server|client|none]',
    flags: generatorFlags(),
    run: createServiceAccount
  }
]
