// ClusterApi: what kubectl talks to. Every verb resolves the resource, authorises the
// user, goes through the API server, then lets controllers settle at the current instant.
import type {
  ClusterApi,
  DeleteOptions,
  ExecResult,
  FieldDoc,
  JsonValue,
  KubeObject,
  ListOptions,
  LogOptions,
  NodeMetrics,
  PatchType,
  PodMetrics,
  ResourceInfo,
  ResourceRef,
  UserInfo,
  WriteOptions
} from './contract'
import { ApiException } from './contract'
import { deleteObject } from './api/delete'
import { badRequest, forbidden, internalError, notFound, serverNotFound } from './api/errors'
import { applyPatch } from './api/patch'
import { RESOURCES, resolveResource, resourceForKind } from './api/resources'
import { compileFieldSelector, matches, parseLabelSelector } from './api/selectors'
import type { ApiServer } from './api/server'
import { ADMIN, authorize, forbiddenMessage, requestFor } from './auth/rbac'
import { deepClone, deepFreeze, isPlainObject } from './runtime/objects'
import type { Sim } from './runtime/sim'
import { decodeObject } from './schema/decode'
import { explainField } from './schema/explain'
import { saveSim } from './snapshot'
import { objectMeta } from './runtime/objects'

/** What the cluster's simulated machines answer (kubelets, metrics-server, node failures). */
export interface NodeServices {
  logs(namespace: string, pod: KubeObject, options: LogOptions): string
  exec(pod: KubeObject, container: string | undefined, argv: string[]): ExecResult
  podMetrics(namespace: string | undefined): PodMetrics[]
  nodeMetrics(): NodeMetrics[]
  evict(namespace: string, name: string, user: UserInfo, dryRun: boolean): void
  failNode(name: string): void
  recoverNode(name: string): void
}

function freezeTop(obj: KubeObject): void {
  if (Object.isFrozen(obj)) return
  deepFreeze(obj.metadata)
  Object.freeze(obj)
}

export class SimCluster implements ClusterApi {
  constructor(
    readonly sim: Sim,
    private readonly server: ApiServer,
    private readonly nodes: NodeServices
  ) {}

  now(): number {
    return this.sim.now
  }

  advance(seconds: number): void {
    if (!Number.isFinite(seconds) || seconds <= 0) return
    const sim = this.sim
    const target = sim.now + seconds * 1000
    this.settle(() => undefined)
    for (let t = sim.reconciler.nextTimer(); t !== undefined && t <= target; t = sim.reconciler.nextTimer()) {
      sim.now = Math.max(sim.now, t)
      sim.reconciler.fireDue(sim.now)
      sim.reconciler.drain()
    }
    sim.now = target
  }

  resources(): ResourceInfo[] {
    return RESOURCES.map((r) => ({ ...r, shortNames: [...r.shortNames], verbs: [...r.verbs], categories: r.categories && [...r.categories] }))
  }

  resolveResource(name: string): ResourceInfo | undefined {
    return resolveResource(name)
  }

  explain(resource: ResourceInfo, fieldPath: string[]): FieldDoc | undefined {
    return explainField(resource, fieldPath)
  }

  private info(ref: ResourceRef): ResourceInfo {
    const info = typeof ref === 'string' ? resolveResource(ref) : resolveResource(`${ref.name}.${ref.version}.${ref.group}`) ?? resolveResource(ref.name)
    if (!info) throw serverNotFound()
    return info
  }

  private authorize(user: UserInfo | undefined, verb: string, info: ResourceInfo, ns: string | undefined, name?: string, subresource?: string): void {
    const who = user ?? ADMIN
    const req = requestFor(verb, info, ns, name, subresource)
    if (!authorize(this.sim.store, who, req).allowed) throw forbidden(info, name ?? '', forbiddenMessage(who, req))
  }

  /** Runs one API call, then lets every controller react at the current instant; freezes what it returns. */
  private settle<T>(call: () => T): T {
    try {
      const result = call()
      this.sim.reconciler.drain()
      // One object is frozen through; a list only at its top and metadata (freezing 150,000 pods
      // through would cost seconds).
      if (Array.isArray(result)) for (const item of result) freezeTop(item)
      else deepFreeze(result)
      return result
    } catch (e) {
      if (e instanceof ApiException) {
        this.sim.reconciler.drain()
        throw e
      }
      throw internalError(e instanceof Error ? e.message : String(e))
    }
  }

  get(ref: ResourceRef, namespace: string | undefined, name: string, user?: UserInfo): KubeObject {
    return this.settle(() => {
      const info = this.info(ref)
      if (!info.verbs.includes('get')) throw serverNotFound()
      this.authorize(user, 'get', info, namespace ?? 'default', name)
      const obj = this.sim.store.get(info, info.namespaced ? (namespace ?? 'default') : undefined, name)
      if (!obj) throw notFound(info, name)
      return obj
    })
  }

  list(ref: ResourceRef, namespace: string | undefined, options: ListOptions = {}, user?: UserInfo): KubeObject[] {
    return this.settle(() => {
      const info = this.info(ref)
      if (!info.verbs.includes('list')) throw serverNotFound()
      this.authorize(user, 'list', info, namespace)
      let items = this.sim.store.list(info, info.namespaced ? namespace : undefined) as KubeObject[]
      if (options.labelSelector) {
        const sel = parseLabelSelector(options.labelSelector)
        items = items.filter((o) => matches(sel, o.metadata.labels))
      }
      if (options.fieldSelector) items = items.filter(compileFieldSelector(info.kind, options.fieldSelector))
      return items
    })
  }

  private decode(object: unknown): { info: ResourceInfo; obj: KubeObject } {
    if (!isPlainObject(object)) throw badRequest('Object \'Kind\' is missing in \'' + JSON.stringify(object ?? null) + '\'')
    const kind = object.kind
    const apiVersion = object.apiVersion
    if (typeof kind !== 'string' || !kind) throw badRequest(`Object 'Kind' is missing in '${JSON.stringify(object)}'`)
    if (typeof apiVersion !== 'string' || !apiVersion) throw badRequest(`Object 'apiVersion' is missing in '${JSON.stringify(object)}'`)
    const info = resourceForKind(apiVersion, kind)
    if (!info || !info.verbs.includes('create')) throw badRequest(`no kind "${kind}" is registered for version "${apiVersion}" in scheme "pkg/api/legacyscheme/scheme.go:30"`)
    return { info, obj: decodeObject(info, object) }
  }

  create(object: unknown, options: WriteOptions = {}): KubeObject {
    return this.settle(() => {
      const { info, obj } = this.decode(object)
      const ns = info.namespaced ? (obj.metadata?.namespace || 'default') : undefined
      this.authorize(options.user, 'create', info, ns)
      return this.server.create(info, obj, { user: options.user ?? ADMIN, dryRun: options.dryRun })
    })
  }

  update(object: unknown, options: WriteOptions = {}): KubeObject {
    return this.settle(() => {
      const { info, obj } = this.decode(object)
      const ns = info.namespaced ? (obj.metadata?.namespace || 'default') : undefined
      this.authorize(options.user, 'update', info, ns, obj.metadata?.name)
      if (!obj.metadata?.name) throw badRequest('name is required')
      return this.server.update(info, obj, { user: options.user ?? ADMIN, dryRun: options.dryRun })
    })
  }

  patch(ref: ResourceRef, namespace: string | undefined, name: string, patch: unknown, type: PatchType, options: WriteOptions = {}): KubeObject {
    return this.settle(() => {
      const info = this.info(ref)
      const ns = info.namespaced ? (namespace ?? 'default') : undefined
      this.authorize(options.user, 'patch', info, ns, name)
      const current = this.sim.store.get(info, ns, name)
      if (!current) throw notFound(info, name)
      const patched = applyPatch(deepClone(current), patch, type)
      if (!isPlainObject(patched)) throw badRequest('the patched object is not a JSON object')
      if (type === 'strategic' && patched.status !== undefined && current.status !== undefined) patched.status = current.status
      const obj = decodeObject(info, { ...patched, apiVersion: current.apiVersion, kind: current.kind })
      const meta = objectMeta(obj.metadata ?? {})
      if (meta.name !== name) throw badRequest(`the name of the object (${String(meta.name)}) does not match the name on the URL (${name})`)
      meta.resourceVersion = isPlainObject(patch) && isPlainObject(patch.metadata) && typeof patch.metadata.resourceVersion === 'string' ? patch.metadata.resourceVersion : ''
      return this.server.update(info, obj, { user: options.user ?? ADMIN, dryRun: options.dryRun })
    })
  }

  delete(ref: ResourceRef, namespace: string | undefined, name: string, options: DeleteOptions = {}): KubeObject {
    return this.settle(() => {
      const info = this.info(ref)
      if (!info.verbs.includes('delete')) throw serverNotFound()
      const ns = info.namespaced ? (namespace ?? 'default') : undefined
      this.authorize(options.user, 'delete', info, ns, name)
      return deleteObject(this.sim, this.server, info, ns, name, options)
    })
  }

  evict(namespace: string, podName: string, options: WriteOptions = {}): void {
    this.settle(() => {
      const pods = this.info('pods')
      this.authorize(options.user, 'create', pods, namespace, podName, 'eviction')
      this.nodes.evict(namespace, podName, options.user ?? ADMIN, !!options.dryRun)
    })
  }

  private pod(namespace: string, name: string): KubeObject {
    const pods = this.info('pods')
    const pod = this.sim.store.get(pods, namespace, name)
    if (!pod) throw notFound(pods, name)
    return pod
  }

  logs(namespace: string, podName: string, options: LogOptions = {}): string {
    return this.settle(() => this.nodes.logs(namespace, this.pod(namespace, podName), options))
  }

  exec(namespace: string, podName: string, container: string | undefined, argv: string[]): ExecResult {
    return this.settle(() => this.nodes.exec(this.pod(namespace, podName), container, argv))
  }

  podMetrics(namespace: string | undefined): PodMetrics[] {
    return this.settle(() => this.nodes.podMetrics(namespace))
  }

  nodeMetrics(): NodeMetrics[] {
    return this.settle(() => this.nodes.nodeMetrics())
  }

  canI(user: UserInfo, verb: string, resource: ResourceInfo | undefined, namespace: string | undefined, name?: string, subresource?: string): { allowed: boolean; reason?: string } {
    const req = resource
      ? requestFor(verb, resource, namespace, name, subresource)
      : { verb, group: '', resource: '*', namespace, name, subresource }
    const decision = authorize(this.sim.store, user, req)
    return decision.reason ? decision : { allowed: decision.allowed }
  }

  failNode(name: string): void {
    this.settle(() => this.nodes.failNode(name))
  }

  recoverNode(name: string): void {
    this.settle(() => this.nodes.recoverNode(name))
  }

  save(): JsonValue {
    return saveSim(this.sim)
  }
}
