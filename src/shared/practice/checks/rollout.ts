import type { ClusterApi, KubeObject } from '../../kubesim/engine/contract'
import { fr } from '../messages'
import { getRef, refText } from './context'
import type { Verdict } from './objects'

export interface RolloutSpec {
  deployment: string
  namespace?: string
  minRevision?: number
  complete?: boolean
}

/** Why the rollout is not finished, by the rules `kubectl rollout status` applies. */
function unfinished(deployment: KubeObject): string[] {
  const wanted: number = deployment.spec?.replicas ?? 1
  const status = deployment.status ?? {}
  const updated: number = status.updatedReplicas ?? 0
  const total: number = status.replicas ?? 0
  const available: number = status.availableReplicas ?? 0
  const why: string[] = []
  if ((status.observedGeneration ?? 0) < (deployment.metadata.generation ?? 0)) why.push(fr.rolloutWhy.generation)
  if (updated < wanted) why.push(fr.rolloutWhy.updated(updated, wanted))
  if (total > updated) why.push(fr.rolloutWhy.old(total - updated))
  if (available < updated) why.push(fr.rolloutWhy.available(available, updated))
  return why
}

export const rollout = {
  label: (cluster: ClusterApi, spec: RolloutSpec) =>
    fr.rolloutLabel(
      refText(cluster, { kind: 'deployments', name: spec.deployment, namespace: spec.namespace }),
      spec.minRevision,
      spec.complete
    ),
  run(cluster: ClusterApi, spec: RolloutSpec): Verdict {
    const ref = { kind: 'deployments', name: spec.deployment, namespace: spec.namespace }
    const text = refText(cluster, ref)
    const deployment = getRef(cluster, ref)
    if (!deployment) return { ok: false, message: fr.existsFailed(text) }
    const problems: string[] = []
    const facts: string[] = []
    const revision = Number(deployment.metadata.annotations?.['deployment.kubernetes.io/revision'] ?? 0)
    if (spec.minRevision !== undefined) {
      if (revision < spec.minRevision) problems.push(fr.revisionTooLow(revision, spec.minRevision))
      else facts.push(`révision ${revision}`)
    }
    if (spec.complete !== undefined) {
      const why = unfinished(deployment)
      if (spec.complete && why.length) problems.push(fr.rolloutIncomplete(why.join(', ')))
      else if (!spec.complete && why.length === 0) problems.push(fr.rolloutComplete)
      else facts.push(spec.complete ? fr.rolloutComplete : fr.rolloutIncomplete(why.join(', ')))
    }
    if (problems.length) return { ok: false, message: fr.rolloutFailed(text, problems) }
    return { ok: true, message: `${text} : ${facts.join(', ')}.` }
  }
}
