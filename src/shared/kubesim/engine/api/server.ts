// The API server's write path: decode-time defaults, admission, validation, storage.
// Controllers and kubectl both write through it, as they do on a real cluster.
import type { DeleteOptions, KubeObject, ResourceInfo, UserInfo } from '../contract'
import { deleteObject } from './delete'
import type { Sim } from '../runtime/sim'
import { deepClone, deepEqual, isPlainObject } from '../runtime/objects'
import { rfc3339 } from '../runtime/time'
import { validateObjectMeta } from '../validation/meta'
import type { AdmissionPlugin, AdmissionRequest } from './admission'
import { SYSTEM_USER } from './admission'
import { alreadyExists, conflict, invalid, notFound, STALE_OBJECT } from './errors'
import { apiVersionOf } from './resources'
import { strategyFor } from './strategy'
import { objectMeta } from '../runtime/objects'

export interface WriteContext {
  user?: UserInfo
  dryRun?: boolean
  /** The caller hands the object over (a controller's freshly built object): no defensive copy. */
  owned?: boolean
}

/** Everything but metadata and status: what bumps metadata.generation when it changes. */
function specOf(obj: KubeObject): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const k in obj) if (k !== 'metadata' && k !== 'status' && k !== 'apiVersion' && k !== 'kind') out[k] = obj[k]
  return out
}

export class ApiServer {
  readonly admission: AdmissionPlugin[] = []

  constructor(private readonly sim: Sim) {}

  get(info: ResourceInfo, ns: string | undefined, name: string): KubeObject {
    const obj = this.sim.store.get(info, ns, name)
    if (!obj) throw notFound(info, name)
    return obj
  }

  private prepare(info: ResourceInfo, input: KubeObject, owned = false): KubeObject {
    const obj = owned ? input : deepClone(input)
    obj.apiVersion = apiVersionOf(info)
    obj.kind = info.kind
    if (!isPlainObject(obj.metadata)) obj.metadata = objectMeta({})
    if (info.namespaced) obj.metadata.namespace = obj.metadata.namespace || 'default'
    else delete obj.metadata.namespace
    strategyFor(info).defaults?.(obj, this.sim)
    return obj
  }

  private admit(req: AdmissionRequest, phase: 'mutate' | 'validate'): void {
    for (const plugin of this.admission) plugin[phase]?.(req, this.sim)
  }

  create(info: ResourceInfo, input: KubeObject, ctx: WriteContext = {}): KubeObject {
    const sim = this.sim
    const strategy = strategyFor(info)
    const obj = this.prepare(info, input, ctx.owned)
    const meta = obj.metadata
    if (!meta.name && meta.generateName) meta.name = meta.generateName.slice(0, 58) + sim.random.suffix()
    const req: AdmissionRequest = { operation: 'CREATE', info, obj, user: ctx.user ?? SYSTEM_USER, dryRun: !!ctx.dryRun }
    this.admit(req, 'mutate')
    meta.uid = sim.random.uuid()
    meta.creationTimestamp = rfc3339(sim.now)
    delete meta.deletionTimestamp
    delete meta.deletionGracePeriodSeconds
    delete (meta as { resourceVersion?: string }).resourceVersion
    delete meta.managedFields
    if (strategy.generation) meta.generation = 1
    else delete meta.generation
    strategy.prepareForCreate?.(obj, sim)
    const errors = validateObjectMeta(obj, info.namespaced, strategy.name ?? 'subdomain')
    errors.push(...(strategy.validate?.(obj, sim) ?? []))
    if (errors.length) throw invalid(info, meta.name ?? '', errors)
    this.admit(req, 'validate')
    if (sim.store.get(info, meta.namespace, meta.name)) throw alreadyExists(info, meta.name)
    if (ctx.dryRun) return { ...obj, metadata: { ...meta, resourceVersion: '' } }
    meta.resourceVersion = sim.store.nextResourceVersion()
    return sim.store.add(info, obj)
  }

  /** PUT of the whole object. Status is kept from the stored object when it is a subresource. */
  update(info: ResourceInfo, input: KubeObject, ctx: WriteContext = {}): KubeObject {
    const sim = this.sim
    const strategy = strategyFor(info)
    const obj = this.prepare(info, input)
    const meta = obj.metadata
    const old = this.get(info, meta.namespace, meta.name ?? '')
    if (meta.resourceVersion && meta.resourceVersion !== old.metadata.resourceVersion)
      throw conflict(info, meta.name, STALE_OBJECT)
    meta.uid = old.metadata.uid
    meta.creationTimestamp = old.metadata.creationTimestamp
    meta.generateName = old.metadata.generateName
    if (meta.generateName === undefined) delete meta.generateName
    if (old.metadata.deletionTimestamp) {
      meta.deletionTimestamp = old.metadata.deletionTimestamp
      if (old.metadata.deletionGracePeriodSeconds !== undefined)
        meta.deletionGracePeriodSeconds = old.metadata.deletionGracePeriodSeconds
    } else {
      delete meta.deletionTimestamp
      delete meta.deletionGracePeriodSeconds
    }
    delete meta.managedFields
    if (strategy.statusSubresource) {
      if (old.status !== undefined) obj.status = deepClone(old.status)
      else delete obj.status
    }
    if (strategy.generation) {
      const gen = old.metadata.generation ?? 1
      meta.generation = deepEqual(specOf(obj), specOf(old)) ? gen : gen + 1
    } else delete meta.generation
    strategy.prepareForUpdate?.(obj, old, sim)
    const req: AdmissionRequest = { operation: 'UPDATE', info, obj, old, user: ctx.user ?? SYSTEM_USER, dryRun: !!ctx.dryRun }
    this.admit(req, 'mutate')
    const errors = validateObjectMeta(obj, info.namespaced, strategy.name ?? 'subdomain')
    errors.push(...(strategy.validateUpdate?.(obj, old, sim) ?? strategy.validate?.(obj, sim) ?? []))
    if (errors.length) throw invalid(info, meta.name, errors)
    this.admit(req, 'validate')
    if (deepEqual({ ...obj, metadata: { ...meta, resourceVersion: '' } }, { ...old, metadata: { ...old.metadata, resourceVersion: '' } }))
      return old
    if (ctx.dryRun) return { ...obj, metadata: { ...meta, resourceVersion: old.metadata.resourceVersion } }
    meta.resourceVersion = sim.store.nextResourceVersion()
    const stored = sim.store.put(info, obj)
    return this.finishIfReleased(info, stored)
  }

  /**
   * A controller's read-modify-write: `change` edits a mutable copy. With `status`,
   * only the status changes are kept (the status subresource). Returns the stored object,
   * or undefined when the object is gone.
   */
  mutate(info: ResourceInfo, ns: string | undefined, name: string, change: (draft: KubeObject) => void, status = false): KubeObject | undefined {
    const old = this.sim.store.get(info, ns, name)
    if (!old) return undefined
    const draft = deepClone(old)
    change(draft)
    if (deepEqual(draft, old)) return old
    if (status) {
      draft.metadata.resourceVersion = this.sim.store.nextResourceVersion()
      return this.finishIfReleased(info, this.sim.store.put(info, draft))
    }
    return this.update(info, draft)
  }

  /**
   * Stores a new version a controller built by structural sharing from the stored one
   * (only the changed branches are new objects): no copy, no comparison.
   */
  replace(info: ResourceInfo, next: KubeObject): KubeObject {
    next.metadata = { ...next.metadata, resourceVersion: this.sim.store.nextResourceVersion() }
    return this.finishIfReleased(info, this.sim.store.put(info, next))
  }

  /** Fast path for a status write from a controller on an object it already holds. */
  writeStatus(info: ResourceInfo, current: KubeObject, change: (draft: KubeObject) => void): KubeObject {
    return this.mutate(info, current.metadata.namespace, current.metadata.name, change, true) ?? current
  }

  /** An object with a deletionTimestamp and no finalizers left is gone. Pods wait for their kubelet. */
  private finishIfReleased(info: ResourceInfo, obj: KubeObject): KubeObject {
    const meta = obj.metadata
    if (!meta.deletionTimestamp || (meta.finalizers?.length ?? 0) > 0) return obj
    if (info.name === 'pods' && info.group === '' && obj.spec?.nodeName && (meta.deletionGracePeriodSeconds ?? 0) > 0) return obj
    if (info.name === 'namespaces' && (obj.spec?.finalizers?.length ?? 0) > 0) return obj
    this.sim.store.remove(info, obj)
    return obj
  }

  delete(info: ResourceInfo, ns: string | undefined, name: string, options: DeleteOptions = {}): KubeObject {
    return deleteObject(this.sim, this, info, ns, name, options)
  }

  /** Removes an object from storage for good (grace period over, finalizers done). */
  remove(info: ResourceInfo, obj: KubeObject): void {
    this.sim.store.remove(info, obj)
  }
}
