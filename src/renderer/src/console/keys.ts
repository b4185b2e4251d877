// What xterm.js hands over in onData (typed characters, escape sequences, pasted text)
// cut into the keys the line editor understands.

export type Motion = 'left' | 'right' | 'up' | 'down' | 'home' | 'end' | 'wordLeft' | 'wordRight'

export type Key =
  /** Printable characters typed (or a paste without bracketed-paste markers). */
  | { type: 'text'; text: string }
  /** Bracketed paste: inserted as is, its newlines acting as Enter, its tabs kept. */
  | { type: 'paste'; text: string }
  | { type: 'enter' }
  | { type: 'backspace' }
  | { type: 'delete' }
  | { type: 'tab' }
  | { type: 'move'; motion: Motion }
  /** Ctrl + a letter: `a` for Ctrl+A. */
  | { type: 'ctrl'; key: string }
  /** Alt+Backspace: delete the word before the cursor. */
  | { type: 'wordRubout' }

const PASTE_START = '\x1b[200~'
const PASTE_END = '\x1b[201~'

const escapes: Record<string, Key> = {
  '\x1b[A': { type: 'move', motion: 'up' },
  '\x1b[B': { type: 'move', motion: 'down' },
  '\x1b[C': { type: 'move', motion: 'right' },
  '\x1b[D': { type: 'move', motion: 'left' },
  '\x1bOA': { type: 'move', motion: 'up' },
  '\x1bOB': { type: 'move', motion: 'down' },
  '\x1bOC': { type: 'move', motion: 'right' },
  '\x1bOD': { type: 'move', motion: 'left' },
  '\x1b[H': { type: 'move', motion: 'home' },
  '\x1bOH': { type: 'move', motion: 'home' },
  '\x1b[1~': { type: 'move', motion: 'home' },
  '\x1b[7~': { type: 'move', motion: 'home' },
  '\x1b[F': { type: 'move', motion: 'end' },
  '\x1bOF': { type: 'move', motion: 'end' },
  '\x1b[4~': { type: 'move', motion: 'end' },
  '\x1b[8~': { type: 'move', motion: 'end' },
  '\x1b[3~': { type: 'delete' },
  '\x1b[1;5D': { type: 'move', motion: 'wordLeft' },
  '\x1b[1;5C': { type: 'move', motion: 'wordRight' },
  '\x1b[1;3D': { type: 'move', motion: 'wordLeft' },
  '\x1b[1;3C': { type: 'move', motion: 'wordRight' },
  '\x1bb': { type: 'move', motion: 'wordLeft' },
  '\x1bf': { type: 'move', motion: 'wordRight' },
  '\x1b\x7f': { type: 'wordRubout' }
}

const CSI = /^\x1b\[[0-9;?]*[ -/]*[@-~]/
const SS3 = /^\x1bO./

export function parseKeys(data: string): Key[] {
  const keys: Key[] = []
  let i = 0
  let text = ''
  const flush = (): void => {
    if (text) keys.push({ type: 'text', text })
    text = ''
  }
  while (i < data.length) {
    const ch = data[i]
    if (ch === '\x1b') {
      flush()
      const rest = data.slice(i)
      if (rest.startsWith(PASTE_START)) {
        const end = rest.indexOf(PASTE_END)
        const body = end < 0 ? rest.slice(PASTE_START.length) : rest.slice(PASTE_START.length, end)
        keys.push({ type: 'paste', text: body.replace(/\r\n?/g, '\n') })
        i += end < 0 ? rest.length : end + PASTE_END.length
        continue
      }
      const known = Object.keys(escapes).find((seq) => rest.startsWith(seq))
      if (known) {
        keys.push(escapes[known])
        i += known.length
        continue
      }
      const other = CSI.exec(rest) ?? SS3.exec(rest)
      i += other ? other[0].length : 1
      continue
    }
    if (ch === '\r' || ch === '\n') {
      flush()
      keys.push({ type: 'enter' })
      // \r\n from a plain paste is one Enter
      i += ch === '\r' && data[i + 1] === '\n' ? 2 : 1
      continue
    }
    if (ch === '\x7f' || ch === '\b') {
      flush()
      keys.push({ type: 'backspace' })
    } else if (ch === '\t') {
      flush()
      keys.push({ type: 'tab' })
    } else if (ch < ' ') {
      flush()
      keys.push({ type: 'ctrl', key: String.fromCharCode(ch.charCodeAt(0) + 96) })
    } else {
      text += ch
    }
    i++
  }
  flush()
  return keys
}
