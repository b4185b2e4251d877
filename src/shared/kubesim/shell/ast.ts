// The small subset of bash a learner types around kubectl: words with quotes and
// `$VAR` / `$(…)` expansion, pipes, `&&` / `||` / `;`, redirections and heredocs.

export type WordPart =
  | { kind: 'text'; text: string; quoted: boolean }
  | { kind: 'var'; name: string; quoted: boolean }
  | { kind: 'subst'; source: string; quoted: boolean }

export type Word = WordPart[]

export interface Redirect {
  /** `>` and `>>` write stdout (fd 1) or stderr (fd 2); `<` reads a file; `2>&1` merges. */
  op: '>' | '>>' | '<' | '>&'
  fd: 1 | 2 | 0
  target: Word
}

export interface Heredoc {
  delimiter: string
  /** `<<-EOF`: leading tabs are removed from every body line and from the delimiter line. */
  stripTabs: boolean
  /** `<<'EOF'` or `<<"EOF"`: the body is taken literally, no `$VAR` expansion. */
  quoted: boolean
  /** Filled in by the script reader once the body lines are known. */
  body: string
}

export interface SimpleCommand {
  words: Word[]
  redirects: Redirect[]
  heredoc?: Heredoc
  /** `VAR=value cmd` assignments in front of the command. */
  assignments: { name: string; value: Word }[]
}

export interface Pipeline {
  commands: SimpleCommand[]
}

export interface AndOrList {
  first: Pipeline
  rest: { op: '&&' | '||'; pipeline: Pipeline }[]
}

export interface CommandList {
  items: AndOrList[]
}

export class ShellSyntaxError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ShellSyntaxError'
  }
}
