// The RBAC authorizer: bindings → roles → rules, with the API server's Forbidden texts.
import type { KubeObject, ResourceInfo, UserInfo } from '../contract'
import { resourceByKey } from '../api/resources'
import type { Store } from '../runtime/store'

const CRB = resourceByKey('rbac.authorization.k8s.io/clusterrolebindings')!
const CR = resourceByKey('rbac.authorization.k8s.io/clusterroles')!
const RB = resourceByKey('rbac.authorization.k8s.io/rolebindings')!
const ROLE = resourceByKey('rbac.authorization.k8s.io/roles')!

export const ADMIN: UserInfo = { username: 'kubernetes-admin', groups: ['kubeadm:cluster-admins', 'system:authenticated'] }

export interface Request {
  verb: string
  group: string
  resource: string
  subresource?: string
  namespace?: string
  name?: string
}

/** The groups the authenticator adds: every user is system:authenticated; service accounts get theirs. */
export function effectiveGroups(user: UserInfo): string[] {
  const groups = new Set(user.groups ?? [])
  const sa = /^system:serviceaccount:([^:]+):([^:]+)$/.exec(user.username)
  if (sa) {
    groups.add('system:serviceaccounts')
    groups.add(`system:serviceaccounts:${sa[1]}`)
  }
  if (user.username !== 'system:anonymous') groups.add('system:authenticated')
  return [...groups]
}

function subjectMatches(subject: Record<string, string>, user: UserInfo, groups: string[], bindingNs?: string): boolean {
  switch (subject.kind) {
    case 'User':
      return subject.name === user.username
    case 'Group':
      return groups.includes(subject.name)
    case 'ServiceAccount':
      return user.username === `system:serviceaccount:${subject.namespace || bindingNs}:${subject.name}`
    default:
      return false
  }
}

function ruleAllows(rule: Record<string, string[] | undefined>, req: Request): boolean {
  const has = (list: string[] | undefined, v: string): boolean => !!list && (list.includes('*') || list.includes(v))
  if (!has(rule.verbs, req.verb)) return false
  if (!has(rule.apiGroups, req.group)) return false
  const resources = rule.resources ?? []
  const full = req.subresource ? `${req.resource}/${req.subresource}` : req.resource
  const resourceOk = resources.includes('*') || resources.includes(full) || (req.subresource !== undefined && resources.includes(`*/${req.subresource}`))
  if (!resourceOk) return false
  if (rule.resourceNames && rule.resourceNames.length) return req.name !== undefined && rule.resourceNames.includes(req.name)
  return true
}

export interface Decision {
  allowed: boolean
  reason: string
}

export function authorize(store: Store, user: UserInfo, req: Request): Decision {
  const groups = effectiveGroups(user)
  if (groups.includes('system:masters')) return { allowed: true, reason: '' }
  const rulesOf = (ref: Record<string, string>, ns?: string): Record<string, string[]>[] => {
    const role: KubeObject | undefined = ref.kind === 'ClusterRole' ? store.get(CR, undefined, ref.name) : store.get(ROLE, ns, ref.name)
    return role?.rules ?? []
  }
  for (const b of store.all(CRB)) {
    const subject = (b.subjects ?? []).find((s: Record<string, string>) => subjectMatches(s, user, groups))
    if (!subject) continue
    if (rulesOf(b.roleRef).some((r) => ruleAllows(r, req)))
      return { allowed: true, reason: `RBAC: allowed by ClusterRoleBinding "${b.metadata.name}" of ClusterRole "${b.roleRef.name}" to ${subject.kind} "${subject.name}"` }
  }
  if (req.namespace) {
    for (const b of store.list(RB, req.namespace)) {
      const subject = (b.subjects ?? []).find((s: Record<string, string>) => subjectMatches(s, user, groups, req.namespace))
      if (!subject) continue
      if (rulesOf(b.roleRef, req.namespace).some((r) => ruleAllows(r, req)))
        return { allowed: true, reason: `RBAC: allowed by RoleBinding "${b.metadata.name}/${req.namespace}" of ${b.roleRef.kind} "${b.roleRef.name}" to ${subject.kind} "${subject.name}"` }
    }
  }
  return { allowed: false, reason: '' }
}

/** The message after `<resource> "<name>" is forbidden: `. */
export function forbiddenMessage(user: UserInfo, req: Request): string {
  const resource = req.subresource ? `${req.resource}/${req.subresource}` : req.resource
  const scope = req.namespace ? `in the namespace "${req.namespace}"` : 'at the cluster scope'
  return `User "${user.username}" cannot ${req.verb} resource "${resource}" in API group "${req.group}" ${scope}`
}

export function requestFor(verb: string, info: ResourceInfo, namespace: string | undefined, name?: string, subresource?: string): Request {
  return { verb, group: info.group, resource: info.name, subresource, namespace: info.namespaced ? namespace : undefined, name }
}
