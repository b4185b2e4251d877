// DELETE: graceful pod deletion, finalizers, and the propagation policies the garbage
// collector honours (Background, Foreground, Orphan).
import type { DeleteOptions, KubeObject, ResourceInfo } from '../contract'
import type { Sim } from '../runtime/sim'
import { deepClone } from '../runtime/objects'
import { rfc3339 } from '../runtime/time'
import { forbidden, notFound } from './errors'
import { immortalNamespace } from '../admission/core'
import type { ApiServer } from './server'

export const FOREGROUND = 'foregroundDeletion'
export const ORPHAN = 'orphan'

function isPod(info: ResourceInfo): boolean {
  return info.group === '' && info.name === 'pods'
}

export function deleteObject(sim: Sim, server: ApiServer, info: ResourceInfo, ns: string | undefined, name: string, options: DeleteOptions = {}): KubeObject {
  const current = sim.store.get(info, ns, name)
  if (!current) throw notFound(info, name)
  if (info.group === '' && info.name === 'namespaces' && immortalNamespace(name)) throw forbidden(info, name, 'this namespace may not be deleted')
  const pod = isPod(info)
  const grace = pod ? (options.gracePeriodSeconds ?? current.spec?.terminationGracePeriodSeconds ?? 30) : 0

  if (current.metadata.deletionTimestamp) {
    // A second delete can only shorten a pod's grace period.
    if (pod && current.spec?.nodeName && grace < (current.metadata.deletionGracePeriodSeconds ?? 0)) {
      if (options.dryRun) return current
      if (grace === 0) {
        server.remove(info, current)
        return current
      }
      return server.mutate(info, ns, name, (d) => {
        d.metadata.deletionGracePeriodSeconds = grace
        d.metadata.deletionTimestamp = rfc3339(sim.now + grace * 1000)
      }, true) ?? current
    }
    return current
  }

  const finalizers = [...(current.metadata.finalizers ?? [])]
  const policy = options.propagationPolicy ?? 'Background'
  if (policy === 'Foreground' && !finalizers.includes(FOREGROUND)) finalizers.push(FOREGROUND)
  if (policy === 'Orphan' && !finalizers.includes(ORPHAN)) finalizers.push(ORPHAN)
  const isNamespace = info.group === '' && info.name === 'namespaces'
  const graceful = pod && !!current.spec?.nodeName && grace > 0 && !isTerminal(current)

  if (finalizers.length === 0 && !graceful && !isNamespace) {
    if (!options.dryRun) server.remove(info, current)
    return current
  }
  const draft = deepClone(current)
  draft.metadata.deletionTimestamp = rfc3339(sim.now + (graceful ? grace * 1000 : 0))
  draft.metadata.deletionGracePeriodSeconds = graceful ? grace : 0
  if (finalizers.length) draft.metadata.finalizers = finalizers
  if (isNamespace) draft.status = { ...(draft.status ?? {}), phase: 'Terminating' }
  if (options.dryRun) return draft
  draft.metadata.resourceVersion = sim.store.nextResourceVersion()
  const stored = sim.store.put(info, draft)
  if (finalizers.length === 0 && !graceful && !isNamespace) server.remove(info, stored)
  return stored
}

function isTerminal(pod: KubeObject): boolean {
  const phase = pod.status?.phase
  return phase === 'Succeeded' || phase === 'Failed'
}
