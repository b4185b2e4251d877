// Reads ditaa ASCII art (`+--+`, `|`, `-->`, `:` and `=` for dashes) into line runs,
// arrow heads, boxes and text labels on a character grid. Pure data; svg.ts draws it.

export interface Run {
  /** Fixed coordinate (row for horizontal runs, column for vertical), in cells. */
  at: number
  /** Start and end along the run, in half cells from the grid origin. */
  from: number
  to: number
  dashed: boolean
}

export interface Box {
  top: number
  left: number
  bottom: number
  right: number
}

export interface Arrow {
  row: number
  col: number
  direction: 'left' | 'right' | 'up' | 'down'
}

export interface Label {
  row: number
  col: number
  text: string
}

export interface DitaaGrid {
  rows: number
  cols: number
  horizontal: Run[]
  vertical: Run[]
  boxes: Box[]
  arrows: Arrow[]
  labels: Label[]
}

const H_LINE = new Set(['-', '='])
const V_LINE = new Set(['|', ':'])
const CORNER = new Set(['+', '/', '\\'])
const ARROW: Record<string, Arrow['direction']> = { '>': 'right', '<': 'left', '^': 'up', v: 'down', V: 'down' }

/** The lines between `@startditaa` and `@endditaa` (or the whole block), blank edges dropped. */
function ditaaLines(source: string): string[] {
  const lines = source.replace(/\t/g, '    ').split(/\r?\n/)
  const start = lines.findIndex((line) => /^\s*@startditaa\b/.test(line))
  const endOffset = lines.slice(start + 1).findIndex((line) => /^\s*@endditaa\b/.test(line))
  const body = lines.slice(start + 1, endOffset === -1 ? undefined : start + 1 + endOffset)
  while (body.length && !body[0].trim()) body.shift()
  while (body.length && !body[body.length - 1].trim()) body.pop()
  return body.map((line) => line.replace(/\s+$/, ''))
}

export function readDitaa(source: string): DitaaGrid {
  const lines = ditaaLines(source)
  const cols = Math.max(0, ...lines.map((line) => line.length))
  const at = (row: number, col: number): string => lines[row]?.[col] ?? ' '

  const isH = (row: number, col: number) => H_LINE.has(at(row, col)) && (joinsH(row, col - 1) || joinsH(row, col + 1))
  const joinsH = (row: number, col: number) => {
    const char = at(row, col)
    return H_LINE.has(char) || CORNER.has(char) || char === '<' || char === '>'
  }
  const isV = (row: number, col: number) => V_LINE.has(at(row, col)) && (joinsV(row - 1, col) || joinsV(row + 1, col))
  const joinsV = (row: number, col: number) => {
    const char = at(row, col)
    return V_LINE.has(char) || CORNER.has(char) || char === '^' || char === 'v' || char === 'V'
  }
  const hLink = (row: number, col: number) => H_LINE.has(at(row, col)) || CORNER.has(at(row, col))
  const vLink = (row: number, col: number) => V_LINE.has(at(row, col)) || CORNER.has(at(row, col))
  const isCorner = (row: number, col: number) =>
    CORNER.has(at(row, col)) &&
    (hLink(row, col - 1) || hLink(row, col + 1)) &&
    (vLink(row - 1, col) || vLink(row + 1, col))
  const arrowAt = (row: number, col: number): Arrow['direction'] | null => {
    const direction = ARROW[at(row, col)]
    if (direction === 'right') return hLink(row, col - 1) ? direction : null
    if (direction === 'left') return hLink(row, col + 1) ? direction : null
    if (direction === 'up') return vLink(row + 1, col) ? direction : null
    // A `v` inside a word is a letter, not an arrow head.
    const inWord = /\w/.test(at(row, col - 1)) || /\w/.test(at(row, col + 1))
    if (direction === 'down') return vLink(row - 1, col) && !inWord ? direction : null
    return null
  }

  const drawn = lines.map(() => Array.from({ length: cols }, () => false))
  const hHalves: boolean[][] = lines.map(() => Array(cols * 2).fill(false))
  const vHalves: boolean[][] = Array.from({ length: cols }, () => Array(lines.length * 2).fill(false))
  const dashedCells = new Set<string>()
  const arrows: Arrow[] = []

  for (let row = 0; row < lines.length; row++) {
    for (let col = 0; col < cols; col++) {
      const char = at(row, col)
      if (isH(row, col)) {
        hHalves[row][col * 2] = hHalves[row][col * 2 + 1] = true
        if (char === '=') dashedCells.add(`h${row},${col}`)
      } else if (isV(row, col)) {
        vHalves[col][row * 2] = vHalves[col][row * 2 + 1] = true
        if (char === ':') dashedCells.add(`v${col},${row}`)
      } else if (isCorner(row, col)) {
        if (hLink(row, col - 1)) hHalves[row][col * 2] = true
        if (hLink(row, col + 1)) hHalves[row][col * 2 + 1] = true
        if (vLink(row - 1, col)) vHalves[col][row * 2] = true
        if (vLink(row + 1, col)) vHalves[col][row * 2 + 1] = true
      } else {
        const direction = arrowAt(row, col)
        if (!direction) continue
        arrows.push({ row, col, direction })
      }
      drawn[row][col] = true
    }
  }

  return {
    rows: lines.length,
    cols,
    horizontal: hHalves.flatMap((halves, row) => runs(halves, row, (i) => dashedCells.has(`h${row},${Math.floor(i / 2)}`))),
    vertical: vHalves.flatMap((halves, col) => runs(halves, col, (i) => dashedCells.has(`v${col},${Math.floor(i / 2)}`))),
    boxes: findBoxes(lines.length, cols, at, isCorner),
    arrows,
    labels: findLabels(lines, drawn)
  }
}

function runs(halves: boolean[], at: number, dashedAt: (index: number) => boolean): Run[] {
  const found: Run[] = []
  for (let i = 0; i < halves.length; i++) {
    if (!halves[i]) continue
    const dashed = dashedAt(i)
    let end = i
    while (end + 1 < halves.length && halves[end + 1] && dashedAt(end + 1) === dashed) end++
    found.push({ at, from: i, to: end + 1, dashed })
    i = end
  }
  return found
}

function findBoxes(
  rows: number,
  cols: number,
  at: (row: number, col: number) => string,
  isCorner: (row: number, col: number) => boolean
): Box[] {
  const boxes: Box[] = []
  const hEdge = (row: number, from: number, to: number) =>
    Array.from({ length: to - from - 1 }, (_, i) => at(row, from + 1 + i)).every((c) => H_LINE.has(c) || CORNER.has(c))
  const vEdge = (col: number, from: number, to: number) =>
    Array.from({ length: to - from - 1 }, (_, i) => at(from + 1 + i, col)).every((c) => V_LINE.has(c) || CORNER.has(c))
  for (let top = 0; top < rows; top++) {
    for (let left = 0; left < cols; left++) {
      if (!isCorner(top, left)) continue
      for (let right = left + 1; right < cols && (H_LINE.has(at(top, right)) || CORNER.has(at(top, right))); right++) {
        if (!isCorner(top, right)) continue
        const bottom = closingRow(top, left, right, rows, at, isCorner, hEdge, vEdge)
        if (bottom !== null) {
          boxes.push({ top, left, bottom, right })
          break
        }
      }
    }
  }
  return boxes
}

function closingRow(
  top: number,
  left: number,
  right: number,
  rows: number,
  at: (row: number, col: number) => string,
  isCorner: (row: number, col: number) => boolean,
  hEdge: (row: number, from: number, to: number) => boolean,
  vEdge: (col: number, from: number, to: number) => boolean
): number | null {
  for (let bottom = top + 1; bottom < rows && (V_LINE.has(at(bottom, left)) || CORNER.has(at(bottom, left))); bottom++) {
    if (isCorner(bottom, left) && isCorner(bottom, right) && hEdge(bottom, left, right) && vEdge(right, top, bottom)) {
      return bottom
    }
  }
  return null
}

/** Text left once lines are taken out; words one space apart stay one label. */
function findLabels(lines: string[], drawn: boolean[][]): Label[] {
  const labels: Label[] = []
  lines.forEach((line, row) => {
    const chars = Array.from(line, (char, col) => (drawn[row][col] ? ' ' : char)).join('')
    for (const match of chars.matchAll(/\S+(?: \S+)*/g)) {
      labels.push({ row, col: match.index, text: match[0] })
    }
  })
  return labels
}

/**
 * The figure's text grouped by the innermost box holding it (boxes top to bottom, then
 * left to right; text outside any box last), so a multi-line box label reads as one.
 */
export function labelGroups(grid: DitaaGrid): string[] {
  const boxes = [...grid.boxes].sort((a, b) => a.top - b.top || a.left - b.left)
  const area = (box: Box) => (box.bottom - box.top) * (box.right - box.left)
  const groups = new Map<number, string[]>()
  for (const label of grid.labels) {
    let owner = boxes.length
    boxes.forEach((box, index) => {
      const inside =
        box.top < label.row && label.row < box.bottom && box.left < label.col && label.col + label.text.length - 1 < box.right
      if (inside && (owner === boxes.length || area(box) < area(boxes[owner]))) owner = index
    })
    groups.set(owner, [...(groups.get(owner) ?? []), label.text])
  }
  return [...groups.entries()].sort(([a], [b]) => a - b).map(([, texts]) => texts.join(' '))
}

/** The words of a ditaa figure, box by box, for search. */
export function ditaaText(source: string): string {
  return labelGroups(readDitaa(source)).join(' ')
}
