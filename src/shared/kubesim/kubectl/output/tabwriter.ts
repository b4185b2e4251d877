// Go's text/tabwriter, which kubectl uses for every aligned output: tables
// (cli-runtime printers/tabwriter.go: minwidth 6, padding 3) and describe
// (pkg/describe tabbedString: minwidth 0, padding 2). Cells end with a tab; the
// last cell of a line is not part of a column. A column block is a run of
// consecutive lines that all have a cell in that column, and its width is the
// widest cell plus the padding.

export interface TabwriterOptions {
  minWidth: number
  padding: number
}

function runeLength(s: string): number {
  let n = 0
  for (const _ of s) n++
  return n
}

/** Aligns tab-separated text the way text/tabwriter does with a space pad character. */
export function formatTabbed(text: string, opts: TabwriterOptions): string {
  const endsWithNewline = text.endsWith('\n')
  const lines = (endsWithNewline ? text.slice(0, -1) : text).split('\n').map((l) => l.split('\t'))
  const widths: number[] = []
  const out: string[] = new Array(lines.length)

  const writeLines = (from: number, to: number): void => {
    for (let i = from; i < to; i++) {
      const cells = lines[i]
      let line = ''
      for (let j = 0; j < cells.length; j++) {
        const c = cells[j]
        if (j < cells.length - 1) line += c + ' '.repeat(Math.max(0, (widths[j] ?? 0) - runeLength(c)))
        else line += c
      }
      out[i] = line
    }
  }

  const format = (line0: number, line1: number): void => {
    const column = widths.length
    let start = line0
    for (let i = line0; i < line1; i++) {
      if (column >= lines[i].length - 1) continue
      writeLines(start, i)
      let width = opts.minWidth
      let j = i
      for (; j < line1 && column < lines[j].length - 1; j++) {
        width = Math.max(width, runeLength(lines[j][column]) + opts.padding)
      }
      widths.push(width)
      format(i, j)
      widths.pop()
      start = j
      i = j - 1
    }
    writeLines(start, line1)
  }

  format(0, lines.length)
  return out.join('\n') + (endsWithNewline ? '\n' : '')
}

const TABLE: TabwriterOptions = { minWidth: 6, padding: 3 }

/** A table: rows of cells, aligned as kubectl get prints them. */
export function alignColumns(rows: string[][]): string {
  if (!rows.length) return ''
  return formatTabbed(rows.map((r) => r.join('\t')).join('\n') + '\n', TABLE)
}
