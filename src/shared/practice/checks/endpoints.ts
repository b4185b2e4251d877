import type { ClusterApi, KubeObject } from '../../kubesim/engine/contract'
import { fr } from '../messages'
import { countHolds, type CountSpec } from './count'
import { refText, resolveKind, tryGet } from './context'
import type { Verdict } from './objects'

export type EndpointsSpec = CountSpec & { service: string; namespace?: string }

/** Ready addresses, from the Endpoints object or, if the cluster has none, its EndpointSlices. */
function readyAddresses(cluster: ClusterApi, namespace: string, service: string): number {
  const endpointsInfo = cluster.resolveResource('endpoints')
  if (endpointsInfo) {
    const endpoints = tryGet(cluster, endpointsInfo, namespace, service)
    const subsets: { addresses?: unknown[] }[] = endpoints?.subsets ?? []
    return subsets.reduce((sum, subset) => sum + (subset.addresses?.length ?? 0), 0)
  }
  const slices: KubeObject[] = cluster.list(resolveKind(cluster, 'endpointslices'), namespace, {
    labelSelector: `kubernetes.io/service-name=${service}`
  })
  const ready = new Set<string>()
  for (const slice of slices) {
    for (const endpoint of slice.endpoints ?? []) {
      if (endpoint.conditions?.ready !== false) for (const address of endpoint.addresses ?? []) ready.add(address)
    }
  }
  return ready.size
}

export const endpoints = {
  label: (cluster: ClusterApi, spec: EndpointsSpec) =>
    fr.endpointsLabel(refText(cluster, { kind: 'services', name: spec.service, namespace: spec.namespace }), fr.count(spec)),
  run(cluster: ClusterApi, spec: EndpointsSpec): Verdict {
    const namespace = spec.namespace ?? 'default'
    const text = refText(cluster, { kind: 'services', name: spec.service, namespace })
    if (!tryGet(cluster, resolveKind(cluster, 'services'), namespace, spec.service)) {
      return { ok: false, message: fr.serviceMissing(text) }
    }
    const found = readyAddresses(cluster, namespace, spec.service)
    const ok = countHolds(found, spec)
    return {
      ok,
      message: ok
        ? `${text} : ${found} endpoint(s) prêt(s).`
        : `${fr.endpointsFailed(text, found, fr.count(spec))} ${fr.endpointsHint}`
    }
  }
}
