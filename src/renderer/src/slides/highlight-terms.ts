// Marks search terms inside a rendered slide, accent- and case-blind like the search
// index itself, so `deploiement` highlights `déploiement`.

const fold = (char: string): string =>
  char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()

const isWordChar = (char: string | undefined): boolean => !!char && /[\p{L}\p{N}]/u.test(char)

/**
 * [start, end) ranges of the words in `text` that start with a term: terms match as
 * prefixes, as in the search index, and the whole word is marked.
 */
export function findTermRanges(text: string, terms: string[]): [number, number][] {
  const needles = [...new Set(terms.map((t) => [...t].map(fold).join('').trim()).filter(Boolean))]
  if (needles.length === 0) return []
  let folded = ''
  const origin: number[] = []
  let offset = 0
  for (const char of text) {
    const f = fold(char)
    for (let i = 0; i < f.length; i++) origin.push(offset)
    folded += f
    offset += char.length
  }
  origin.push(text.length)

  const ranges: [number, number][] = []
  for (const needle of needles) {
    let from = 0
    for (;;) {
      const at = folded.indexOf(needle, from)
      if (at < 0) break
      from = at + 1
      if (isWordChar(folded[at - 1])) continue
      let end = at + needle.length
      while (end < folded.length && isWordChar(folded[end])) end++
      ranges.push([origin[at]!, origin[end]!])
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1])
  const merged: [number, number][] = []
  for (const range of ranges) {
    const previous = merged[merged.length - 1]
    if (previous && range[0] <= previous[1]) previous[1] = Math.max(previous[1], range[1])
    else merged.push([...range])
  }
  return merged
}

const MARK_CLASS = 'search-hit'

/** Wraps matches in `<mark>`; returns how many were marked. Skips SVG diagrams. */
export function markTerms(root: HTMLElement, terms: string[]): number {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('svg, mark, script, style')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT
  })
  const nodes: Text[] = []
  while (walker.nextNode()) nodes.push(walker.currentNode as Text)

  let count = 0
  for (const node of nodes) {
    const text = node.data
    const ranges = findTermRanges(text, terms)
    if (ranges.length === 0) continue
    const fragment = root.ownerDocument.createDocumentFragment()
    let cursor = 0
    for (const [start, end] of ranges) {
      fragment.append(text.slice(cursor, start))
      const mark = root.ownerDocument.createElement('mark')
      mark.className = MARK_CLASS
      mark.textContent = text.slice(start, end)
      fragment.append(mark)
      cursor = end
      count++
    }
    fragment.append(text.slice(cursor))
    node.replaceWith(fragment)
  }
  return count
}

/** Removes the marks added by `markTerms`, restoring the original text nodes. */
export function clearMarks(root: HTMLElement): void {
  for (const mark of root.querySelectorAll(`mark.${MARK_CLASS}`)) {
    const parent = mark.parentNode
    mark.replaceWith(...mark.childNodes)
    parent?.normalize()
  }
}
