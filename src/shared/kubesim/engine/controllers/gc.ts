// The garbage collector: dependents of a deleted owner are deleted (background), deleted
// before the owner (foreground, `foregroundDeletion` finalizer) or released (orphan).
import type { KubeObject, ResourceInfo } from '../contract'
import { ApiException } from '../contract'
import { FOREGROUND, ORPHAN } from '../api/delete'
import { resourceForGroupKind } from '../api/resources'
import type { Controller } from '../runtime/reconciler'
import type { Ctx } from './context'

function infoOf(obj: KubeObject): ResourceInfo | undefined {
  const slash = obj.apiVersion.indexOf('/')
  return resourceForGroupKind(slash < 0 ? '' : obj.apiVersion.slice(0, slash), obj.kind)
}

export class GarbageCollector implements Controller {
  readonly name = 'garbage-collector'

  constructor(private readonly ctx: Ctx) {
    const { sim } = ctx
    sim.reconciler.register(this)
    sim.store.watch((e) => {
      const fin = e.object.metadata.finalizers ?? []
      if (e.type === 'DELETED') {
        if (sim.store.dependentsOf(e.object.metadata.uid).length) sim.reconciler.enqueue(this.name, e.object.metadata.uid)
      } else if (e.object.metadata.deletionTimestamp && (fin.includes(FOREGROUND) || fin.includes(ORPHAN))) sim.reconciler.enqueue(this.name, e.object.metadata.uid)
      if (e.type === 'DELETED' || e.object.metadata.deletionTimestamp) {
        // A dependent going away may unblock an owner waiting in foreground deletion.
        for (const ref of e.object.metadata.ownerReferences ?? []) {
          const owner = sim.store.byUID(ref.uid)
          if (owner?.metadata.finalizers?.includes(FOREGROUND)) sim.reconciler.enqueue(this.name, ref.uid)
        }
      }
    })
  }

  private del(obj: KubeObject, policy: 'Background' | 'Foreground'): void {
    const info = infoOf(obj)
    if (!info) return
    try {
      this.ctx.server.delete(info, obj.metadata.namespace, obj.metadata.name, { propagationPolicy: policy })
    } catch (e) {
      if (!(e instanceof ApiException)) throw e
    }
  }

  sync(uid: string): void {
    const { sim, server } = this.ctx
    const owner = sim.store.byUID(uid)
    const dependents = sim.store.dependentsOf(uid)
    if (!owner) {
      for (const d of dependents) {
        const alive = (d.metadata.ownerReferences ?? []).some((r) => r.uid !== uid && sim.store.byUID(r.uid))
        if (alive) {
          const info = infoOf(d)
          if (info) server.mutate(info, d.metadata.namespace, d.metadata.name, (draft) => {
            draft.metadata.ownerReferences = (draft.metadata.ownerReferences ?? []).filter((r) => r.uid !== uid)
          })
        } else if (!d.metadata.deletionTimestamp) this.del(d, 'Background')
      }
      return
    }
    const info = infoOf(owner)
    if (!info || !owner.metadata.deletionTimestamp) return
    const finalizers = owner.metadata.finalizers ?? []
    if (finalizers.includes(ORPHAN)) {
      for (const d of dependents) {
        const dInfo = infoOf(d)
        if (dInfo) server.mutate(dInfo, d.metadata.namespace, d.metadata.name, (draft) => {
          draft.metadata.ownerReferences = (draft.metadata.ownerReferences ?? []).filter((r) => r.uid !== uid)
          if (draft.metadata.ownerReferences.length === 0) delete draft.metadata.ownerReferences
        })
      }
      server.mutate(info, owner.metadata.namespace, owner.metadata.name, (draft) => {
        draft.metadata.finalizers = (draft.metadata.finalizers ?? []).filter((f) => f !== ORPHAN)
        if (draft.metadata.finalizers.length === 0) delete draft.metadata.finalizers
      })
      return
    }
    if (finalizers.includes(FOREGROUND)) {
      const blocking = dependents.filter((d) => d.metadata.ownerReferences?.some((r) => r.uid === uid && r.blockOwnerDeletion))
      for (const d of blocking) if (!d.metadata.deletionTimestamp) this.del(d, 'Foreground')
      for (const d of dependents) if (!blocking.includes(d) && !d.metadata.deletionTimestamp) this.del(d, 'Background')
      if (sim.store.dependentsOf(uid).some((d) => d.metadata.ownerReferences?.some((r) => r.uid === uid && r.blockOwnerDeletion))) return
      server.mutate(info, owner.metadata.namespace, owner.metadata.name, (draft) => {
        draft.metadata.finalizers = (draft.metadata.finalizers ?? []).filter((f) => f !== FOREGROUND)
        if (draft.metadata.finalizers.length === 0) delete draft.metadata.finalizers
      })
    }
  }
}
