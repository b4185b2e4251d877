import type { MarkdownIt, StateBlock, StateCore, Token } from 'markdown-it'
import { escapeHtml } from '../escape'

// Slidev layout slots: in a `two-cols` slide, `::right::` on its own line starts the
// right column. Each part becomes `<div class="slot slot-NAME">`; the part before the
// first marker is the `default` slot. Slides without markers are left untouched.
const MARKER = /^::([a-z][\w-]*)::\s*$/i

function slotMarker(state: StateBlock, startLine: number, _endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine] - state.blkIndent >= 4 || state.level > 0) return false
  const line = state.src.slice(state.bMarks[startLine] + state.tShift[startLine], state.eMarks[startLine])
  const match = MARKER.exec(line)
  if (!match) return false
  if (silent) return true
  const token = state.push('slot_marker', '', 0)
  token.info = match[1].toLowerCase()
  token.map = [startLine, startLine + 1]
  state.line = startLine + 1
  return true
}

function wrapSlots(state: StateCore): void {
  if (!state.tokens.some((token) => token.type === 'slot_marker')) return
  const wrapped: Token[] = []
  const open = (name: string) => {
    const token = new state.Token('slot_open', 'div', 1)
    token.attrSet('class', `slot slot-${escapeHtml(name)}`)
    wrapped.push(token)
  }
  const close = () => wrapped.push(new state.Token('slot_close', 'div', -1))
  const first = state.tokens[0]?.type === 'slot_marker'
  if (!first) open('default')
  state.tokens.forEach((token, index) => {
    if (token.type !== 'slot_marker') return void wrapped.push(token)
    if (index > 0) close()
    open(token.info)
  })
  close()
  state.tokens = wrapped
}

export function slotsPlugin(md: MarkdownIt): void {
  md.block.ruler.before('paragraph', 'slot_marker', slotMarker, { alt: ['paragraph'] })
  md.core.ruler.after('block', 'slots', wrapSlots)
}
