/** Half-open [start, end) character ranges of `text` that markdown renders as code. */
export type Range = readonly [start: number, end: number]

const fenceOpen = /^\s*(`{3,}|~{3,})/

/** Tracks fenced code blocks line by line, so that separators inside code are not read as syntax. */
export class FenceTracker {
  private marker: string | null = null

  /** Feeds one line; returns true when the line belongs to a fenced block (fences included). */
  feed(line: string): boolean {
    const match = fenceOpen.exec(line)
    if (this.marker === null) {
      if (match) this.marker = match[1]
      return match !== null
    }
    if (match && match[1][0] === this.marker[0] && match[1].length >= this.marker.length) {
      if (line.trim() === match[1]) this.marker = null
    }
    return true
  }

  get open(): boolean {
    return this.marker !== null
  }
}

/** Fenced blocks and inline code spans (a run of N backticks closed by the next run of exactly N). */
export function codeRanges(text: string): Range[] {
  const ranges: Range[] = []
  const fences = new FenceTracker()
  let offset = 0
  let prose = ''
  let proseStart = 0
  const flushProse = (): void => {
    ranges.push(...inlineCodeRanges(prose, proseStart))
    prose = ''
  }
  for (const line of text.split('\n')) {
    if (fences.feed(line)) {
      flushProse()
      ranges.push([offset, offset + line.length + 1])
    } else {
      if (prose === '') proseStart = offset
      prose += line + '\n'
    }
    offset += line.length + 1
  }
  flushProse()
  return ranges
}

function inlineCodeRanges(text: string, base: number): Range[] {
  const ranges: Range[] = []
  const runs = [...text.matchAll(/`+/g)]
  for (let i = 0; i < runs.length; i++) {
    const open = runs[i]
    const closeIndex = runs.findIndex((run, j) => j > i && run[0].length === open[0].length)
    if (closeIndex < 0) continue
    const close = runs[closeIndex]
    ranges.push([base + open.index, base + close.index + close[0].length])
    i = closeIndex
  }
  return ranges
}

export function inRanges(position: number, ranges: readonly Range[]): boolean {
  return ranges.some(([start, end]) => position >= start && position < end)
}
