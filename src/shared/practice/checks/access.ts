import type { ClusterApi, UserInfo } from '../../kubesim/engine/contract'
import { fr } from '../messages'
import { resolveKind } from './context'
import type { Verdict } from './objects'

export interface CanISpec {
  user?: string
  groups?: string[]
  serviceAccount?: string
  verb: string
  resource: string
  subresource?: string
  namespace?: string
  name?: string
  allowed: boolean
}

/** The identity the API server gives a ServiceAccount's token. */
function userOf(spec: CanISpec): UserInfo {
  if (spec.serviceAccount) {
    const [namespace, name] = spec.serviceAccount.split(':')
    return {
      username: `system:serviceaccount:${namespace}:${name}`,
      groups: ['system:serviceaccounts', `system:serviceaccounts:${namespace}`, 'system:authenticated']
    }
  }
  return { username: spec.user ?? '', groups: [...(spec.groups ?? []), 'system:authenticated'] }
}

function phrases(cluster: ClusterApi, spec: CanISpec): { subject: string; action: string; where: string } {
  const info = spec.resource === '*' ? undefined : cluster.resolveResource(spec.resource)
  const resource = (info?.name ?? spec.resource) + (spec.subresource ? `/${spec.subresource}` : '')
  const namespaced = info?.namespaced ?? true
  return {
    subject: fr.subject(spec),
    action: `« ${spec.verb} ${resource}${spec.name ? ` ${spec.name}` : ''} »`,
    where: namespaced ? fr.inNamespace(spec.namespace ?? 'default') : ''
  }
}

export const canI = {
  label(cluster: ClusterApi, spec: CanISpec): string {
    const p = phrases(cluster, spec)
    return fr.canILabel(p.subject, p.action, p.where, spec.allowed)
  },
  run(cluster: ClusterApi, spec: CanISpec): Verdict {
    const info = spec.resource === '*' ? undefined : resolveKind(cluster, spec.resource)
    const namespace = info && !info.namespaced ? undefined : (spec.namespace ?? 'default')
    const answer = cluster.canI(userOf(spec), spec.verb, info, namespace, spec.name, spec.subresource)
    const p = phrases(cluster, spec)
    const ok = answer.allowed === spec.allowed
    return {
      ok,
      message: ok
        ? fr.canILabel(p.subject, p.action, p.where, answer.allowed) + '.'
        : fr.canIFailed(p.subject, p.action, p.where, answer.allowed, answer.reason)
    }
  }
}
