import type { ClusterApi } from '../../kubesim/engine/contract'
import { fr } from '../messages'
import { matches, parseSelector } from '../selector'
import type { Verdict } from './objects'
import { describePods, selectPods, type PodQuery } from './pod-query'

export type PlacementSpec = PodQuery & {
  nodeSelector?: string
  onNode?: string
  notOnNode?: string
  distinctNodes?: boolean
  minPods?: number
}

function rules(spec: PlacementSpec): string {
  return [
    spec.nodeSelector && fr.rule.nodeSelector(spec.nodeSelector),
    spec.onNode && fr.rule.onNode(spec.onNode),
    spec.notOnNode && fr.rule.notOnNode(spec.notOnNode),
    spec.distinctNodes && fr.rule.distinctNodes
  ]
    .filter(Boolean)
    .join(', ')
}

export const placement = {
  label: (cluster: ClusterApi, spec: PlacementSpec) => fr.placementLabel(describePods(cluster, spec), rules(spec)),
  run(cluster: ClusterApi, spec: PlacementSpec): Verdict {
    const what = describePods(cluster, spec)
    const pods = selectPods(cluster, spec)
    const minPods = spec.minPods ?? 1
    if (pods.length < minPods) return { ok: false, message: fr.tooFewPods(what, pods.length, minPods) }

    const allowed = spec.nodeSelector
      ? new Set(
          cluster
            .list('nodes', undefined)
            .filter((node) => matches(parseSelector(spec.nodeSelector ?? ''), node.metadata.labels))
            .map((node) => node.metadata.name)
        )
      : undefined
    const problems: string[] = []
    const byNode = new Map<string, string[]>()
    for (const pod of pods) {
      const name = pod.metadata.name
      const node: string | undefined = pod.spec?.nodeName
      if (!node) {
        problems.push(fr.notScheduled(name))
        continue
      }
      byNode.set(node, [...(byNode.get(node) ?? []), name])
      const wrong =
        (allowed && !allowed.has(node)) || (spec.onNode && node !== spec.onNode) || spec.notOnNode === node
      if (wrong) problems.push(fr.misplaced(name, node))
    }
    if (spec.distinctNodes) {
      for (const [node, names] of byNode) if (names.length > 1) problems.push(fr.sharedNode(names, node))
    }
    if (problems.length === 0) {
      const where = [...byNode].map(([node, names]) => `${names.length} sur ${node}`).join(', ')
      return { ok: true, message: `${what} : ${where}.` }
    }
    return { ok: false, message: fr.placementFailed(what, rules(spec), problems.slice(0, 6)) }
  }
}
