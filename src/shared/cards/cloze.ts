import { codeRanges, inRanges } from './code-ranges'

/** One `{{cN::answer}}` or `{{cN::answer::hint}}` deletion, with its place in the text. */
export interface Cloze {
  number: number
  answer: string
  hint?: string
  start: number
  end: number
}

export interface ClozeProblem {
  /** Character offset of the problem in the scanned text. */
  offset: number
  message: string
}

const opening = /\{\{c(\d+)::/g
const looksLikeOpening = /\{\{\s*c\d*\s*:?/g

/** Finds every cloze deletion of `text` and everything malformed about them. */
export function scanClozes(text: string): { clozes: Cloze[]; problems: ClozeProblem[] } {
  const clozes: Cloze[] = []
  const problems: ClozeProblem[] = []
  const code = codeRanges(text)
  const wellFormedStarts = new Set<number>()

  for (const match of text.matchAll(opening)) {
    const start = match.index
    wellFormedStarts.add(start)
    const bodyStart = start + match[0].length
    const close = text.indexOf('}}', bodyStart)
    if (close < 0) {
      problems.push({ offset: start, message: `cloze "${match[0]}" is never closed with "}}"` })
      continue
    }
    const body = text.slice(bodyStart, close)
    const number = Number(match[1])
    const [answer, hint, ...extra] = body.split('::')
    if (number < 1) problems.push({ offset: start, message: 'cloze numbers start at c1' })
    else if (body.includes('{{')) problems.push({ offset: start, message: 'clozes cannot be nested' })
    else if (answer.trim() === '') problems.push({ offset: start, message: `cloze c${number} has an empty answer` })
    else if (extra.length > 0) problems.push({ offset: start, message: `cloze c${number} has more than one "::hint"` })
    else if (inRanges(start, code))
      problems.push({
        offset: start,
        message: `cloze c${number} is inside code: put the backticks inside the cloze, as {{c${number}::\`code\`}}`
      })
    else clozes.push({ number, answer, hint: hint?.trim() || undefined, start, end: close + 2 })
  }

  for (const match of text.matchAll(looksLikeOpening)) {
    if (!wellFormedStarts.has(match.index) && !inRanges(match.index, code)) {
      problems.push({ offset: match.index, message: `malformed cloze "${match[0]}…": write {{c1::answer}} or {{c1::answer::hint}}` })
    }
  }
  problems.sort((a, b) => a.offset - b.offset)
  return { clozes, problems }
}

/** The distinct cloze numbers of `text`, ascending: one review card per number. */
export function clozeNumbers(text: string): number[] {
  return [...new Set(scanClozes(text).clozes.map((cloze) => cloze.number))].sort((a, b) => a - b)
}

/**
 * Markdown for one side of cloze card `n`. Front: deletion `n` becomes `[…]` (or `[hint]`);
 * back: its answer is highlighted. Other deletions always show their answer.
 */
export function renderCloze(text: string, n: number, side: 'front' | 'back'): string {
  let out = ''
  let at = 0
  for (const cloze of scanClozes(text).clozes) {
    out += text.slice(at, cloze.start)
    if (cloze.number !== n) out += cloze.answer
    else if (side === 'front') out += `<span class="cloze">[${escapeHtml(cloze.hint ?? '…')}]</span>`
    else out += `<mark class="cloze">${cloze.answer}</mark>`
    at = cloze.end
  }
  return out + text.slice(at)
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}
