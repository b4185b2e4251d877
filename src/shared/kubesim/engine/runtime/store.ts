// The API server's storage (etcd's role): frozen objects per resource, with the indexes
// controllers need so that no reconcile scans the whole cluster.
import type { KubeObject, ResourceInfo } from '../contract'
import { resourceKey } from '../api/resources'
import { Slot, Table } from './table'

export type WatchType = 'ADDED' | 'MODIFIED' | 'DELETED'

export interface WatchEvent {
  type: WatchType
  resource: ResourceInfo
  object: KubeObject
  old?: KubeObject
}

export type Watcher = (event: WatchEvent) => void

const NO_WATCHERS: Watcher[] = []

function isPods(info: ResourceInfo): boolean {
  return info.name === 'pods' && info.group === ''
}

export class Store {
  private readonly tables = new Map<string, Table>()
  /** Tables by resource handle, so a lookup builds no key string. */
  private tableByInfo = new WeakMap<ResourceInfo, Table | null>()
  // Indexes hold slots: an update that keeps an object's uid, owners, labels and node
  // touches none of them. Set order is part of behaviour (it is the order controllers walk
  // dependents and pods in), so a re-keyed object moves to the end, as it always has.
  private readonly byUid = new Map<string, Slot>()
  private readonly dependents = new Map<string, Set<Slot>>()
  private readonly podsByNode = new Map<string, Set<Slot>>()
  /** Pods by namespace, then by label key, then by label value. */
  private readonly podsByLabel = new Map<string, Map<string, Map<string, Set<Slot>>>>()
  private readonly watchers: Watcher[] = []
  private readonly watchersByResource = new Map<string, Watcher[]>()
  private readonly watchersByInfo = new WeakMap<ResourceInfo, Watcher[]>()
  resourceVersion: number
  /**
   * Bumped by every write and removal: a caller that read an object and sees the same count
   * later knows a second read would return the same thing, and saves a lookup in a big table.
   */
  changes = 0

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

  private tableOf(info: ResourceInfo): Table | undefined {
    let t = this.tableByInfo.get(info)
    if (t === undefined) {
      t = this.tables.get(resourceKey(info)) ?? null
      this.tableByInfo.set(info, t)
    }
    return t ?? undefined
  }

  private table(info: ResourceInfo): Table {
    let t = this.tableOf(info)
    if (!t) {
      this.tables.set(resourceKey(info), (t = new Table()))
      // Handles remembered as having no table are forgotten (tables are created a few dozen times at most).
      this.tableByInfo = new WeakMap([[info, t]])
    }
    return t
  }

  get(info: ResourceInfo, ns: string | undefined, name: string): KubeObject | undefined {
    return this.tableOf(info)?.get(info.namespaced ? (ns ?? '') : '', name)
  }

  list(info: ResourceInfo, ns?: string): readonly KubeObject[] {
    return this.tableOf(info)?.list(info.namespaced ? ns : undefined) ?? []
  }

  /** Unordered iteration, cheaper than list() when order does not matter. */
  all(info: ResourceInfo): Iterable<KubeObject> {
    return this.tableOf(info)?.all() ?? []
  }

  /** Whether a namespace holds any object of this resource (cheap; for watch filters). */
  any(info: ResourceInfo, ns: string | undefined): boolean {
    return (this.tableOf(info)?.byNamespace.get(ns ?? '')?.size ?? 0) > 0
  }

  count(info: ResourceInfo): number {
    return this.tableOf(info)?.size ?? 0
  }

  namespacesOf(info: ResourceInfo): string[] {
    return [...(this.tableOf(info)?.byNamespace.keys() ?? [])]
  }

  byUID(uid: string): KubeObject | undefined {
    return this.byUid.get(uid)?.obj
  }

  /** Objects whose ownerReferences name this uid. */
  dependentsOf(uid: string): KubeObject[] {
    const slots = this.dependents.get(uid)
    if (!slots) return []
    const out: KubeObject[] = []
    for (const s of slots) out.push(s.obj)
    return out
  }

  podsOnNode(node: string): KubeObject[] {
    const out: KubeObject[] = []
    for (const s of this.podsByNode.get(node) ?? []) out.push(s.obj)
    return out
  }

  /**
   * Pods in `ns` carrying every `key=value` pair given (the equality part of a selector);
   * the caller still checks the full selector. No pairs: every pod of the namespace.
   */
  *podsWithLabels(ns: string, pairs: Record<string, string>): Iterable<KubeObject> {
    const byLabel = this.podsByLabel.get(ns)
    let smallest: Set<Slot> | undefined
    let any = false
    for (const k in pairs) {
      any = true
      const set = byLabel?.get(k)?.get(pairs[k])
      if (!set) return
      if (!smallest || set.size < smallest.size) smallest = set
    }
    if (any) {
      for (const s of smallest!) yield s.obj
      return
    }
    const pods = this.tables.get('/pods')?.byNamespace.get(ns)
    if (pods) for (const s of pods.values()) yield s.obj
  }

  nextResourceVersion(): string {
    return String(++this.resourceVersion)
  }

  /**
   * Stores an object already carrying its final resourceVersion. Stored objects are never
   * modified in place (writers build new versions); the API boundary freezes what it hands out.
   */
  put(info: ResourceInfo, obj: KubeObject, silent = false): KubeObject {
    return this.write(info, obj, silent, false)
  }

  /** Stores an object the caller has just checked is not there (a create): one lookup fewer. */
  add(info: ResourceInfo, obj: KubeObject): KubeObject {
    return this.write(info, obj, false, true)
  }

  private write(info: ResourceInfo, obj: KubeObject, silent: boolean, absent: boolean): KubeObject {
    this.changes++
    const ns = info.namespaced ? (obj.metadata.namespace ?? '') : ''
    const table = this.table(info)
    if (silent && info.name === 'events') {
      // The recorder's writes: nobody watches them and no index holds events.
      table.put(ns, obj.metadata.name, obj)
      return obj
    }
    const slot = absent ? undefined : table.slot(ns, obj.metadata.name)
    let old: KubeObject | undefined
    if (slot) {
      old = slot.obj
      slot.obj = obj
      this.reindex(info, slot, old, obj)
    } else this.index(info, table.add(ns, obj.metadata.name, obj), obj)
    if (!silent) this.emit({ type: old ? 'MODIFIED' : 'ADDED', resource: info, object: obj, old })
    return obj
  }

  remove(info: ResourceInfo, obj: KubeObject): void {
    const ns = info.namespaced ? (obj.metadata.namespace ?? '') : ''
    const table = this.tableOf(info)
    const slot = table?.slot(ns, obj.metadata.name)
    if (!table || !slot) return
    this.changes++
    const current = slot.obj
    table.delete(ns, obj.metadata.name)
    this.unindex(info, slot, current)
    this.emit({ type: 'DELETED', resource: info, object: current })
  }

  private emit(event: WatchEvent): void {
    for (const w of this.watchers) w(event)
    let specific = this.watchersByInfo.get(event.resource)
    if (specific === undefined) {
      specific = this.watchersByResource.get(resourceKey(event.resource)) ?? NO_WATCHERS
      this.watchersByInfo.set(event.resource, specific)
    }
    for (const w of specific) w(event)
  }

  /** An update: nothing to do unless an input of the indexes changed. */
  private reindex(info: ResourceInfo, slot: Slot, old: KubeObject, obj: KubeObject): void {
    if (info.name === 'events') return
    const sameUid = old.metadata.uid === obj.metadata.uid
    const sameOwners = old.metadata.ownerReferences === obj.metadata.ownerReferences
    const samePodKeys = !isPods(info) || (old.metadata.labels === obj.metadata.labels && old.spec?.nodeName === obj.spec?.nodeName)
    if (sameUid && sameOwners && samePodKeys) return
    this.unindex(info, slot, old, sameUid)
    this.index(info, slot, obj, sameUid)
  }

  private index(info: ResourceInfo, slot: Slot, obj: KubeObject, keepUid = false): void {
    // Events are never owners nor looked up by uid: leaving them out keeps the maps small.
    if (info.name === 'events') return
    if (!keepUid) this.byUid.set(obj.metadata.uid, slot)
    for (const ref of obj.metadata.ownerReferences ?? []) {
      let set = this.dependents.get(ref.uid)
      if (!set) this.dependents.set(ref.uid, (set = new Set()))
      set.add(slot)
    }
    if (!isPods(info)) return
    const node = obj.spec?.nodeName
    if (node) {
      let set = this.podsByNode.get(node)
      if (!set) this.podsByNode.set(node, (set = new Set()))
      set.add(slot)
    }
    const ns = obj.metadata.namespace ?? ''
    let byLabel = this.podsByLabel.get(ns)
    if (!byLabel) this.podsByLabel.set(ns, (byLabel = new Map()))
    const labels = obj.metadata.labels
    for (const k in labels) {
      let byValue = byLabel.get(k)
      if (!byValue) byLabel.set(k, (byValue = new Map()))
      let set = byValue.get(labels[k])
      if (!set) byValue.set(labels[k], (set = new Set()))
      set.add(slot)
    }
  }

  private unindex(info: ResourceInfo, slot: Slot, obj: KubeObject, keepUid = false): void {
    if (info.name === 'events') return
    if (!keepUid) this.byUid.delete(obj.metadata.uid)
    for (const ref of obj.metadata.ownerReferences ?? []) {
      const set = this.dependents.get(ref.uid)
      set?.delete(slot)
      if (set && set.size === 0) this.dependents.delete(ref.uid)
    }
    if (!isPods(info)) return
    const node = obj.spec?.nodeName
    if (node) {
      const set = this.podsByNode.get(node)
      set?.delete(slot)
      if (set && set.size === 0) this.podsByNode.delete(node)
    }
    const byLabel = this.podsByLabel.get(obj.metadata.namespace ?? '')
    const labels = obj.metadata.labels
    for (const k in labels) {
      const byValue = byLabel?.get(k)
      const set = byValue?.get(labels[k])
      set?.delete(slot)
      if (set && set.size === 0) {
        byValue!.delete(labels[k])
        if (byValue!.size === 0) byLabel!.delete(k)
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
