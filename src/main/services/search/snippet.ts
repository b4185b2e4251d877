// FTS5 inserts char(1) and char(2) around matched words (see search-index.ts); indexed
// text never contains them, so they survive HTML escaping unambiguously.
const markStart = '\u0001'
const markEnd = '\u0002'

export function stripMarkers(text: string): string {
  return text.replace(/[\u0001\u0002]/g, ' ')
}

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Escapes the snippet text as HTML and turns the match markers into <mark> elements: the only tags it can contain. */
export function snippetToHtml(raw: string): string {
  return raw
    .replace(/[&<>"']/g, (c) => escapes[c])
    .replaceAll(markStart, '<mark>')
    .replaceAll(markEnd, '</mark>')
    .replace(/\s+/g, ' ')
    .trim()
}
