// Redrawing the prompt and the line being edited after each key, as readline does:
// go back to where the prompt starts, write everything again, clear what is left of
// the old drawing, then put the cursor where it belongs. The line may wrap over
// several rows and hold newlines (a heredoc recalled from the history), each further
// line behind a `> ` continuation prompt.
import type { LineState } from './line-editor'

export interface Prompt {
  /** What is written, colours included. */
  text: string
  /** How many columns it takes on screen. */
  width: number
}

export interface Drawing {
  /** Escape sequences and text to write. */
  output: string
  /** Row of the cursor, counted from the prompt's row, once written. */
  cursorRow: number
}

const INVERSE = '\x1b[7m'
const NO_INVERSE = '\x1b[27m'

/** Row and column of the cursor at `offset` (0 = just after the prompt). */
export function locate(line: LineState, offset: number, prompt: Prompt, continuation: Prompt, cols: number): { row: number; col: number } {
  const lines = line.text.split('\n')
  let row = 0
  let consumed = 0
  for (let i = 0; i < lines.length; i++) {
    const prefix = i === 0 ? prompt.width : continuation.width
    const width = prefix + lines[i].length
    const last = i === lines.length - 1
    if (offset <= consumed + lines[i].length) {
      const w = prefix + (offset - consumed)
      // The end of a line that fills its last row exactly: the terminal keeps the cursor in the last column.
      if (!last && w === width && w > 0 && w % cols === 0) return { row: row + w / cols - 1, col: cols - 1 }
      return { row: row + Math.floor(w / cols), col: w % cols }
    }
    row += width > 0 && width % cols === 0 ? width / cols : Math.floor(width / cols) + 1
    consumed += lines[i].length + 1
  }
  return { row, col: 0 }
}

function body(line: LineState, continuation: Prompt): string {
  const sel = line.selection
  let text = line.text
  if (sel && sel.end > sel.start) {
    text = text.slice(0, sel.start) + INVERSE + text.slice(sel.start, sel.end) + NO_INVERSE + text.slice(sel.end)
  }
  return text.replace(/\n/g, '\r\n' + continuation.text)
}

/**
 * Everything to write to replace the previous drawing (whose cursor stood `previousCursorRow`
 * rows below its prompt) with `line`.
 */
export function redraw(line: LineState, prompt: Prompt, continuation: Prompt, cols: number, previousCursorRow: number): Drawing {
  let out = previousCursorRow > 0 ? `\x1b[${previousCursorRow}A` : ''
  out += '\r\x1b[J' + prompt.text + body(line, continuation)
  const end = locate(line, line.text.length, prompt, continuation, cols)
  // A last row filled exactly leaves the terminal waiting to wrap: make it wrap now so
  // relative moves start from where `locate` says.
  if (end.col === 0 && end.row > 0 && !line.text.endsWith('\n')) out += ' \r'
  const cursor = locate(line, line.cursor, prompt, continuation, cols)
  if (end.row > cursor.row) out += `\x1b[${end.row - cursor.row}A`
  out += '\r'
  if (cursor.col > 0) out += `\x1b[${cursor.col}C`
  return { output: out, cursorRow: cursor.row }
}

/** Moves from the cursor to just below the drawing, for the command's output. */
export function leave(line: LineState, prompt: Prompt, continuation: Prompt, cols: number): string {
  const end = locate(line, line.text.length, prompt, continuation, cols)
  const cursor = locate(line, line.cursor, prompt, continuation, cols)
  const down = end.row - cursor.row
  // After a last row filled exactly, `redraw` already moved to a fresh row.
  const fresh = end.col === 0 && end.row > 0 && !line.text.endsWith('\n')
  return (down > 0 ? `\x1b[${down}B` : '') + (fresh ? '\r' : '\r\n')
}
