// What a command printed, made ready for the terminal: newlines as CR LF, stderr in
// red, the rest exactly as kubectl printed it.
import type { RunResult } from '@shared/kubesim/session'

export const RED = '\x1b[31m'
export const DIM = '\x1b[2m'
export const RESET = '\x1b[0m'
/** Home, erase the screen and the scrollback: `clear` and Ctrl+L. */
export const CLEAR_SCREEN = '\x1b[H\x1b[2J\x1b[3J'

export const crlf = (text: string): string => text.replace(/\r?\n/g, '\r\n')

export function formatOutput(result: Pick<RunResult, 'output'>): string {
  let out = ''
  for (const chunk of result.output) {
    out += chunk.stream === 'stderr' ? RED + crlf(chunk.text) + RESET : crlf(chunk.text)
  }
  // bash would draw the next prompt right after `echo -n`; a fresh line reads better.
  if (out && !out.endsWith('\r\n') && !out.endsWith('\r\n' + RESET)) out += '\r\n'
  return out
}
