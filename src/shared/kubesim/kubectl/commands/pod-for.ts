import type { KubeObject } from '../../engine/contract'
import type { Ctx } from '../context'
import { CmdError } from '../errors'
import { selectorString } from '../output/tables/format'
import { parseResourceArgs } from '../resources'

// polymorphichelpers AttachablePodForObject / LogsForObject and podcmd defaulting:
// the pod behind `pod/x`, `deploy/web`, `svc/web`, and the container to use.

function ranking(p: KubeObject): number[] {
  const running = p.status?.phase === 'Running' ? 0 : 1
  const ready = (p.status?.conditions ?? []).some((c: { type: string; status: string }) => c.type === 'Ready' && c.status === 'True') ? 0 : 1
  return [running, ready, Date.parse(p.metadata.creationTimestamp) || 0]
}

/** Resolves the pod named by the first argument; `onMany` learns how many pods matched. */
export function podForArg(ctx: Ctx, arg: string, onMany?: (count: number, pod: KubeObject) => void): KubeObject {
  const slash = arg.indexOf('/')
  if (slash < 0) return ctx.cluster.get('pods', ctx.namespace, arg, ctx.user)
  const parsed = parseResourceArgs(ctx.cluster, [arg])
  if (parsed.kind !== 'pairs') throw new CmdError(`invalid resource ${arg}`)
  const { resource, name } = parsed.pairs[0]
  const obj = ctx.cluster.get(resource, resource.namespaced ? ctx.namespace : undefined, name, ctx.user)
  if (resource.kind === 'Pod') return obj
  let selector: string
  if (resource.kind === 'Service') {
    selector = Object.entries<string>(obj.spec?.selector ?? {}).map(([k, v]) => `${k}=${v}`).join(',')
    if (!selector) throw new CmdError(`cannot attach to *v1.Service: invalid service '${name}': Service is defined without a selector`)
  } else if (['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'Job', 'ReplicationController'].includes(resource.kind)) {
    selector = resource.kind === 'ReplicationController' ? Object.entries<string>(obj.spec?.selector ?? {}).map(([k, v]) => `${k}=${v}`).join(',') : selectorString(obj.spec?.selector)
  } else {
    throw new CmdError(`cannot attach to *v1.${resource.kind}: selector for *v1.${resource.kind} not implemented`)
  }
  const pods = ctx.cluster.list('pods', ctx.namespace, { labelSelector: selector }, ctx.user)
  if (!pods.length) throw new CmdError(`timed out waiting for the condition`)
  const sorted = [...pods].sort((a, b) => {
    const ra = ranking(a)
    const rb = ranking(b)
    for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i] - rb[i]
    return 0
  })
  if (pods.length > 1) onMany?.(pods.length, sorted[0])
  return sorted[0]
}

function allContainerNames(pod: KubeObject): string {
  return [
    ...(pod.spec?.containers ?? []).map((c: { name: string }) => c.name),
    ...(pod.spec?.ephemeralContainers ?? []).map((c: { name: string }) => `${c.name} (ephem)`),
    ...(pod.spec?.initContainers ?? []).map((c: { name: string }) => `${c.name} (init)`)
  ].join(', ')
}

/** podcmd.FindOrDefaultContainerByName. */
export function containerFor(ctx: Ctx, pod: KubeObject, requested: string, quiet = false): string {
  const all = [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? []), ...(pod.spec?.ephemeralContainers ?? [])]
  if (requested) {
    if (!all.some((c: { name: string }) => c.name === requested)) throw new CmdError(`container ${requested} not found in pod ${pod.metadata.name}`)
    return requested
  }
  const annotated = pod.metadata.annotations?.['kubectl.kubernetes.io/default-container']
  if (annotated && all.some((c: { name: string }) => c.name === annotated)) return annotated
  const containers = pod.spec?.containers ?? []
  if (!containers.length) throw new CmdError(`pod ${pod.metadata.namespace}/${pod.metadata.name} does not have any containers`)
  if (containers.length > 1 && !quiet) ctx.err(`Defaulted container "${containers[0].name}" out of: ${allContainerNames(pod)}\n`)
  return containers[0].name
}
