// The line being typed at the prompt, as readline keeps it: the text, the cursor, and
// (this console's addition) a selection over a `<placeholder>` that typing replaces.
// Every function returns a new state; nothing here knows about the terminal.
import type { Motion } from './keys'

export interface LineState {
  text: string
  cursor: number
  selection: { start: number; end: number } | null
}

export const emptyLine: LineState = { text: '', cursor: 0, selection: null }

export function lineOf(text: string, selection?: { start: number; end: number }): LineState {
  if (selection) return { text, cursor: selection.end, selection }
  return { text, cursor: text.length, selection: null }
}

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\n'
/** readline's word characters for Alt+B/F and Ctrl+←/→: letters and digits. */
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c)

function removeRange(s: LineState, start: number, end: number): LineState {
  return { text: s.text.slice(0, start) + s.text.slice(end), cursor: start, selection: null }
}

export function insert(s: LineState, chars: string): LineState {
  const [start, end] = s.selection ? [s.selection.start, s.selection.end] : [s.cursor, s.cursor]
  return { text: s.text.slice(0, start) + chars + s.text.slice(end), cursor: start + chars.length, selection: null }
}

export function backspace(s: LineState): LineState {
  if (s.selection) return removeRange(s, s.selection.start, s.selection.end)
  if (s.cursor === 0) return s
  return removeRange(s, s.cursor - 1, s.cursor)
}

export function deleteForward(s: LineState): LineState {
  if (s.selection) return removeRange(s, s.selection.start, s.selection.end)
  if (s.cursor >= s.text.length) return s
  return removeRange(s, s.cursor, s.cursor + 1)
}

function wordLeft(text: string, from: number): number {
  let i = from
  while (i > 0 && !isWordChar(text[i - 1])) i--
  while (i > 0 && isWordChar(text[i - 1])) i--
  return i
}

function wordRight(text: string, from: number): number {
  let i = from
  while (i < text.length && !isWordChar(text[i])) i++
  while (i < text.length && isWordChar(text[i])) i++
  return i
}

export function move(s: LineState, motion: Motion): LineState {
  const at = (cursor: number): LineState => ({ text: s.text, cursor, selection: null })
  switch (motion) {
    case 'left':
      return at(s.selection ? s.selection.start : Math.max(0, s.cursor - 1))
    case 'right':
      return at(s.selection ? s.selection.end : Math.min(s.text.length, s.cursor + 1))
    case 'home':
      return at(0)
    case 'end':
      return at(s.text.length)
    case 'wordLeft':
      return at(wordLeft(s.text, s.cursor))
    case 'wordRight':
      return at(wordRight(s.text, s.cursor))
    default:
      return s
  }
}

/** Ctrl+U: everything before the cursor. */
export function killBefore(s: LineState): LineState {
  return { text: s.text.slice(s.cursor), cursor: 0, selection: null }
}

/** Ctrl+K: everything from the cursor on. */
export function killAfter(s: LineState): LineState {
  return { text: s.text.slice(0, s.cursor), cursor: s.cursor, selection: null }
}

/** Ctrl+W (unix-word-rubout): back to the previous whitespace. */
export function killWordBefore(s: LineState): LineState {
  let i = s.cursor
  while (i > 0 && isSpace(s.text[i - 1])) i--
  while (i > 0 && !isSpace(s.text[i - 1])) i--
  return removeRange(s, i, s.cursor)
}

/** Alt+Backspace (backward-kill-word): back to the start of the previous word. */
export function killWordBeforeAlnum(s: LineState): LineState {
  return removeRange(s, wordLeft(s.text, s.cursor), s.cursor)
}

const placeholder = /<[a-z][a-z0-9-]*>/g

/** Selects the next `<placeholder>` after the cursor (wrapping round), or returns undefined if none. */
export function selectNextPlaceholder(s: LineState): LineState | undefined {
  const found = [...s.text.matchAll(placeholder)].map((m) => ({ start: m.index, end: m.index + m[0].length }))
  if (!found.length) return undefined
  const from = s.selection ? s.selection.end : s.cursor
  const next = found.find((p) => p.start >= from) ?? found[0]
  return { text: s.text, cursor: next.end, selection: next }
}
