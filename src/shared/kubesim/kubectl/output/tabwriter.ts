// kubectl aligns every table with Go's text/tabwriter (cli-runtime printers/tabwriter.go:
// minwidth 6, padding 3, pad char ' '): a column is as wide as its widest cell plus 3,
// never under 6; the last cell of a line is not padded.
const MIN_WIDTH = 6
const PADDING = 3

function runeLength(s: string): number {
  let n = 0
  for (const _ of s) n++
  return n
}

/** Aligns rows of cells; consecutive rows with the same number of cells share column widths. */
export function alignColumns(rows: string[][]): string {
  let out = ''
  let start = 0
  while (start < rows.length) {
    let end = start + 1
    while (end < rows.length && rows[end].length === rows[start].length && rows[start].length > 1) end++
    const block = rows.slice(start, end)
    const columns = block[0].length
    const widths: number[] = []
    for (let c = 0; c < columns - 1; c++) {
      let w = MIN_WIDTH
      for (const row of block) w = Math.max(w, runeLength(row[c]) + PADDING)
      widths.push(w)
    }
    for (const row of block) {
      let line = ''
      for (let c = 0; c < columns - 1; c++) line += row[c] + ' '.repeat(widths[c] - runeLength(row[c]))
      line += row[columns - 1] ?? ''
      out += line + '\n'
    }
    start = end
  }
  return out
}
