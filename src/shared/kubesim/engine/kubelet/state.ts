// The kubelet's runtime record of each pod: what containerd would know (sandbox, IP,
// container runs, restart back-offs). Saved with the cluster.

export interface Terminated {
  exitCode: number
  reason: string
  message?: string
  startedAt: number
  finishedAt: number
  containerID: string
}

export interface ProbeState {
  /** Next evaluation; undefined once the outcome can no longer change during this run. */
  next?: number
  fails: number
  oks: number
}

export interface ContainerRun {
  name: string
  init: boolean
  /** Sidecar (restartable init container). */
  sidecar: boolean
  image: string
  phase: 'pending' | 'pulling' | 'pull-failed' | 'running' | 'exited' | 'start-failed' | 'backoff'
  /** Waiting reason shown while not running. */
  reason?: string
  message?: string
  /** When the current phase ends (pull done, exit, back-off over). */
  until?: number
  pullStarted?: number
  startedAt?: number
  exitCode?: number
  finishedAt?: number
  restartCount: number
  /** Current crash back-off in seconds, doubled on each restart up to 300. */
  backoff: number
  /** Current image-pull back-off in seconds. */
  pullBackoff: number
  last?: Terminated
  containerID?: string
  ready: boolean
  /** Probe schedules and counters of the current run. */
  probes: { readiness?: ProbeState; liveness?: ProbeState }
  /** Extra log lines appended from outside (access logs of requests sent through exec). */
  extraLogs: { at: number; text: string }[]
  /** Logs of the previous run, for `logs --previous`. */
  previousLogs?: { at: number; text: string }[]
  /** Liveness failure scheduled for this run. */
  livenessKillAt?: number
  /** Files written from outside the process (kubectl exec), replayed over the image's. */
  overlay: { at: number; path: string; content: string | null }[]
}

export interface PodRun {
  uid: string
  node: string
  created: number
  sandboxAt: number
  ip?: string
  containers: ContainerRun[]
  /** Deletion seen: containers are being stopped. */
  killing?: { done: number; slow: string[] }
  /** Pod reached a terminal phase. */
  finished?: 'Succeeded' | 'Failed'
  /** Volumes that are not mountable yet (missing ConfigMap, unbound claim): FailedMount. */
  volumeError?: string
  /** Next FailedMount report. */
  mountRetryAt?: number
}
