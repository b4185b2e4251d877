// The resource quota controller: keeps each ResourceQuota's status.hard and status.used.
import type { Controller } from '../runtime/reconciler'
import type { Ctx } from './context'
import { namespaceUsage } from '../admission/usage'
import { quotaValue } from '../admission/quota'
import { R, splitKey, keyOf } from './util'

export class QuotaController implements Controller {
  readonly name = 'resourcequota'

  constructor(private readonly ctx: Ctx) {
    const { sim } = ctx
    sim.reconciler.register(this)
    sim.store.watch((e) => {
      if (!e.resource.namespaced || e.resource === R.events) return
      const ns = e.object.metadata.namespace ?? ''
      if (!sim.store.any(R.quotas, ns)) return
      if (e.resource === R.quotas) {
        if (e.type !== 'DELETED') sim.reconciler.enqueue(this.name, keyOf(e.object))
        return
      }
      for (const q of sim.store.list(R.quotas, ns)) sim.reconciler.enqueue(this.name, keyOf(q))
    })
  }

  sync(key: string): void {
    const { sim, server } = this.ctx
    const [ns, name] = splitKey(key)
    const quota = sim.store.get(R.quotas, ns, name)
    if (!quota) return
    const hard: Record<string, string> = { ...(quota.spec?.hard ?? {}) }
    const usage = namespaceUsage(sim.store, ns, Object.keys(hard))
    const used: Record<string, string> = {}
    for (const k of Object.keys(hard)) used[k] = quotaValue(k, usage[k] ?? 0)
    server.writeStatus(R.quotas, quota, (d) => {
      d.status = { hard, used }
    })
  }
}
