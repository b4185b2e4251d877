// The simulated machine behind the console: one cluster, one shell session on its
// control plane, the manifests workspace and the command history. Commands run one at
// a time, in the order they were asked for. Persistence is the store's business; this
// class only says what to save.
import type { ConsoleSaved } from '@shared/api-console'
import { maxConsoleHistory } from '@shared/api-console-limits'
import { createCluster, restoreCluster, type ClusterApi } from '@shared/kubesim/engine'
import { createSession, type EditorHook, type RunResult, type Session, type SessionState } from '@shared/kubesim/session'
import { RealClock } from './real-clock'
import { decodeSnapshot, encodeSnapshot } from './snapshot-codec'
import { Workspace, type WorkspaceListener } from './workspace'

export interface MachineOptions {
  editor?: EditorHook
  /** Told when a command (`>` redirection, `vi`) writes a workspace file. */
  files?: WorkspaceListener
  /** Real time, epoch ms; tests drive it. */
  now?: () => number
  /** Seed of a fresh cluster; random when absent. */
  seed?: () => number
}

export interface MachineState {
  cluster: string
  session: SessionState
  history: string[]
}

const randomSeed = (): number => crypto.getRandomValues(new Uint32Array(1))[0]

function isSessionState(value: unknown): value is SessionState {
  return typeof value === 'object' && value !== null && (value as { version?: unknown }).version === 1
}

export class ConsoleMachine {
  cluster: ClusterApi
  session: Session
  readonly workspace: Workspace
  readonly history: string[]
  readonly clock: RealClock
  /** Set when a saved cluster could not be read back and a fresh one replaced it. */
  readonly restoreError: string | null
  private queue: Promise<unknown> = Promise.resolve()

  private constructor(
    private readonly options: MachineOptions,
    saved: { cluster: ClusterApi | null; session: SessionState | null; history: string[]; files: ConsoleSaved['files']; savedAt: number | null },
    restoreError: string | null
  ) {
    const now = options.now ?? Date.now
    this.clock = new RealClock(now)
    if (saved.savedAt !== null) this.clock.resetTo(saved.savedAt)
    this.workspace = new Workspace(saved.files, options.files)
    this.history = saved.history.slice(-maxConsoleHistory)
    this.cluster = saved.cluster ?? this.freshCluster()
    this.session = this.newSession(saved.cluster ? saved.session : null)
    this.restoreError = restoreError
  }

  /** The machine as it was saved, or a fresh default cluster on a first start. */
  static async open(saved: ConsoleSaved, options: MachineOptions = {}): Promise<ConsoleMachine> {
    let cluster: ClusterApi | null = null
    let error: string | null = null
    if (saved.cluster) {
      try {
        cluster = restoreCluster(await decodeSnapshot(saved.cluster))
      } catch (cause) {
        error = cause instanceof Error ? cause.message : String(cause)
      }
    }
    const session = isSessionState(saved.session) ? saved.session : null
    return new ConsoleMachine(options, { ...saved, cluster, session }, error)
  }

  /** Runs one line (or a pasted block) after every command asked for before it. */
  run(line: string, options: { history?: boolean } = {}): Promise<RunResult> {
    const next = this.queue.then(async () => {
      this.syncClock()
      if (options.history) this.remember(line)
      return this.session.run(line)
    })
    this.queue = next.catch(() => undefined)
    return next
  }

  /** Moves the cluster on by the real time elapsed since the last move; returns the seconds. */
  syncClock(): number {
    const seconds = this.clock.take()
    if (seconds > 0) this.cluster.advance(seconds)
    return seconds
  }

  /**
   * A fresh default cluster (the shell's variables and aliases are kept, the kubeconfig
   * starts over), then `setup` run silently, each with its result.
   */
  reset(setup: readonly string[] = []): Promise<RunResult[]> {
    const next = this.queue.then(async () => {
      const shell = this.session.state().shell
      this.cluster = this.freshCluster()
      const fresh = this.newSession(null).state()
      this.session = this.newSession({ ...fresh, shell })
      this.clock.take()
      const results: RunResult[] = []
      for (const command of setup) results.push(await this.session.run(command))
      return results
    })
    this.queue = next.catch(() => undefined)
    return next
  }

  remember(line: string): void {
    const entry = line.replace(/\n+$/, '')
    if (!entry.trim() || entry.startsWith(' ')) return
    if (this.history[this.history.length - 1] !== entry) this.history.push(entry)
    if (this.history.length > maxConsoleHistory) this.history.splice(0, this.history.length - maxConsoleHistory)
  }

  /** What `console.save` takes: the cluster gzipped, the session, the history. */
  async state(): Promise<MachineState> {
    return {
      cluster: await encodeSnapshot(this.cluster.save()),
      session: this.session.state(),
      history: [...this.history]
    }
  }

  private freshCluster(): ClusterApi {
    const now = this.options.now ?? Date.now
    return createCluster({ startTime: Math.floor(now() / 1000) * 1000, seed: (this.options.seed ?? randomSeed)() })
  }

  private newSession(state: SessionState | null): Session {
    return createSession({
      cluster: this.cluster,
      files: this.workspace,
      editor: this.options.editor,
      ...(state ? { state } : {})
    })
  }
}
