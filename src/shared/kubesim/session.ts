import type { ClusterApi } from './engine/contract'
import { runKubectl } from './kubectl'
import { completeLine, type Completion } from './kubectl/completion'
import { defaultKubeconfig, type Kubeconfig } from './kubectl/kubeconfig'
import { BUILTIN_NAMES } from './shell/builtins'
import { kubesimCommand } from './shell/programs/kubesim'
import { defaultShellState, runShell, type ShellState } from './shell/run'
import { splitScript } from './shell/script'
import type { EditorHook, RunResult, SessionFiles } from './shell/types'

export type { EditorHook, RunResult, SessionFiles } from './shell/types'
export type { Completion, CompletionEnv } from './kubectl/completion'
export { completeLine } from './kubectl/completion'

/** What a session keeps between commands besides the cluster: kubeconfig, shell variables and aliases. */
export interface SessionState {
  version: 1
  kubeconfig: Kubeconfig
  shell: ShellState
}

export interface SessionOptions {
  cluster: ClusterApi
  files: SessionFiles
  /** Opens an editor for `kubectl edit` and `vi FILE`; without it those commands are unavailable. */
  editor?: EditorHook
  /** A state saved earlier with `session.state()`. */
  state?: SessionState
}

export interface Session {
  readonly cluster: ClusterApi
  /** Runs one command line (heredoc bodies and several commands allowed) and returns what it printed. */
  run(commandLine: string, stdin?: string): Promise<RunResult>
  /** A JSON-safe copy of the session state, for `createSession({ state })`. */
  state(): SessionState
  /** Tab completion of the word before `cursor` (default: end of line); changes nothing. */
  complete(line: string, cursor?: number): Completion
}

/** The API server address kubeadm writes into admin.conf: the control plane's InternalIP on :6443. */
function serverAddress(cluster: ClusterApi): string {
  try {
    const node = cluster.get('nodes', undefined, 'controlplane')
    const ip = (node.status?.addresses ?? []).find((a: { type: string }) => a.type === 'InternalIP')?.address
    if (ip) return `https://${ip}:6443`
  } catch {
    // a cluster without a node called controlplane still gets a kubeconfig
  }
  return 'https://controlplane:6443'
}

export function createSession(options: SessionOptions): Session {
  const { cluster, files, editor } = options
  const saved = options.state ? (JSON.parse(JSON.stringify(options.state)) as SessionState) : undefined
  const kubeconfig = saved?.kubeconfig ?? defaultKubeconfig(serverAddress(cluster))
  const shell = saved?.shell ?? defaultShellState()
  const kubectl = (argv: string[], io: { stdin: string }) => runKubectl(argv, io.stdin, { cluster, config: kubeconfig, files, editor })
  return {
    cluster,
    async run(commandLine, stdin = '') {
      return runShell(
        commandLine,
        {
          state: shell,
          files,
          editor,
          advanceClock: (s) => cluster.advance(s),
          programs: { kubectl, kubesim: async (argv) => kubesimCommand(cluster, argv) }
        },
        stdin
      )
    },
    state() {
      return JSON.parse(JSON.stringify({ version: 1, kubeconfig, shell })) as SessionState
    },
    complete(line, cursor = line.length) {
      return completeLine(line, cursor, { cluster, kubeconfig, aliases: shell.aliases, programs: BUILTIN_NAMES })
    }
  }
}

/**
 * The headless CLI's contract: each command of `script` is echoed as `$ <first line>`,
 * then what it printed (stdout, then stderr). Blank and `#` lines are skipped.
 */
export async function runTranscript(session: Session, script: string): Promise<string> {
  let out = ''
  for (const cmd of splitScript(script)) {
    out += `$ ${cmd.firstLine}\n`
    const r = await session.run(cmd.source)
    out += r.stdout + r.stderr
  }
  return out
}
