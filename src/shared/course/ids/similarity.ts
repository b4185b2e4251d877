/** Character trigrams of a text, case- and spacing-blind: a typo changes only a few. */
export function shingles(text: string): Set<string> {
  const normal = ` ${text.toLowerCase().replace(/\s+/g, ' ').trim()} `
  const grams = new Set<string>()
  for (let i = 0; i + 3 <= normal.length; i++) grams.add(normal.slice(i, i + 3))
  return grams
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  let shared = 0
  for (const gram of small) if (large.has(gram)) shared++
  return shared / (a.size + b.size - shared)
}

/**
 * Pairs of equal items in the longest common subsequence of two key lists, as
 * [indexInA, indexInB]. Common ends are trimmed first so a local edit stays cheap; the
 * middle is skipped when too large to compare cell by cell.
 */
export function commonSubsequence(a: string[], b: string[], maxCells = 4_000_000): [number, number][] {
  const pairs: [number, number][] = []
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) pairs.push([start, start++])
  let endA = a.length
  let endB = b.length
  const tail: [number, number][] = []
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) tail.push([--endA, --endB])
  const rows = endA - start
  const cols = endB - start
  if (rows > 0 && cols > 0 && rows * cols <= maxCells) {
    const width = cols + 1
    const table = new Uint32Array((rows + 1) * width)
    for (let i = rows - 1; i >= 0; i--) {
      for (let j = cols - 1; j >= 0; j--) {
        table[i * width + j] =
          a[start + i] === b[start + j]
            ? table[(i + 1) * width + j + 1] + 1
            : Math.max(table[(i + 1) * width + j], table[i * width + j + 1])
      }
    }
    for (let i = 0, j = 0; i < rows && j < cols; ) {
      if (a[start + i] === b[start + j]) pairs.push([start + i++, start + j++])
      else if (table[(i + 1) * width + j] >= table[i * width + j + 1]) i++
      else j++
    }
  }
  return pairs.concat(tail.reverse())
}
