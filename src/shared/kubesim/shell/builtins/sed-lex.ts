// The pieces of sed script syntax shared by the compiler: command types, the reader that
// counts characters as GNU does for its messages, delimited texts and regexps.
import { basicToJs, extendedToJs } from './regex'

export type Address =
  | { kind: 'line'; n: number }
  | { kind: 'last' }
  | { kind: 're'; re: RegExp }
  /** GNU `first~step`. */
  | { kind: 'step'; first: number; step: number }
  /** A `+` or `~` without digits: GNU keeps it as an address that selects every line. */
  | { kind: 'any' }
  /** GNU `addr1,+N` and `addr1,~N` (second address only). */
  | { kind: 'plus' | 'mult'; n: number }

/** One piece of an `s` replacement: literal text, a group (0 for `&`), or GNU's `\U \L \E \u \l`. */
export type ReplacePart = string | number | { caseOp: 'U' | 'L' | 'E' | 'u' | 'l' }

export interface Substitution {
  re: RegExp
  parts: ReplacePart[]
  global: boolean
  /** Replace from the nth match on (1 by default). */
  nth: number
  print: boolean
}

export interface Command {
  name: string
  a1?: Address
  a2?: Address
  negate: boolean
  /** Range state, changed while the script runs (as GNU keeps it in the command). */
  range: 'inactive' | 'active' | 'closed'
  /** The last line of an active `addr,+N` range. */
  rangeEnd?: number
  subst?: Substitution
  /** Text of a, i and c, with its final newline (none when empty, as `a\` alone). */
  text?: string
  /** Exit code of q and Q. */
  exitCode?: number
  /** For `{`: the index of the command after its matching `}`. */
  blockEnd?: number
}

/** A malformed script: GNU reports where it stopped reading. */
export class SedError extends Error {
  constructor(message: string, public pos: number) {
    super(message)
  }
}

export class Reader {
  pos = 0
  constructor(readonly text: string) {}
  peek(): string | undefined {
    return this.text[this.pos]
  }
  next(): string | undefined {
    const c = this.text[this.pos]
    if (c !== undefined) this.pos++
    return c
  }
  fail(message: string): never {
    throw new SedError(message, this.pos)
  }
  skipBlanks(): void {
    while (this.peek() === ' ' || this.peek() === '\t') this.pos++
  }
}

export interface CompileOptions {
  extended: boolean
  /** The last regular expression compiled, for an empty `//`. */
  last?: RegExp
  /** The expression where `//` came before any regex: GNU reports it once all is read. */
  noPrevious?: number
  expr: number
}

/** JavaScript's complaint about a converted regex, in GNU regcomp's words. */
function regexError(err: unknown): string {
  const msg = err instanceof Error ? err.message : ''
  if (/Unterminated group/.test(msg)) return 'Unmatched ( or \\('
  if (/Unmatched '\)'/.test(msg)) return 'Unmatched ) or \\)'
  if (/character class/.test(msg)) return 'Unmatched [, [^, [:, [., or [='
  return 'Invalid preceding regular expression'
}

export function toRegExp(source: string, r: Reader, opts: CompileOptions, flags: string): RegExp {
  if (source === '') {
    opts.noPrevious ??= opts.last ? undefined : opts.expr
    return new RegExp(opts.last?.source ?? '(?:)', flags)
  }
  // JavaScript reads an unclosed `{` as a literal; GNU regcomp refuses it.
  if ((opts.extended ? /(?<!\\)\{(?![^]*\})/ : /\\\{(?![^]*\\\})/).test(source)) r.fail('Unmatched \\{')
  const js = (opts.extended ? extendedToJs : basicToJs)(source)
  try {
    const re = new RegExp(js, flags)
    opts.last = re
    return re
  } catch (err) {
    return r.fail(regexError(err))
  }
}

/**
 * Reads up to the unescaped delimiter, as GNU's match_slash: `\delim` is the delimiter
 * itself, `\n` a newline, a bracket expression may hold the delimiter. Undefined at the
 * end of the text or a newline, which the caller reports.
 */
export function readDelimited(r: Reader, delim: string, isRegex: boolean): string | undefined {
  let out = ''
  for (let c = r.next(); c !== undefined; c = r.next()) {
    if (c === delim) return out
    if (c === '\n') {
      r.pos-- // GNU puts the newline back before reporting
      return undefined
    }
    if (c === '\\') {
      const n = r.next()
      if (n === undefined) return undefined
      out += n === delim ? n : n === 'n' && isRegex ? '\\n' : '\\' + n
    } else if (c === '[' && isRegex) {
      out += c + readBracket(r)
    } else out += c
  }
  return undefined
}

/** The rest of a bracket expression, kept whole so a delimiter inside it is not the end. */
function readBracket(r: Reader): string {
  let out = ''
  if (r.peek() === '^') out += r.next()
  if (r.peek() === ']') out += r.next()
  for (let c = r.peek(); c !== undefined && c !== '\n'; c = r.peek()) {
    out += r.next()
    if (c === ']') break
    if (c === '[' && (r.peek() === ':' || r.peek() === '.' || r.peek() === '=')) {
      const close = r.text.indexOf(r.peek() + ']', r.pos + 1)
      if (close > 0) {
        out += r.text.slice(r.pos, close + 2)
        r.pos = close + 2
      }
    }
  }
  return out
}

export function readNumber(r: Reader): number {
  let digits = ''
  while (/[0-9]/.test(r.peek() ?? '')) digits += r.next()
  return Number(digits)
}

/** After a command: blanks, then the end, `;`, a newline, `}` or a comment. */
export function readEndOfCommand(r: Reader): void {
  r.skipBlanks()
  const c = r.peek()
  if (c === undefined || c === '}' || c === '#') return
  r.next()
  if (c !== ';' && c !== '\n') r.fail('extra characters after command')
}

/** GNU's escapes for control characters, in replacements and in a, i, c text. */
export const CONTROL: Record<string, string> = { a: '\x07', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' }
