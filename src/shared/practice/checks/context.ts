// What every check needs from the cluster, through ClusterApi only: resolving a kind,
// defaulting the namespace as kubectl does, reading an object that may be missing.
import { ApiException, type ClusterApi, type KubeObject, type ResourceInfo } from '../../kubesim/engine/contract'
import { fr } from '../messages'

/** A check that cannot be evaluated; its message is shown as the failure reason. */
export class CheckFailure extends Error {}

export function resolveKind(cluster: ClusterApi, kind: string): ResourceInfo {
  const info = cluster.resolveResource(kind)
  if (!info) throw new CheckFailure(fr.unknownKind(kind))
  return info
}

export function namespaceFor(info: ResourceInfo, namespace: string | undefined): string | undefined {
  return info.namespaced ? (namespace ?? 'default') : undefined
}

/** The object, or undefined when the API server answers NotFound. */
export function tryGet(
  cluster: ClusterApi,
  info: ResourceInfo,
  namespace: string | undefined,
  name: string
): KubeObject | undefined {
  try {
    return cluster.get(info, namespace, name)
  } catch (error) {
    if (error instanceof ApiException && error.status.reason === 'NotFound') return undefined
    throw error
  }
}

export function listLive(cluster: ClusterApi, info: ResourceInfo, namespace: string | undefined): KubeObject[] {
  return cluster.list(info, namespace).filter((object) => !object.metadata.deletionTimestamp)
}

export interface RefInput {
  kind: string
  name: string
  namespace?: string
}

/** The kind as the API spells it (`deploy` → `Deployment`), or as written when unknown. */
export function kindName(cluster: ClusterApi, kind: string): string {
  return cluster.resolveResource(kind)?.kind ?? kind
}

/** `Deployment « web » (namespace default)`, without failing on an unknown kind. */
export function refText(cluster: ClusterApi, ref: RefInput): string {
  const info = cluster.resolveResource(ref.kind)
  const ns = info ? namespaceFor(info, ref.namespace) : (ref.namespace ?? 'default')
  return fr.object(info?.kind ?? ref.kind, ref.name, ns)
}

export function getRef(cluster: ClusterApi, ref: RefInput): KubeObject | undefined {
  const info = resolveKind(cluster, ref.kind)
  return tryGet(cluster, info, namespaceFor(info, ref.namespace), ref.name)
}
