import { reverseTable, type SingleByteCharset } from './charsets'

export type EncodingRepair = SingleByteCharset

export interface RepairResult {
  text: string
  /** Set when the text was mojibake and has been repaired. */
  repairedFrom?: EncodingRepair
}

const utf8 = new TextDecoder('utf-8', { fatal: true })
// What a wrong repair of correct text produces: a typographic character followed by an
// accented letter (`’é`, `«à`) reads as a valid pair in Mac Roman and decodes into
// combining marks, Greek, Cyrillic, Armenian, Hebrew… A true repair yields French.
const UNLIKELY_REPAIR = /[\u0250-\u07ff]/u
const NON_ASCII = /[^\x00-\x7f]/

/** The line with each character mapped back to its byte and read as UTF-8, or null. */
function repairLine(line: string, table: Map<string, number>): string | null {
  const bytes: number[] = []
  for (const char of line) {
    const code = char.codePointAt(0)!
    if (code < 0x80) bytes.push(code)
    else {
      const byte = table.get(char)
      if (byte === undefined) return null
      bytes.push(byte)
    }
  }
  try {
    const repaired = utf8.decode(new Uint8Array(bytes))
    return repaired !== line ? repaired : null
  } catch {
    return null
  }
}

interface Candidate {
  charset: SingleByteCharset
  lines: Map<number, string>
  plausible: boolean
}

function candidate(lines: string[], charset: SingleByteCharset): Candidate {
  const table = reverseTable(charset)
  const repaired = new Map<number, string>()
  let plausible = false
  lines.forEach((line, index) => {
    if (!NON_ASCII.test(line)) return
    const fixed = repairLine(line, table)
    if (fixed === null) return
    repaired.set(index, fixed)
    const added = Array.from(fixed).filter((char) => NON_ASCII.test(char) && !line.includes(char))
    if (added.some((char) => !UNLIKELY_REPAIR.test(char))) plausible = true
  })
  return { charset, lines: repaired, plausible }
}

/**
 * Detects UTF-8 text that was decoded as Mac Roman (`Pr√©sentation`) or Windows-1252
 * (`PrÃ©sentation`) and re-encoded, and undoes it exactly. Correct text is returned as
 * is: a line is repaired only when all of it maps back to valid UTF-8, and only when most
 * non-ASCII lines of the text do and the result reads as plausible text.
 */
export function repairEncoding(text: string): RepairResult {
  const lines = text.split('\n')
  const nonAscii = lines.filter((line) => NON_ASCII.test(line)).length
  if (nonAscii === 0) return { text }
  const best = (['mac-roman', 'windows-1252'] as const)
    .map((charset) => candidate(lines, charset))
    .filter((found) => found.plausible && found.lines.size * 2 >= nonAscii)
    .sort((a, b) => b.lines.size - a.lines.size)[0]
  if (!best) return { text }
  return {
    text: lines.map((line, index) => best.lines.get(index) ?? line).join('\n'),
    repairedFrom: best.charset
  }
}
