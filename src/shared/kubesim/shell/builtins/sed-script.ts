// The sed script compiler: turns `-e` expressions into a flat list of commands, with
// GNU sed 4.x's error messages and character positions.
import {
  CONTROL,
  Reader,
  SedError,
  readDelimited,
  readEndOfCommand,
  readNumber,
  toRegExp,
  type Address,
  type Command,
  type CompileOptions,
  type ReplacePart,
  type Substitution
} from './sed-lex'

export type { Command } from './sed-lex'

/** Commands this console runs; other GNU commands get a clear "not supported" error. */
const SUPPORTED = new Set(['s', 'p', 'd', 'q', 'Q', '=', '{', '}', '#', 'n', 'a', 'i', 'c'])
const GNU_ONLY = new Set(['h', 'H', 'g', 'G', 'x', 'N', 'D', 'P', 'l', 'r', 'R', 'w', 'W', 'e', 'F', 'z', 'b', 't', 'T', ':', 'v', 'y', 'L'])
/** GNU lets `=`, a, i take ranges; only q and Q refuse a second address. */
const ONE_ADDRESS = new Set(['q', 'Q'])

function readRegexAddress(r: Reader, delim: string, opts: CompileOptions): Address {
  const source = readDelimited(r, delim, true)
  if (source === undefined) r.fail('unterminated address regex')
  let flags = ''
  while (r.peek() === 'I' || r.peek() === 'M') flags += r.next() === 'I' ? 'i' : 'm'
  return { kind: 're', re: toRegExp(source, r, opts, [...new Set(flags)].join('')) }
}

function readAddress(r: Reader, opts: CompileOptions, second: boolean): Address | undefined {
  const c = r.peek()
  if (c === '$') {
    r.next()
    return { kind: 'last' }
  }
  if (c === '/') return readRegexAddress(r, (r.next(), '/'), opts)
  if (c === '\\') {
    r.next()
    const delim = r.next()
    if (delim === undefined) r.fail('unterminated address regex')
    return readRegexAddress(r, delim, opts)
  }
  if (c === '+' || c === '~') {
    r.next()
    if (!/[0-9]/.test(r.peek() ?? '')) return { kind: 'any' }
    const n = readNumber(r)
    if (!second && n > 0) r.fail('invalid usage of +N or ~N as first address')
    if (!second) return { kind: 'any' }
    return { kind: c === '+' ? 'plus' : 'mult', n }
  }
  if (c === undefined || !/[0-9]/.test(c)) return undefined
  const n = readNumber(r)
  if (r.peek() === '~') {
    r.next()
    if (/[0-9]/.test(r.peek() ?? '')) return { kind: 'step', first: n, step: readNumber(r) }
  }
  return { kind: 'line', n }
}

function readFlags(r: Reader, s: Substitution): string {
  let flags = ''
  let numbered = false
  for (;;) {
    const c = r.next()
    if (c === 'g') {
      if (s.global) r.fail("multiple `g' options to `s' command")
      s.global = true
    } else if (c === 'p') {
      if (s.print) r.fail("multiple `p' options to `s' command")
      s.print = true
    } else if (c === 'i' || c === 'I') flags += 'i'
    else if (c === 'm' || c === 'M') flags += 'm'
    else if (c !== undefined && /[0-9]/.test(c)) {
      if (numbered) r.fail("multiple number options to `s' command")
      r.pos--
      s.nth = readNumber(r)
      if (s.nth === 0) r.fail("number option to `s' command may not be zero")
      numbered = true
    } else if (c === undefined || c === ';' || c === '\n') return flags
    else if (c === ' ' || c === '\t') continue // GNU reads `s/a/b/ g` as `s/a/b/g`
    else if (c === '}' || c === '#') {
      r.pos--
      return flags
    } else if (c === 'w' || c === 'e') {
      r.fail(`the \`${c}' option of \`s' is not supported in this console`)
    } else r.fail("unknown option to `s'")
  }
}

/** `&`, `\1`…`\9`, `\n`, `\t` and escaped characters of an `s` replacement. */
function parseReplacement(text: string): ReplacePart[] {
  const parts: ReplacePart[] = []
  let literal = ''
  const push = (p: ReplacePart): void => {
    if (literal) parts.push(literal)
    literal = ''
    parts.push(p)
  }
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === '&') push(0)
    else if (c !== '\\' || i + 1 === text.length) literal += c
    else {
      const n = text[++i]
      if (/[0-9]/.test(n)) push(Number(n))
      else if ('ULEul'.includes(n)) push({ caseOp: n as 'U' | 'L' | 'E' | 'u' | 'l' })
      else literal += CONTROL[n] ?? n
    }
  }
  if (literal) parts.push(literal)
  return parts
}

function readSubstitution(r: Reader, opts: CompileOptions): Substitution {
  const delim = r.next()
  if (delim === undefined) r.fail("unterminated `s' command")
  const source = readDelimited(r, delim, true)
  const replacement = source === undefined ? undefined : readDelimited(r, delim, false)
  if (source === undefined || replacement === undefined) r.fail("unterminated `s' command")
  const s: Substitution = { re: /$^/, parts: parseReplacement(replacement), global: false, nth: 1, print: false }
  const flags = readFlags(r, s)
  s.re = toRegExp(source, r, opts, [...new Set(flags)].join('') + 'g')
  const groups = new RegExp(s.re.source + '|').exec('')!.length - 1
  const bad = s.parts.find((p) => typeof p === 'number' && p > groups)
  if (bad !== undefined) r.fail(`invalid reference \\${bad} on \`s' command's RHS`)
  return s
}

/**
 * Text of a, i, c up to an unescaped newline; `open` when it ends with a backslash at
 * the end of the expression, where GNU goes on with the next `-e` (`-e 'a\' -e text`).
 */
function readTextLines(r: Reader): { text: string; open: boolean } {
  let text = ''
  for (let c = r.next(); c !== undefined && c !== '\n'; c = r.next()) {
    if (c !== '\\') text += c
    else {
      const n = r.next()
      if (n === undefined) return { text: text + '\n', open: true }
      text += CONTROL[n] ?? n
    }
  }
  return { text: text + '\n', open: false }
}

/** GNU's one-line form (`a text`, blanks skipped) or the classic `a\` newline text. */
function readText(r: Reader): { text: string; open: boolean } {
  r.skipBlanks()
  if (r.peek() === '\\') {
    r.next()
    if (r.peek() === '\n') r.next()
    if (r.peek() === undefined) return { text: '', open: true }
  }
  if (r.peek() === undefined) r.fail("expected \\ after `a', `c' or `i'")
  return readTextLines(r)
}

interface Program {
  out: Command[]
  /** Open `{`: their index in `out` and their expression number, for GNU's error. */
  blocks: { index: number; expr: number }[]
  /** An a, i or c whose text goes on in the next expression. */
  openText?: Command
}

/** A command's addresses and `!`, checked as GNU checks them before the command name. */
function readAddresses(r: Reader, opts: CompileOptions, cmd: Command): void {
  cmd.a1 = readAddress(r, opts, false)
  r.skipBlanks()
  if (cmd.a1 && r.peek() === ',') {
    r.next()
    r.skipBlanks()
    cmd.a2 = readAddress(r, opts, true)
    if (!cmd.a2) {
      r.next() // GNU has read the character that is not an address
      r.fail("unexpected `,'")
    }
  }
  r.skipBlanks()
  // GNU refuses a lone 0 (only `0,/re/` is valid) after reading one more character
  if (cmd.a1?.kind === 'line' && cmd.a1.n === 0 && cmd.a2?.kind !== 're') {
    r.next()
    r.fail('invalid usage of line address 0')
  }
  if (r.peek() === '!') {
    r.next()
    cmd.negate = true
    r.skipBlanks()
    if (r.peek() === '!') {
      r.next()
      r.fail("multiple `!'s")
    }
  }
}

/** `#` and `}`: true when the command was one of them (nothing to append). */
function readStructure(r: Reader, cmd: Command, prog: Program): boolean {
  if (cmd.name === '#') {
    if (cmd.a1) r.fail("comments don't accept any addresses")
    while (r.peek() !== undefined && r.next() !== '\n');
    return true
  }
  if (cmd.name !== '}') return false
  if (!prog.blocks.length) r.fail("unexpected `}'")
  if (cmd.a1) r.fail("`}' doesn't want any addresses")
  prog.out[prog.blocks.pop()!.index].blockEnd = prog.out.length
  readEndOfCommand(r)
  return true
}

/** Reads one command (addresses, `!`, name, arguments) and appends it. */
function readCommand(r: Reader, opts: CompileOptions, prog: Program, expr: number): void {
  const cmd: Command = { name: '', negate: false, range: 'inactive' }
  readAddresses(r, opts, cmd)
  const name = r.next()
  if (name === undefined) r.fail('missing command')
  cmd.name = name
  if (!SUPPORTED.has(name)) {
    r.fail(GNU_ONLY.has(name) ? `the \`${name}' command is not supported in this console` : `unknown command: \`${name}'`)
  }
  if (readStructure(r, cmd, prog)) return
  if (cmd.a2 && ONE_ADDRESS.has(name)) r.fail('command only uses one address')
  if (name === '{') prog.blocks.push({ index: prog.out.length, expr })
  else if (name === 's') cmd.subst = readSubstitution(r, opts)
  else if (name === 'a' || name === 'i' || name === 'c') {
    const { text, open } = readText(r)
    cmd.text = text
    if (open) prog.openText = cmd
  } else if (name === 'q' || name === 'Q') {
    r.skipBlanks()
    cmd.exitCode = readNumber(r)
  }
  prog.out.push(cmd)
  // s and a/i/c have read their own end; `{` may be followed by a command at once
  if (name !== 's' && name !== 'a' && name !== 'i' && name !== 'c' && name !== '{') readEndOfCommand(r)
}

/**
 * Compiles the expressions (one per `-e`, or the script argument) into one program.
 * Throws a message already in GNU's form: `-e expression #N, char M: …`.
 */
export function compileScript(expressions: string[], extended: boolean): Command[] {
  const opts: CompileOptions = { extended, expr: 1 }
  const prog: Program = { out: [], blocks: [] }
  expressions.forEach((text, k) => {
    const r = new Reader(text)
    opts.expr = k + 1
    try {
      for (let open = prog.openText; open; open = prog.openText) {
        const more = readTextLines(r)
        open.text += more.text
        if (!more.open) prog.openText = undefined
        if (r.peek() === undefined) break
      }
      for (;;) {
        while (/[ \t\n;]/.test(r.peek() ?? 'x')) r.next()
        if (r.peek() === undefined) break
        readCommand(r, opts, prog, k + 1)
      }
    } catch (err) {
      if (err instanceof SedError) throw new Error(`-e expression #${k + 1}, char ${err.pos}: ${err.message}`)
      throw err
    }
  })
  const { blocks } = prog
  if (opts.noPrevious) throw new Error(`-e expression #${opts.noPrevious}, char 0: no previous regular expression`)
  if (blocks.length) throw new Error(`-e expression #${blocks[blocks.length - 1].expr}, char 0: unmatched \`{'`)
  return prog.out
}
