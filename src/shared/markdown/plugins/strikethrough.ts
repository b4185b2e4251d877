import type { MarkdownIt } from 'markdown-it'
import type { Delimiter, StateInline } from 'markdown-it'

// GitHub-flavoured strikethrough: `~text~` and `~~text~~`, opener and closer of the same
// length, runs of three or more left as text. markdown-it's own rule only knows `~~`.
const TILDE = 0x7e
// Distinct delimiter markers keep `~a~~` from pairing a single with a double run.
const SINGLE = 0x7e
const DOUBLE = 0x7e7e

function tokenize(state: StateInline, silent: boolean): boolean {
  const start = state.pos
  if (silent || state.src.charCodeAt(start) !== TILDE) return false
  const scanned = state.scanDelims(start, true)
  const length = scanned.length
  const run = '~'.repeat(length)
  const token = state.push('text', '', 0)
  token.content = run
  if (length <= 2) {
    state.delimiters.push({
      marker: length === 1 ? SINGLE : DOUBLE,
      length: 0,
      token: state.tokens.length - 1,
      end: -1,
      open: scanned.can_open,
      close: scanned.can_close
    })
  }
  state.pos += length
  return true
}

function pairUp(state: StateInline, delimiters: Delimiter[]): void {
  for (const opener of delimiters) {
    if (opener.marker !== SINGLE && opener.marker !== DOUBLE) continue
    if (opener.end === -1) continue
    const closer = delimiters[opener.end]
    const markup = opener.marker === SINGLE ? '~' : '~~'
    const open = state.tokens[opener.token]
    open.type = 's_open'
    open.tag = 'del'
    open.nesting = 1
    open.markup = markup
    open.content = ''
    const close = state.tokens[closer.token]
    close.type = 's_close'
    close.tag = 'del'
    close.nesting = -1
    close.markup = markup
    close.content = ''
  }
}

function postProcess(state: StateInline): boolean {
  pairUp(state, state.delimiters)
  for (const meta of state.tokens_meta) {
    if (meta?.delimiters) pairUp(state, meta.delimiters)
  }
  return true
}

export function strikethroughPlugin(md: MarkdownIt): void {
  md.inline.ruler.at('strikethrough', tokenize)
  md.inline.ruler2.at('strikethrough', postProcess)
}
