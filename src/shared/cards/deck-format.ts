import { parseCardHeader, type CardHeader } from './card-header'
import { scanClozes } from './cloze'
import { FenceTracker } from './code-ranges'
import { DeckFormatError, type DeckCard, type DeckProblem } from './deck-types'

export { cardTypes, DeckFormatError, type CardType, type DeckCard, type DeckProblem } from './deck-types'
export { clozeNumbers, renderCloze, scanClozes, type Cloze, type ClozeProblem } from './cloze'
export { normaliseSourceText, slidesMatchingSource, sourceMatches } from './source-phrase'
export { cardFaces, type CardFace } from './card-faces'

/** Line that separates a card's front from its back (see content/cards/README.md). */
export const answerSeparator = '???'

interface RawCard {
  line: number
  chapter: string
  header?: CardHeader
  body: { text: string; line: number }[]
}

const headerLine = /^(?:[A-Za-z][\w-]*\s*:|\s|#)/

/**
 * Parses a deck file. Throws a DeckFormatError listing every problem (with its line)
 * rather than returning a partial deck: a release never ships half a deck.
 */
export function parseDeck(text: string, file: string): { cards: DeckCard[] } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/)
  const problems: DeckProblem[] = []
  const raws: RawCard[] = []
  let chapter: string | null = null
  let current: RawCard | null = null
  let fences = new FenceTracker()

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    const lineNo = i + 1
    if (current && fences.open) {
      fences.feed(line)
      current.body.push({ text: line, line: lineNo })
      continue
    }
    if (line.trimEnd() === '---') {
      if (chapter === null) problems.push({ line: lineNo, message: 'card before the first chapter heading ("# Chapter title")' })
      const close = findHeaderEnd(lines, i + 1, problems)
      current = { line: lineNo, chapter: chapter ?? '', body: [] }
      raws.push(current)
      fences = new FenceTracker()
      if (close < 0) {
        current.header = undefined
        i = skipToNextCard(lines, i + 1) - 1
        continue
      }
      const parsed = parseCardHeader(lines.slice(i + 1, close), lineNo + 1)
      problems.push(...parsed.problems)
      current.header = parsed.header
      i = close
      continue
    }
    if (line.startsWith('# ')) {
      chapter = line.slice(2).trim()
      if (chapter === '') problems.push({ line: lineNo, message: 'empty chapter heading' })
      current = null
      continue
    }
    if (current) {
      fences.feed(line)
      current.body.push({ text: line, line: lineNo })
    } else if (chapter !== null && line.trim() !== '') {
      problems.push({ line: lineNo, message: 'text outside a card: a card starts with a "---" line' })
    }
  }

  const cards: DeckCard[] = []
  const firstLineOfId = new Map<string, number>()
  for (const raw of raws) {
    if (!raw.header) continue
    const card = buildCard(raw, raw.header, problems)
    const seen = firstLineOfId.get(raw.header.id)
    if (seen !== undefined) problems.push({ line: raw.line, message: `duplicate id "${raw.header.id}" (first used on line ${seen})` })
    else firstLineOfId.set(raw.header.id, raw.line)
    if (card) cards.push(card)
  }

  if (problems.length > 0) throw new DeckFormatError(file, problems.sort((a, b) => a.line - b.line))
  return { cards }
}

/** Index of the `---` closing a header that starts at `from`, or -1 (with a problem) if the header runs into text. */
function findHeaderEnd(lines: string[], from: number, problems: DeckProblem[]): number {
  for (let i = from; i < lines.length; i++) {
    if (lines[i].trimEnd() === '---') return i
    if (!headerLine.test(lines[i])) {
      problems.push({
        line: i + 1,
        message:
          'expected "key: value" or the "---" closing the card header (a "---" line inside card text starts a new card)'
      })
      return -1
    }
  }
  // `from` is the 0-based index after the opening `---`, i.e. that line's 1-based number.
  problems.push({ line: from, message: 'the card header opened here is never closed by a "---" line' })
  return -1
}

function skipToNextCard(lines: string[], from: number): number {
  const fences = new FenceTracker()
  for (let i = from; i < lines.length; i++) {
    if (fences.feed(lines[i])) continue
    if (lines[i].trimEnd() === '---' || lines[i].startsWith('# ')) return i
  }
  return lines.length
}

function buildCard(raw: RawCard, header: CardHeader, problems: DeckProblem[]): DeckCard | null {
  const fences = new FenceTracker()
  const separators = raw.body.filter((line) => !fences.feed(line.text) && line.text.trim() === answerSeparator)
  const count = problems.length
  if (separators.length > 1) {
    problems.push({ line: separators[1].line, message: `more than one "${answerSeparator}" line in card "${header.id}"` })
  }
  const cut = separators.length > 0 ? raw.body.indexOf(separators[0]) : raw.body.length
  const front = trimBlankLines(raw.body.slice(0, cut))
  const back = trimBlankLines(raw.body.slice(cut + 1))

  if (front.text === '') problems.push({ line: raw.line, message: `card "${header.id}" has no front text` })
  if (header.type === 'cloze') {
    const scan = scanClozes(front.text)
    for (const problem of scan.problems) problems.push({ line: lineAt(front, problem.offset), message: problem.message })
    if (scan.clozes.length === 0 && scan.problems.length === 0 && front.text !== '') {
      problems.push({ line: front.line, message: `cloze card "${header.id}" has no {{c1::…}} deletion` })
    }
    rejectClozes(back, `the extra text of cloze card "${header.id}" cannot hold deletions`, problems)
  } else {
    if (separators.length === 0) {
      problems.push({ line: raw.line, message: `${header.type} card "${header.id}" needs a "${answerSeparator}" line between front and back` })
    } else if (back.text === '') {
      problems.push({ line: separators[0].line, message: `card "${header.id}" has an empty back` })
    }
    const hint = `cloze deletion in ${header.type} card "${header.id}": use type: cloze`
    rejectClozes(front, hint, problems)
    rejectClozes(back, hint, problems)
  }
  if (problems.length > count) return null
  return { ...header, chapter: raw.chapter, front: front.text, back: back.text, line: raw.line }
}

function rejectClozes(part: { text: string; line: number }, message: string, problems: DeckProblem[]): void {
  const scan = scanClozes(part.text)
  const first = [...scan.clozes.map((cloze) => cloze.start), ...scan.problems.map((problem) => problem.offset)].sort((a, b) => a - b)[0]
  if (first !== undefined) problems.push({ line: lineAt(part, first), message })
}

function trimBlankLines(lines: { text: string; line: number }[]): { text: string; line: number } {
  let start = 0
  let end = lines.length
  while (start < end && lines[start].text.trim() === '') start++
  while (end > start && lines[end - 1].text.trim() === '') end--
  const kept = lines.slice(start, end)
  return { text: kept.map((line) => line.text.trimEnd()).join('\n'), line: kept[0]?.line ?? 0 }
}

function lineAt(part: { text: string; line: number }, offset: number): number {
  return part.line + (part.text.slice(0, offset).match(/\n/g)?.length ?? 0)
}
