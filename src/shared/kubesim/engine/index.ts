// The simulated kubeadm cluster. createCluster() starts a fresh default cluster;
// restoreCluster() resumes one saved with save().
import type { ClusterApi } from './contract'
import { badRequest } from './api/errors'
import { bootstrapCluster, setupSeconds } from './bootstrap/cluster'
import { isPlainObject } from './runtime/objects'
import { Random } from './runtime/random'
import { Sim, type ClusterConfig } from './runtime/sim'
import { Store } from './runtime/store'
import { DAY, SECOND } from './runtime/time'
import { loadObjects, type Snapshot } from './snapshot'
import { assemble } from './wiring'

export interface ClusterOptions {
  /** Seed of every random choice (names, addresses, timings). */
  seed?: number
  /** The simulation's start instant (epoch ms); the cluster's setup ended 10 days earlier. */
  startTime?: number
  /** Worker nodes (node01, node02, …); 2 by default. */
  workers?: number
  /** Pod network; one /24 per node is taken from it. */
  clusterCidr?: string
}

export const DEFAULT_SEED = 20240913
/** Monday 3 March 2025, 09:00 UTC. */
export const DEFAULT_START = Date.UTC(2025, 2, 3, 9, 0, 0)

export function createCluster(options: ClusterOptions = {}): ClusterApi {
  const start = options.startTime ?? DEFAULT_START
  const workers = options.workers ?? 2
  const config: ClusterConfig = {
    createdAt: start - 10 * DAY - setupSeconds(workers) * SECOND,
    clusterCidr: options.clusterCidr ?? '10.244.0.0/16',
    serviceCidr: '10.96.0.0/12',
    version: 'v1.31.0'
  }
  const sim = new Sim(config, config.createdAt, new Random(options.seed ?? DEFAULT_SEED), new Store(1))
  const { cluster, ctx, heartbeats } = assemble(sim)
  bootstrapCluster(ctx, { workers, advance: (s) => cluster.advance(s) })
  cluster.advance((start - sim.now) / 1000)
  heartbeats.start()
  sim.reconciler.drain()
  return cluster
}

export function restoreCluster(json: unknown): ClusterApi {
  if (!isPlainObject(json) || json.version !== 1) throw badRequest('unsupported cluster snapshot: expected { version: 1, … }')
  const snapshot = json as unknown as Snapshot
  const sim = new Sim(snapshot.config, snapshot.now, new Random(snapshot.random), new Store(snapshot.resourceVersion))
  loadObjects(sim, snapshot)
  const { cluster, events, heartbeats } = assemble(sim)
  sim.reconciler.restore(snapshot.timers)
  for (const part of sim.stateful) if (snapshot.state[part.stateKey] !== undefined) part.restoreState(snapshot.state[part.stateKey])
  events.reindex()
  heartbeats.start()
  sim.reconciler.drain()
  return cluster
}

export type { ClusterApi } from './contract'
