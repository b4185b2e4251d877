// The API server's storage (etcd's role): frozen objects per resource, with the indexes
// controllers need so that no reconcile scans the whole cluster.
import type { KubeObject, ResourceInfo } from '../contract'
import { resourceKey } from '../api/resources'

export type WatchType = 'ADDED' | 'MODIFIED' | 'DELETED'

export interface WatchEvent {
  type: WatchType
  resource: ResourceInfo
  object: KubeObject
  old?: KubeObject
}

export type Watcher = (event: WatchEvent) => void

class Table {
  readonly byNamespace = new Map<string, Map<string, KubeObject>>()
  /** Sorted names per namespace; only adds and deletes invalidate them. */
  private readonly sortedNames = new Map<string, string[]>()
  private sortedNamespaces: string[] | undefined
  size = 0

  get(ns: string, name: string): KubeObject | undefined {
    return this.byNamespace.get(ns)?.get(name)
  }

  set(ns: string, name: string, obj: KubeObject): void {
    let names = this.byNamespace.get(ns)
    if (!names) {
      this.byNamespace.set(ns, (names = new Map()))
      this.sortedNamespaces = undefined
    }
    if (!names.has(name)) {
      this.size++
      this.sortedNames.delete(ns)
    }
    names.set(name, obj)
  }

  delete(ns: string, name: string): void {
    const names = this.byNamespace.get(ns)
    if (!names?.delete(name)) return
    this.size--
    this.sortedNames.delete(ns)
    if (names.size === 0) {
      this.byNamespace.delete(ns)
      this.sortedNamespaces = undefined
    }
  }

  /** As etcd returns a range: ordered by namespace, then name. */
  list(ns: string | undefined, out: KubeObject[] = []): KubeObject[] {
    if (ns === undefined) {
      if (!this.sortedNamespaces) this.sortedNamespaces = [...this.byNamespace.keys()].sort(byteOrder)
      for (const n of this.sortedNamespaces) this.list(n, out)
      return out
    }
    const names = this.byNamespace.get(ns)
    if (!names) return out
    let sorted = this.sortedNames.get(ns)
    if (!sorted) this.sortedNames.set(ns, (sorted = [...names.keys()].sort(byteOrder)))
    for (const n of sorted) out.push(names.get(n)!)
    return out
  }

  /** Every object, in insertion order per namespace (cheap; for controllers and snapshots). */
  *all(): Iterable<KubeObject> {
    for (const names of this.byNamespace.values()) yield* names.values()
  }
}

function byteOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

export class Store {
  private readonly tables = new Map<string, Table>()
  private readonly byUid = new Map<string, KubeObject>()
  private readonly dependents = new Map<string, Set<string>>()
  private readonly podsByNode = new Map<string, Set<string>>()
  /** Pods by namespace, then by `key=value` label pair. */
  private readonly podsByLabel = new Map<string, Map<string, Set<string>>>()
  private readonly watchers: Watcher[] = []
  private readonly watchersByResource = new Map<string, Watcher[]>()
  resourceVersion: number

  constructor(resourceVersion = 1) {
    this.resourceVersion = resourceVersion
  }

  /** Calls `watcher` on every change, or only on changes of `resources` when given. */
  watch(watcher: Watcher, resources?: ResourceInfo[]): void {
    if (!resources) {
      this.watchers.push(watcher)
      return
    }
    for (const r of resources) {
      const key = resourceKey(r)
      const list = this.watchersByResource.get(key)
      if (list) list.push(watcher)
      else this.watchersByResource.set(key, [watcher])
    }
  }

  private table(info: ResourceInfo): Table {
    const key = resourceKey(info)
    let t = this.tables.get(key)
    if (!t) this.tables.set(key, (t = new Table()))
    return t
  }

  get(info: ResourceInfo, ns: string | undefined, name: string): KubeObject | undefined {
    return this.tables.get(resourceKey(info))?.get(info.namespaced ? (ns ?? '') : '', name)
  }

  list(info: ResourceInfo, ns?: string): readonly KubeObject[] {
    return this.tables.get(resourceKey(info))?.list(info.namespaced ? ns : undefined) ?? []
  }

  /** Unordered iteration, cheaper than list() when order does not matter. */
  all(info: ResourceInfo): Iterable<KubeObject> {
    return this.tables.get(resourceKey(info))?.all() ?? []
  }

  /** Whether a namespace holds any object of this resource (cheap; for watch filters). */
  any(info: ResourceInfo, ns: string | undefined): boolean {
    return (this.tables.get(resourceKey(info))?.byNamespace.get(ns ?? '')?.size ?? 0) > 0
  }

  count(info: ResourceInfo): number {
    return this.tables.get(resourceKey(info))?.size ?? 0
  }

  namespacesOf(info: ResourceInfo): string[] {
    return [...(this.tables.get(resourceKey(info))?.byNamespace.keys() ?? [])]
  }

  byUID(uid: string): KubeObject | undefined {
    return this.byUid.get(uid)
  }

  /** Objects whose ownerReferences name this uid. */
  dependentsOf(uid: string): KubeObject[] {
    const uids = this.dependents.get(uid)
    if (!uids) return []
    const out: KubeObject[] = []
    for (const u of uids) {
      const o = this.byUid.get(u)
      if (o) out.push(o)
    }
    return out
  }

  podsOnNode(node: string): KubeObject[] {
    const out: KubeObject[] = []
    const pods = this.tables.get('/pods')
    for (const key of this.podsByNode.get(node) ?? []) {
      const slash = key.indexOf('/')
      const p = pods?.get(key.slice(0, slash), key.slice(slash + 1))
      if (p) out.push(p)
    }
    return out
  }

  /**
   * Names of pods in `ns` carrying every `key=value` pair given (the equality part of a
   * selector); the caller still checks the full selector. Undefined pairs: every pod.
   */
  podNamesWithLabels(ns: string, pairs: Record<string, string>): Iterable<string> {
    const byLabel = this.podsByLabel.get(ns)
    let smallest: Set<string> | undefined
    for (const k in pairs) {
      const set = byLabel?.get(`${k}=${pairs[k]}`)
      if (!set) return []
      if (!smallest || set.size < smallest.size) smallest = set
    }
    if (smallest) return smallest
    const pods = this.tables.get('/pods')?.byNamespace.get(ns)
    return pods ? pods.keys() : []
  }

  nextResourceVersion(): string {
    return String(++this.resourceVersion)
  }

  /**
   * Stores an object already carrying its final resourceVersion. Stored objects are never
   * modified in place (writers build new versions); the API boundary freezes what it hands out.
   */
  put(info: ResourceInfo, obj: KubeObject, silent = false): KubeObject {
    const ns = info.namespaced ? (obj.metadata.namespace ?? '') : ''
    const table = this.table(info)
    const old = table.get(ns, obj.metadata.name)
    table.set(ns, obj.metadata.name, obj)
    if (old) this.reindex(info, old, obj)
    else this.index(info, obj)
    if (!silent) this.emit({ type: old ? 'MODIFIED' : 'ADDED', resource: info, object: obj, old })
    return obj
  }

  remove(info: ResourceInfo, obj: KubeObject): void {
    const ns = info.namespaced ? (obj.metadata.namespace ?? '') : ''
    const table = this.tables.get(resourceKey(info))
    const current = table?.get(ns, obj.metadata.name)
    if (!table || !current) return
    table.delete(ns, obj.metadata.name)
    this.unindex(info, current)
    this.emit({ type: 'DELETED', resource: info, object: current })
  }

  private emit(event: WatchEvent): void {
    for (const w of this.watchers) w(event)
    const specific = this.watchersByResource.get(resourceKey(event.resource))
    if (specific) for (const w of specific) w(event)
  }

  /** An update: only the indexes whose inputs changed are touched. */
  private reindex(info: ResourceInfo, old: KubeObject, obj: KubeObject): void {
    const sameOwners = old.metadata.ownerReferences === obj.metadata.ownerReferences
    const samePodKeys = info.name !== 'pods' || info.group !== '' || (old.metadata.labels === obj.metadata.labels && old.spec?.nodeName === obj.spec?.nodeName)
    if (old.metadata.uid === obj.metadata.uid && sameOwners && samePodKeys) {
      if (info.name !== 'events') this.byUid.set(obj.metadata.uid, obj)
      return
    }
    this.unindex(info, old)
    this.index(info, obj)
  }

  private index(info: ResourceInfo, obj: KubeObject): void {
    // Events are never owners nor looked up by uid: leaving them out keeps the map small.
    if (info.name === 'events') return
    const uid = obj.metadata.uid
    this.byUid.set(uid, obj)
    for (const ref of obj.metadata.ownerReferences ?? []) {
      let set = this.dependents.get(ref.uid)
      if (!set) this.dependents.set(ref.uid, (set = new Set()))
      set.add(uid)
    }
    if (info.name === 'pods' && info.group === '') {
      if (obj.spec?.nodeName) {
        let set = this.podsByNode.get(obj.spec.nodeName)
        if (!set) this.podsByNode.set(obj.spec.nodeName, (set = new Set()))
        set.add(`${obj.metadata.namespace ?? ''}/${obj.metadata.name}`)
      }
      const ns = obj.metadata.namespace ?? ''
      let byLabel = this.podsByLabel.get(ns)
      if (!byLabel) this.podsByLabel.set(ns, (byLabel = new Map()))
      for (const k in obj.metadata.labels ?? {}) {
        const pair = `${k}=${obj.metadata.labels![k]}`
        let set = byLabel.get(pair)
        if (!set) byLabel.set(pair, (set = new Set()))
        set.add(obj.metadata.name)
      }
    }
  }

  private unindex(info: ResourceInfo, obj: KubeObject): void {
    if (info.name === 'events') return
    const uid = obj.metadata.uid
    this.byUid.delete(uid)
    for (const ref of obj.metadata.ownerReferences ?? []) {
      const set = this.dependents.get(ref.uid)
      set?.delete(uid)
      if (set && set.size === 0) this.dependents.delete(ref.uid)
    }
    if (info.name === 'pods' && info.group === '') {
      if (obj.spec?.nodeName) {
        const set = this.podsByNode.get(obj.spec.nodeName)
        set?.delete(`${obj.metadata.namespace ?? ''}/${obj.metadata.name}`)
        if (set && set.size === 0) this.podsByNode.delete(obj.spec.nodeName)
      }
      const byLabel = this.podsByLabel.get(obj.metadata.namespace ?? '')
      for (const k in obj.metadata.labels ?? {}) {
        const pair = `${k}=${obj.metadata.labels![k]}`
        const set = byLabel?.get(pair)
        set?.delete(obj.metadata.name)
        if (set && set.size === 0) byLabel!.delete(pair)
      }
    }
  }

  /** Resource keys with at least one object, for snapshots. */
  tableKeys(): string[] {
    return [...this.tables.keys()].filter((k) => (this.tables.get(k)?.size ?? 0) > 0)
  }

  allByKey(key: string): Iterable<KubeObject> {
    return this.tables.get(key)?.all() ?? []
  }
}
