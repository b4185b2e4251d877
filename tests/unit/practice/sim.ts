// A fresh simulated cluster with a kubectl session, as a learner gets one, and a way to
// play steps on it while keeping a transcript for failure messages.
import { createCluster } from '@shared/kubesim/engine'
import { createSession, type EditorHook, type Session, type SessionFiles } from '@shared/kubesim/session'
import { splitScript } from '@shared/kubesim/shell/script'

export interface Played {
  transcript: string
  /** Commands that exited non-zero, with what they printed. */
  failures: { command: string; exitCode: number; output: string }[]
}

/** The learner's workspace, in memory: relative paths, folders implied by file paths. */
export function workspace(initial: Record<string, string> = {}): SessionFiles {
  const norm = (path: string) => path.replace(/^\.\//, '').replace(/\/+$/, '')
  const files = new Map(Object.entries(initial).map(([path, text]) => [norm(path), text]))
  return {
    readFile: (path) => files.get(norm(path)),
    listDir(path) {
      const prefix = norm(path) === '.' ? '' : `${norm(path)}/`
      const names = [...files.keys()].filter((f) => f.startsWith(prefix)).map((f) => f.slice(prefix.length).split('/')[0])
      return names.length || prefix === '' ? [...new Set(names)] : undefined
    },
    writeFile: (path, text) => void files.set(norm(path), text)
  }
}

export function freshSession(files: Record<string, string> = {}, editor?: EditorHook): Session {
  return createSession({ cluster: createCluster({ seed: 1 }), files: workspace(files), editor })
}

/** Runs a script command by command, as the console would. */
export async function play(session: Session, script: string): Promise<Played> {
  let transcript = ''
  const failures: Played['failures'] = []
  for (const command of splitScript(script)) {
    const result = await session.run(command.source)
    const output = result.stdout + result.stderr
    transcript += `$ ${command.firstLine}\n${output}`
    if (result.exitCode !== 0) failures.push({ command: command.source, exitCode: result.exitCode, output })
  }
  return { transcript, failures }
}
