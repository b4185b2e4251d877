import { ShellSyntaxError, type CommandList } from './ast'
import { IncompleteInput, parseCommandLine } from './parser'

/** One command as typed: its first line, its whole text (heredoc bodies included) and its parse. */
export interface ScriptCommand {
  firstLine: string
  source: string
  list?: CommandList
  /** bash's message for input it cannot run (`syntax error near unexpected token …`). */
  error?: string
}

/**
 * Splits what a learner typed or pasted into commands, the way an interactive bash
 * reads lines: a line that ends inside quotes, after `|`, `&&` or a backslash goes on
 * with the next line; `<<EOF` takes the following lines up to `EOF` as its body.
 * Blank lines and `#` comment lines are skipped.
 */
export function splitScript(text: string): ScriptCommand[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n')
  if (lines.length && lines[lines.length - 1] === '') lines.pop()
  const out: ScriptCommand[] = []
  let i = 0
  while (i < lines.length) {
    const firstLine = lines[i++]
    const trimmed = firstLine.trim()
    if (!trimmed || trimmed.startsWith('#')) continue
    let logical = firstLine
    const consumed = [firstLine]
    let parsed: ReturnType<typeof parseCommandLine> | undefined
    let error: string | undefined
    for (;;) {
      try {
        parsed = parseCommandLine(logical)
        break
      } catch (e) {
        if (e instanceof IncompleteInput) {
          if (i < lines.length) {
            logical += '\n' + lines[i]
            consumed.push(lines[i++])
            continue
          }
          error = e.waitingFor === "'" || e.waitingFor === '"' || e.waitingFor === ')' || e.waitingFor === '}'
            ? `${e.message}\nbash: syntax error: unexpected end of file`
            : 'syntax error: unexpected end of file'
          break
        }
        if (e instanceof ShellSyntaxError) {
          error = e.message
          break
        }
        throw e
      }
    }
    if (parsed) {
      for (const doc of parsed.heredocs) {
        const body: string[] = []
        let closed = false
        while (i < lines.length) {
          const raw = lines[i++]
          consumed.push(raw)
          const line = doc.stripTabs ? raw.replace(/^\t+/, '') : raw
          if (line === doc.delimiter) {
            closed = true
            break
          }
          body.push(line)
        }
        doc.body = body.length ? body.join('\n') + '\n' : ''
        if (!closed) {
          error = `warning: here-document delimited by end-of-file (wanted \`${doc.delimiter}')`
        }
      }
    }
    const cmd: ScriptCommand = { firstLine, source: consumed.join('\n') }
    if (parsed && (!error || error.startsWith('warning:'))) cmd.list = parsed.list
    if (error) cmd.error = error
    out.push(cmd)
  }
  return out
}

/** True when `text` is a complete command (the console uses it to decide whether Enter runs or continues). */
export function isComplete(text: string): boolean {
  const cmds = splitScript(text)
  if (!cmds.length) return true
  const last = cmds[cmds.length - 1]
  if (last.error?.includes('unexpected end of file') || last.error?.startsWith('warning: here-document')) return false
  return true
}
