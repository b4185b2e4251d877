// Delimited text as Anki reads and writes it (Rust's csv crate): fields separated by one
// character, a field may be quoted with `"` and then hold separators, newlines and `""`
// for a quote. Lines starting with `#` between records are comments; blank lines are skipped.

export interface DelimitedRecord {
  /** 1-based line of the record's first character in the file. */
  line: number
  fields: string[]
}

export class DelimitedError extends Error {
  constructor(
    readonly line: number,
    detail: string
  ) {
    super(`line ${line}: ${detail}`)
    this.name = 'DelimitedError'
  }
}

/** Parses the records of `text` starting at `firstLine`; throws DelimitedError at the first malformed one. */
export function parseDelimited(text: string, separator: string, firstLine = 1): DelimitedRecord[] {
  const records: DelimitedRecord[] = []
  let i = 0
  let line = firstLine
  const n = text.length
  while (i < n) {
    const c = text[i]
    if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++
      i++
      line++
      continue
    }
    if (c === '#') {
      while (i < n && text[i] !== '\n') i++
      continue
    }
    const start = line
    const fields: string[] = []
    for (;;) {
      let value: string
      if (text[i] === '"') {
        const quoteLine = line
        let out = ''
        let at = i + 1
        for (;;) {
          const close = text.indexOf('"', at)
          if (close < 0) throw new DelimitedError(quoteLine, 'quoted field is never closed (is the file truncated?)')
          const chunk = text.slice(at, close)
          out += chunk
          line += countNewlines(chunk)
          if (text[close + 1] === '"') {
            out += '"'
            at = close + 2
            continue
          }
          i = close + 1
          break
        }
        const next = text[i]
        if (i < n && next !== separator && next !== '\n' && next !== '\r') {
          throw new DelimitedError(line, `unexpected ${JSON.stringify(next)} after a closing quote (a quote inside a quoted field is written "")`)
        }
        value = out
      } else {
        let end = i
        while (end < n && text[end] !== separator && text[end] !== '\n' && text[end] !== '\r') end++
        value = text.slice(i, end)
        i = end
      }
      fields.push(value)
      if (i < n && text[i] === separator) {
        i++
        continue
      }
      break
    }
    records.push({ line: start, fields })
  }
  return records
}

function countNewlines(text: string): number {
  let count = 0
  for (let k = text.indexOf('\n'); k >= 0; k = text.indexOf('\n', k + 1)) count++
  return count
}

/** Quotes a field when it holds the separator, a quote, a line break, or starts like a comment. */
export function formatField(value: string, separator: string): string {
  if (value.includes(separator) || /["\r\n]/.test(value) || value.startsWith('#')) return `"${value.replaceAll('"', '""')}"`
  return value
}
