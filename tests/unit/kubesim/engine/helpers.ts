// Shared builders for the engine tests: a fresh default cluster and terse manifests.
import { createCluster } from '../../../../src/shared/kubesim/engine/index'
import type { ClusterApi, KubeObject } from '../../../../src/shared/kubesim/engine/contract'

export function cluster(seed = 1, workers?: number): ClusterApi {
  return createCluster({ seed, workers })
}

export function deployment(name: string, replicas = 3, image = 'nginx', extra: Record<string, unknown> = {}): KubeObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: 'default', labels: { app: name } },
    spec: { replicas, selector: { matchLabels: { app: name } }, template: { metadata: { labels: { app: name } }, spec: { containers: [{ name: image.split(':')[0].split('/').pop(), image }] } }, ...extra }
  } as unknown as KubeObject
}

export function pod(name: string, spec: Record<string, unknown>, labels: Record<string, string> = {}): KubeObject {
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default', labels }, spec } as unknown as KubeObject
}

export function pods(c: ClusterApi, prefix = ''): KubeObject[] {
  return c.list('pods', 'default').filter((p) => p.metadata.name.startsWith(prefix))
}

export function state(p: KubeObject, i = 0): string {
  const s = p.status?.containerStatuses?.[i]?.state ?? {}
  return s.waiting?.reason ?? s.terminated?.reason ?? (s.running ? 'Running' : 'none')
}

export function events(c: ClusterApi, name: string, ns = 'default'): KubeObject[] {
  return c.list('events', ns).filter((e) => e.involvedObject?.name === name)
}
