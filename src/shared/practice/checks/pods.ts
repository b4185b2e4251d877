import type { ClusterApi, KubeObject } from '../../kubesim/engine/contract'
import { fr } from '../messages'
import { countHolds, type CountSpec } from './count'
import type { Verdict } from './objects'
import { describePods, isReady, podState, selectPods, type PodQuery } from './pod-query'

export type PodsSpec = PodQuery &
  CountSpec & {
    phase?: string
    ready?: boolean
    image?: string
    waitingReason?: string
  }

function fits(pod: KubeObject, spec: PodsSpec): boolean {
  if (spec.phase && pod.status?.phase !== spec.phase) return false
  if (spec.ready !== undefined && isReady(pod) !== spec.ready) return false
  if (spec.image) {
    const containers: { image: string }[] = pod.spec?.containers ?? []
    if (containers.length === 0 || !containers.every((c) => c.image === spec.image)) return false
  }
  if (spec.waitingReason) {
    const statuses: { state?: { waiting?: { reason?: string } } }[] = pod.status?.containerStatuses ?? []
    if (!statuses.some((s) => s.state?.waiting?.reason === spec.waitingReason)) return false
  }
  return true
}

/** `web-7d4b9-abcde: Running (prêt), web-…: ImagePullBackOff`, at most a few. */
function states(pods: KubeObject[]): string {
  const shown = pods.slice(0, 6).map((pod) => {
    const ready = isReady(pod) ? ', prêt' : ''
    const images = (pod.spec?.containers ?? []).map((c: { image: string }) => c.image).join('+')
    return `${pod.metadata.name} ${podState(pod)}${ready} (${images})`
  })
  return shown.join(' ; ') + (pods.length > shown.length ? ' ; …' : '')
}

export const pods = {
  label: (cluster: ClusterApi, spec: PodsSpec) =>
    fr.podsLabel(describePods(cluster, spec), fr.count(spec), fr.podConditions(spec)),
  run(cluster: ClusterApi, spec: PodsSpec): Verdict {
    const what = describePods(cluster, spec)
    const selected = selectPods(cluster, spec)
    const matching = selected.filter((pod) => fits(pod, spec))
    const conditions = fr.podConditions(spec)
    if (countHolds(matching.length, spec)) {
      return { ok: true, message: `${what} : ${matching.length}${conditions ? ` ${conditions}` : ''}.` }
    }
    const failure = fr.podsFailed(what, selected.length, matching.length, fr.count(spec), conditions)
    return { ok: false, message: selected.length ? `${failure} ${fr.podStates(states(selected))}` : failure }
  }
}
