// The words of the command being typed, up to the cursor, as bash's completion sees
// them: quotes group, `|`, `&&`, `||` and `;` start a new command, and the word under
// the cursor is the one to complete.

export interface TypedWords {
  /** Complete words of the current command, before the one being typed (unquoted). */
  words: string[]
  /** The word being typed, unquoted. */
  partial: string
  /** Where the word being typed starts in the line. */
  start: number
}

export function wordsBeforeCursor(line: string, cursor: number): TypedWords {
  const text = line.slice(0, cursor)
  let words: string[] = []
  let current = ''
  let start = 0
  let inWord = false
  let quote: '"' | "'" | null = null
  const end = (): void => {
    if (inWord) words.push(current)
    current = ''
    inWord = false
  }
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quote) {
      if (c === quote) quote = null
      else current += c
      continue
    }
    if (c === '"' || c === "'") {
      if (!inWord) start = i
      inWord = true
      quote = c
      continue
    }
    if (c === '\\' && i + 1 < text.length) {
      if (!inWord) start = i
      inWord = true
      current += text[++i]
      continue
    }
    if (c === ' ' || c === '\t' || c === '\n') {
      end()
      continue
    }
    if (c === '|' || c === ';' || c === '&' || c === '(' || c === ')') {
      end()
      words = []
      continue
    }
    if (!inWord) start = i
    inWord = true
    current += c
  }
  if (!inWord) start = text.length
  return { words, partial: inWord ? current : '', start }
}

/** The longest prefix every candidate shares. */
export function commonPrefix(items: readonly string[]): string {
  if (!items.length) return ''
  let prefix = items[0]
  for (const item of items) {
    let i = 0
    while (i < prefix.length && i < item.length && prefix[i] === item[i]) i++
    prefix = prefix.slice(0, i)
  }
  return prefix
}
