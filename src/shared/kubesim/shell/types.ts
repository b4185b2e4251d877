export type MaybePromise<T> = T | Promise<T>

/**
 * The files a session may read and write: the real disk relative to the current
 * directory in the headless CLI, the workspace stored in SQLite in the console.
 * Paths are given as the learner typed them (`web.yaml`, `./k8s/`, `/tmp/x.yaml`).
 */
export interface SessionFiles {
  /** The file's text, or undefined when there is no such file. */
  readFile(path: string): MaybePromise<string | undefined>
  /** The names of a folder's entries, or undefined when `path` is not a folder. */
  listDir(path: string): MaybePromise<string[] | undefined>
  writeFile(path: string, content: string): MaybePromise<void>
}

/** What one command line printed, in order, plus the split streams. */
export interface RunResult {
  stdout: string
  stderr: string
  exitCode: number
  /** stdout and stderr chunks in the order they were written (for a terminal). */
  output: { stream: 'stdout' | 'stderr'; text: string }[]
  /** `clear` (or Ctrl+L in the console) asked for the screen to be wiped. */
  clear?: boolean
}

/** What a command (builtin or kubectl) receives and gives back. */
export interface CommandIO {
  stdin: string
}

export interface CommandOutput {
  stdout: string
  stderr: string
  exitCode: number
  clear?: boolean
}

/**
 * Opens an editor on `content` (for `kubectl edit` and `vi file`) and resolves with
 * the saved text, or undefined when the learner quits without saving.
 */
export type EditorHook = (path: string, content: string) => Promise<string | undefined>

export function ok(stdout = ''): CommandOutput {
  return { stdout, stderr: '', exitCode: 0 }
}

export function fail(stderr: string, exitCode = 1, stdout = ''): CommandOutput {
  return { stdout, stderr: stderr.endsWith('\n') || !stderr ? stderr : stderr + '\n', exitCode }
}
