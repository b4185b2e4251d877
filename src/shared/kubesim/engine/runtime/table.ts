// One resource's objects, by namespace and name. Each object lives in a slot that later
// versions reuse, so the store's indexes point at slots and an update re-keys nothing.
import type { KubeObject } from '../contract'

export class Slot {
  constructor(public obj: KubeObject) {}
}

function byteOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

export class Table {
  readonly byNamespace = new Map<string, Map<string, Slot>>()
  /** Sorted names per namespace; only adds and deletes invalidate them. */
  private readonly sortedNames = new Map<string, string[]>()
  private sortedNamespaces: string[] | undefined
  size = 0

  slot(ns: string, name: string): Slot | undefined {
    return this.byNamespace.get(ns)?.get(name)
  }

  get(ns: string, name: string): KubeObject | undefined {
    return this.byNamespace.get(ns)?.get(name)?.obj
  }

  add(ns: string, name: string, obj: KubeObject): Slot {
    let names = this.byNamespace.get(ns)
    if (!names) {
      this.byNamespace.set(ns, (names = new Map()))
      this.sortedNamespaces = undefined
    }
    const slot = new Slot(obj)
    names.set(name, slot)
    this.size++
    this.sortedNames.delete(ns)
    return slot
  }

  /** Adds or replaces in one lookup, for objects no index refers to. */
  put(ns: string, name: string, obj: KubeObject): void {
    let names = this.byNamespace.get(ns)
    if (!names) {
      this.byNamespace.set(ns, (names = new Map()))
      this.sortedNamespaces = undefined
    }
    const before = names.size
    names.set(name, new Slot(obj))
    if (names.size === before) return
    this.size++
    this.sortedNames.delete(ns)
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
    for (const n of sorted) out.push(names.get(n)!.obj)
    return out
  }

  /** Every object, in insertion order per namespace (cheap; for controllers and snapshots). */
  *all(): Iterable<KubeObject> {
    for (const names of this.byNamespace.values()) for (const slot of names.values()) yield slot.obj
  }
}
