// The shared state every part of the simulated cluster works on: clock, PRNG, store,
// queues, and the cluster's fixed configuration.
import type { JsonValue } from '../contract'
import { Random } from './random'
import { Reconciler } from './reconciler'
import { Store } from './store'

export interface ClusterConfig {
  /** When `kubeadm init` ran (epoch ms); the setup ends minutes later, 10 days before the start. */
  createdAt: number
  clusterCidr: string
  serviceCidr: string
  version: string
}

/** A part of the simulation with private state that must survive save/restore. */
export interface Stateful {
  readonly stateKey: string
  saveState(): JsonValue
  restoreState(state: JsonValue): void
}

export class Sim {
  now: number
  readonly random: Random
  readonly store: Store
  readonly reconciler = new Reconciler()
  readonly stateful: Stateful[] = []

  constructor(
    readonly config: ClusterConfig,
    now: number,
    random: Random,
    store: Store
  ) {
    this.now = now
    this.random = random
    this.store = store
  }

  addStateful(part: Stateful): void {
    this.stateful.push(part)
  }
}
