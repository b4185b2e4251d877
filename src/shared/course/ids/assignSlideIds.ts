import { commonSubsequence, jaccard, shingles } from './similarity'

export interface KnownSlide {
  id: string
  title: string
  text: string
}

export interface SlideContent {
  title: string
  text: string
}

/** Below this trigram similarity a changed slide counts as a new one. */
const MIN_SIMILARITY = 0.4
const SAME_TITLE_BONUS = 0.1
/** A slide that moved a little still wins over an equally similar one far away. */
const DISTANCE_PENALTY = 0.01
const MAX_PENALISED_DISTANCE = 20
/** Past this many comparisons, only slides near their expected place are compared. */
const FULL_COMPARISON_LIMIT = 40_000
const NEAR = 100

// The text already holds the heading; a derived title ("… (suite 2)") shifts when a slide
// is inserted before it, so it is not part of the key.
const contentKey = (slide: SlideContent) => slide.text || slide.title

/**
 * Ids for the slides of a re-parsed file, reusing the ids of the previous version so a
 * note or card stays on its slide when the author inserts, deletes, moves or edits
 * slides. Matched like a diff: identical content in order first, then identical content
 * that moved, then a title that is unique on both sides, then the most similar text
 * (position breaks ties). Unmatched slides get `newId()`. No id is given twice.
 */
export function assignSlideIds(previous: KnownSlide[], next: SlideContent[], newId: () => string): string[] {
  const match: (number | undefined)[] = new Array(next.length)
  const taken = new Set<number>()
  const pair = (prevIndex: number, nextIndex: number) => {
    match[nextIndex] = prevIndex
    taken.add(prevIndex)
  }

  const prevKeys = previous.map(contentKey)
  const nextKeys = next.map(contentKey)
  for (const [i, j] of commonSubsequence(prevKeys, nextKeys)) pair(i, j)
  matchEqual(prevKeys, nextKeys, match, taken, pair)
  matchUniqueTitles(previous, next, match, taken, pair)
  matchSimilar(previous, next, match, taken, pair)

  const used = new Set<string>()
  const known = new Set(previous.map((slide) => slide.id))
  return next.map((_, index) => {
    const prevIndex = match[index]
    const reused = prevIndex === undefined ? undefined : previous[prevIndex].id
    if (reused !== undefined && !used.has(reused)) {
      used.add(reused)
      return reused
    }
    const id = freshId(newId, (candidate) => used.has(candidate) || known.has(candidate))
    used.add(id)
    return id
  })
}

/** A new id must not revive a deleted slide's id: its notes would jump to another slide. */
function freshId(newId: () => string, clashes: (id: string) => boolean): string {
  for (let attempt = 0; attempt < 100; attempt++) {
    const id = newId()
    if (!clashes(id)) return id
  }
  throw new Error('assignSlideIds: newId() keeps returning ids already in use')
}

type Pair = (prevIndex: number, nextIndex: number) => void

/** Equal keys left over, e.g. a slide moved far away: paired in order of appearance. */
function matchEqual(prevKeys: string[], nextKeys: string[], match: (number | undefined)[], taken: Set<number>, pair: Pair) {
  const waiting = new Map<string, number[]>()
  prevKeys.forEach((key, index) => {
    if (!taken.has(index)) waiting.set(key, [...(waiting.get(key) ?? []), index])
  })
  nextKeys.forEach((key, index) => {
    if (match[index] !== undefined) return
    const candidate = waiting.get(key)?.shift()
    if (candidate !== undefined) pair(candidate, index)
  })
}

function matchUniqueTitles(
  previous: KnownSlide[],
  next: SlideContent[],
  match: (number | undefined)[],
  taken: Set<number>,
  pair: Pair
) {
  const count = (titles: string[]) => titles.reduce((map, title) => map.set(title, (map.get(title) ?? 0) + 1), new Map<string, number>())
  const freePrev = previous.map((slide, index) => ({ title: slide.title, index })).filter(({ index }) => !taken.has(index))
  const freeNext = next.map((slide, index) => ({ title: slide.title, index })).filter(({ index }) => match[index] === undefined)
  const prevCounts = count(freePrev.map((slide) => slide.title))
  const nextCounts = count(freeNext.map((slide) => slide.title))
  const prevByTitle = new Map(freePrev.map((slide) => [slide.title, slide.index]))
  for (const { title, index } of freeNext) {
    if (prevCounts.get(title) === 1 && nextCounts.get(title) === 1) pair(prevByTitle.get(title)!, index)
  }
}

function matchSimilar(
  previous: KnownSlide[],
  next: SlideContent[],
  match: (number | undefined)[],
  taken: Set<number>,
  pair: Pair
) {
  const freePrev = previous.map((_, index) => index).filter((index) => !taken.has(index))
  const freeNext = next.map((_, index) => index).filter((index) => match[index] === undefined)
  if (freePrev.length === 0 || freeNext.length === 0) return
  const grams = new Map(freePrev.map((index) => [index, shingles(`${previous[index].title}\n${previous[index].text}`)]))
  const candidates: { prevIndex: number; nextIndex: number; score: number }[] = []
  const everywhere = freePrev.length * freeNext.length <= FULL_COMPARISON_LIMIT
  for (const nextIndex of freeNext) {
    const nextGrams = shingles(`${next[nextIndex].title}\n${next[nextIndex].text}`)
    const expected = expectedPosition(nextIndex, match)
    for (const prevIndex of freePrev) {
      if (!everywhere && Math.abs(prevIndex - expected) > NEAR) continue
      const prevGrams = grams.get(prevIndex)!
      // Jaccard cannot exceed the ratio of the set sizes.
      const sizes = [prevGrams.size, nextGrams.size].sort((a, b) => a - b)
      if (sizes[0] < MIN_SIMILARITY * sizes[1]) continue
      const similarity = jaccard(prevGrams, nextGrams)
      if (similarity < MIN_SIMILARITY) continue
      const bonus = previous[prevIndex].title === next[nextIndex].title ? SAME_TITLE_BONUS : 0
      const distance = Math.min(Math.abs(prevIndex - expected), MAX_PENALISED_DISTANCE)
      candidates.push({ prevIndex, nextIndex, score: similarity + bonus - distance * DISTANCE_PENALTY })
    }
  }
  candidates.sort((a, b) => b.score - a.score || a.nextIndex - b.nextIndex || a.prevIndex - b.prevIndex)
  for (const { prevIndex, nextIndex } of candidates) {
    if (!taken.has(prevIndex) && match[nextIndex] === undefined) pair(prevIndex, nextIndex)
  }
}

/** Where a new slide "should" be in the old file, from the nearest matched slide before it. */
function expectedPosition(nextIndex: number, match: (number | undefined)[]): number {
  for (let j = nextIndex - 1; j >= 0; j--) {
    const prevIndex = match[j]
    if (prevIndex !== undefined) return prevIndex + (nextIndex - j)
  }
  return nextIndex
}
