// Deployment status and its Available / Progressing conditions, with the progress deadline.
import type { KubeObject } from '../contract'
import { parseTime, rfc3339 } from '../runtime/time'
import type { Ctx } from './context'
import { surgeAndUnavailable } from './rollout'
import { condition, keyOf, R, setCondition } from './util'

/** Writes the status; returns whether the rollout is complete. */
export function syncDeploymentStatus(ctx: Ctx, d: KubeObject, newRS: KubeObject | undefined, old: KubeObject[], how: { created: boolean; paused: boolean }): boolean {
  const { sim, server } = ctx
  const all = newRS ? [newRS, ...old] : old
  const total = (f: (rs: KubeObject) => number): number => all.reduce((n, rs) => n + f(rs), 0)
  const wanted = d.spec?.replicas ?? 1
  const replicas = total((rs) => rs.status?.replicas ?? 0)
  const updated = newRS?.status?.replicas ?? 0
  const ready = total((rs) => rs.status?.readyReplicas ?? 0)
  const available = total((rs) => rs.status?.availableReplicas ?? 0)
  const { maxUnavailable } = surgeAndUnavailable(d)
  const complete = !!newRS && updated === wanted && replicas === wanted && available === wanted && (newRS.status?.observedGeneration ?? 0) >= (newRS.metadata.generation ?? 1)
  const stamp = rfc3339(sim.now)
  const current = sim.store.get(R.deployments, d.metadata.namespace, d.metadata.name) ?? d
  let conditions: Record<string, unknown>[] = [...(current.status?.conditions ?? [])]

  const availableOk = available >= wanted - maxUnavailable
  conditions = setCondition(
    conditions,
    availableOk
      ? { type: 'Available', status: 'True', lastUpdateTime: stamp, reason: 'MinimumReplicasAvailable', message: 'Deployment has minimum availability.' }
      : { type: 'Available', status: 'False', lastUpdateTime: stamp, reason: 'MinimumReplicasUnavailable', message: 'Deployment does not have minimum availability.' },
    stamp
  )
  const prev = condition(current, 'Progressing') as Record<string, string> | undefined
  const rsName = newRS?.metadata.name ?? ''
  const previousCounts = current.status ? `${current.status.replicas ?? 0}/${current.status.updatedReplicas ?? 0}/${current.status.readyReplicas ?? 0}/${current.status.availableReplicas ?? 0}` : ''
  const counts = `${replicas}/${updated}/${ready}/${available}`
  let progressing: Record<string, unknown> | undefined
  if (how.paused) {
    progressing = { type: 'Progressing', status: 'Unknown', lastUpdateTime: stamp, reason: 'DeploymentPaused', message: 'Deployment is paused' }
  } else if (prev?.reason === 'DeploymentPaused') {
    progressing = { type: 'Progressing', status: 'Unknown', lastUpdateTime: stamp, reason: 'DeploymentResumed', message: 'Deployment is resumed' }
  } else if (complete) {
    progressing = { type: 'Progressing', status: 'True', lastUpdateTime: stamp, reason: 'NewReplicaSetAvailable', message: `ReplicaSet "${rsName}" has successfully progressed.` }
  } else if (how.created && newRS) {
    progressing = { type: 'Progressing', status: 'True', lastUpdateTime: stamp, reason: 'NewReplicaSetCreated', message: `Created new replica set "${rsName}"` }
  } else if (newRS) {
    const deadline = d.spec?.progressDeadlineSeconds ?? 600
    const lastUpdate = parseTime(prev?.lastUpdateTime) ?? sim.now
    const madeProgress = counts !== previousCounts || !prev || prev.reason === 'NewReplicaSetAvailable'
    if (madeProgress) {
      progressing = { type: 'Progressing', status: 'True', lastUpdateTime: stamp, reason: 'ReplicaSetUpdated', message: `ReplicaSet "${rsName}" is progressing.` }
      sim.reconciler.at(sim.now + deadline * 1000, 'deployment', keyOf(d))
    } else if (prev?.reason !== 'ProgressDeadlineExceeded' && lastUpdate + deadline * 1000 <= sim.now) {
      progressing = { type: 'Progressing', status: 'False', lastUpdateTime: stamp, reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rsName}" has timed out progressing.` }
    }
  }
  if (progressing) conditions = setCondition(conditions, progressing, stamp)
  // The API server lists Available first, Progressing second.
  conditions.sort((a, b) => order(a.type as string) - order(b.type as string))

  const status: Record<string, unknown> = { observedGeneration: d.metadata.generation }
  if (replicas) status.replicas = replicas
  if (updated) status.updatedReplicas = updated
  if (ready) status.readyReplicas = ready
  if (available) status.availableReplicas = available
  const unavailable = total((rs) => rs.spec?.replicas ?? 0) - available
  if (unavailable > 0) status.unavailableReplicas = unavailable
  status.conditions = conditions
  if (current.status?.collisionCount) status.collisionCount = current.status.collisionCount
  server.writeStatus(R.deployments, current, (draft) => {
    draft.status = status
  })
  return complete
}

function order(type: string): number {
  return type === 'Available' ? 0 : type === 'Progressing' ? 1 : 2
}
