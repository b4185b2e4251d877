// ControllerRevisions: the template history DaemonSets and StatefulSets keep for rollbacks.
import type { KubeObject } from '../contract'
import { ApiException } from '../contract'
import { objectMeta } from '../runtime/objects'
import type { Ctx } from './context'
import { templateHash } from './hash'
import { controlled, ownerRefTo, R } from './util'

/** Ensures a revision for the owner's current template exists and is the newest; returns its hash. */
export function currentRevision(ctx: Ctx, owner: KubeObject): string {
  const { sim, server } = ctx
  const hash = templateHash(owner.spec?.template)
  const name = `${owner.metadata.name}-${hash}`
  const revisions = controlled(sim.store, owner, 'ControllerRevision')
  const max = Math.max(0, ...revisions.map((r) => r.revision ?? 0))
  const existing = sim.store.get(R.controllerrevisions, owner.metadata.namespace, name)
  if (!existing) {
    try {
      server.create(R.controllerrevisions, {
        apiVersion: 'apps/v1',
        kind: 'ControllerRevision',
        metadata: objectMeta({
          name,
          namespace: owner.metadata.namespace,
          labels: { ...(owner.spec?.template?.metadata?.labels ?? {}), 'controller-revision-hash': hash },
          ownerReferences: [ownerRefTo(owner)]
        }),
        data: { spec: { template: { ...owner.spec.template, $patch: 'replace' } } },
        revision: max + 1
      })
    } catch (e) {
      if (!(e instanceof ApiException)) throw e
    }
  } else if ((existing.revision ?? 0) < max) {
    server.mutate(R.controllerrevisions, owner.metadata.namespace, name, (d) => {
      d.revision = max + 1
    })
  }
  return hash
}
