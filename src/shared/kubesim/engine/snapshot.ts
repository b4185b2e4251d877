// save() / restoreCluster(): the whole simulation as versioned JSON — objects in store
// order, the PRNG state, the clock, pending timers and each controller's private state.
import type { JsonValue, KubeObject } from './contract'
import { resourceByKey } from './api/resources'
import type { Timer } from './runtime/reconciler'
import type { RandomState } from './runtime/random'
import type { ClusterConfig, Sim } from './runtime/sim'

export interface Snapshot {
  version: 1
  config: ClusterConfig
  now: number
  random: RandomState
  resourceVersion: number
  objects: Record<string, KubeObject[]>
  timers: { seq: number; timers: Timer[] }
  state: Record<string, JsonValue>
}

export function saveSim(sim: Sim): JsonValue {
  const objects: Record<string, KubeObject[]> = {}
  for (const key of sim.store.tableKeys()) objects[key] = [...sim.store.allByKey(key)]
  const state: Record<string, JsonValue> = {}
  for (const part of sim.stateful) state[part.stateKey] = part.saveState()
  const snapshot: Snapshot = {
    version: 1,
    config: sim.config,
    now: sim.now,
    random: sim.random.state(),
    resourceVersion: sim.store.resourceVersion,
    objects,
    timers: sim.reconciler.snapshot(),
    state
  }
  return JSON.parse(JSON.stringify(snapshot)) as JsonValue
}

/** Loads objects into a fresh simulation without notifying controllers (their caches rebuild after). */
export function loadObjects(sim: Sim, snapshot: Snapshot): void {
  sim.store.resourceVersion = snapshot.resourceVersion
  for (const [key, list] of Object.entries(snapshot.objects)) {
    const info = resourceByKey(key)
    if (!info) continue
    for (const obj of list) sim.store.put(info, obj, true)
  }
}
