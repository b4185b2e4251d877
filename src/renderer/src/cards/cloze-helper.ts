import { scanClozes } from '@shared/cards/cloze'

export interface Edited {
  text: string
  selectionStart: number
  selectionEnd: number
}

/**
 * Wraps the selection in a new cloze deletion, numbered after the highest one, as
 * Anki's Ctrl+Shift+C does; `sameNumber` reuses the highest number (Anki's Alt variant).
 * An empty selection inserts an empty deletion with the caret inside it.
 */
export function wrapCloze(text: string, start: number, end: number, sameNumber = false): Edited {
  const highest = Math.max(0, ...scanClozes(text).clozes.map((cloze) => cloze.number))
  const number = sameNumber ? Math.max(1, highest) : highest + 1
  const selected = text.slice(start, end)
  // Whitespace around a double-click selection belongs outside the deletion.
  const lead = /^\s*/.exec(selected)![0].length
  const trail = /\s*$/.exec(selected.slice(lead))![0].length
  const inner = selected.slice(lead, selected.length - trail)
  const opening = `{{c${number}::`
  const wrapped = `${selected.slice(0, lead)}${opening}${inner}}}${selected.slice(selected.length - trail)}`
  const innerStart = start + lead + opening.length
  return {
    text: text.slice(0, start) + wrapped + text.slice(end),
    selectionStart: innerStart,
    selectionEnd: innerStart + inner.length
  }
}
