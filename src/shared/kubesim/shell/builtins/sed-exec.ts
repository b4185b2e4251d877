// Runs a compiled sed program over lines, as GNU sed 4.x's execute.c does.
import type { Address, Command, Substitution } from './sed-lex'

/** One stream of input: all files together, or each file alone with -i and -s. */
export interface Stream {
  lines: string[]
  /** The last line had no newline: GNU prints it without one too. */
  missingNewline: boolean
}

export interface RunState {
  quiet: boolean
  out: string
  /** The last printed line lacked its newline; anything printed after adds it first. */
  pendingNewline: boolean
  /** Set by q and Q: stop reading input, exit with this code. */
  quit?: number
}

interface Cycle {
  ps: string
  lineNo: number
  isLast: boolean
  /** Text queued by `a`, printed at the end of the cycle. */
  appended: string[]
  /** q ran: unlike the end of input or Q, it completes a last line missing its newline. */
  quitByQ?: boolean
}

function write(state: RunState, text: string, newline = true): void {
  if (state.pendingNewline) state.out += '\n'
  state.out += text + (newline ? '\n' : '')
  state.pendingNewline = !newline
}

/** Text of a, i, c: it carries its own newline, and `a\` alone prints nothing. */
function writeText(state: RunState, text: string): void {
  if (text) write(state, text.slice(0, -1))
}

function printPattern(state: RunState, cycle: Cycle, stream: Stream): void {
  write(state, cycle.ps, !(cycle.isLast && stream.missingNewline))
}

function matchOne(a: Address, c: Cycle): boolean {
  switch (a.kind) {
    case 'line':
      return c.lineNo === a.n
    case 'last':
      return c.isLast
    case 're':
      return a.re.test(c.ps)
    case 'step':
      return a.step <= 0 ? c.lineNo === a.first : c.lineNo >= a.first && (c.lineNo - a.first) % a.step === 0
    case 'any':
      return true
    case 'plus':
    case 'mult':
      return false
  }
}

/** The end line of an active range whose second address is a number (`a,5` or `a,+2`). */
function rangeEndLine(cmd: Command): number | undefined {
  return cmd.a2?.kind === 'line' ? cmd.a2.n : cmd.a2?.kind === 'plus' || cmd.a2?.kind === 'mult' ? cmd.rangeEnd : undefined
}

/** An active range: does this line end it (GNU match_address_p, RANGE_ACTIVE)? */
function continueRange(cmd: Command, c: Cycle): boolean {
  const end = rangeEndLine(cmd)
  if (end !== undefined) {
    if (c.lineNo >= end) cmd.range = 'closed'
    // past the end (lines skipped by d or n): only a new first-address match counts
    return c.lineNo <= end || matchOne(cmd.a1!, c)
  }
  if (matchOne(cmd.a2!, c)) cmd.range = 'closed'
  return true
}

/** Does the range start on this line, and does it end there too? */
function startRange(cmd: Command, c: Cycle): boolean {
  const a1 = cmd.a1!
  // a numbered first address starts the range on any later line until it has closed once
  if (a1.kind === 'line' ? cmd.range === 'closed' || c.lineNo < a1.n : !matchOne(a1, c)) return false
  const a2 = cmd.a2!
  if (a2.kind === 'plus') cmd.rangeEnd = c.lineNo + a2.n
  // `addr,~N`: up to the next line number that is a multiple of N
  if (a2.kind === 'mult') cmd.rangeEnd = a2.n > 0 ? Math.ceil(c.lineNo / a2.n) * a2.n : c.lineNo
  const end = rangeEndLine(cmd)
  cmd.range = end !== undefined && end <= c.lineNo ? 'closed' : 'active'
  return true
}

function selects(cmd: Command, c: Cycle): boolean {
  let hit: boolean
  if (!cmd.a1) hit = true
  else if (!cmd.a2) hit = matchOne(cmd.a1, c)
  else hit = cmd.range === 'active' ? continueRange(cmd, c) : startRange(cmd, c)
  return hit !== cmd.negate
}

/** The replacement for one match, with GNU's case conversions (`\U` until `\E`, `\u` once). */
function expand(parts: Substitution['parts'], m: RegExpExecArray): string {
  let out = ''
  let mode = ''
  let once = ''
  for (const p of parts) {
    if (typeof p === 'object') {
      if (p.caseOp === 'u' || p.caseOp === 'l') once = p.caseOp
      else mode = p.caseOp === 'E' ? '' : p.caseOp
      continue
    }
    let text = typeof p === 'number' ? m[p] ?? '' : p
    if (mode) text = mode === 'U' ? text.toUpperCase() : text.toLowerCase()
    if (once && text) {
      text = (once === 'u' ? text[0].toUpperCase() : text[0].toLowerCase()) + text.slice(1)
      once = ''
    }
    out += text
  }
  return out
}

/**
 * `s` on the pattern space, or undefined when nothing was replaced. GNU skips an empty
 * match right after the previous match: replacing `a*` by x everywhere in `baaac` gives
 * `xbxcx`, where JavaScript's replace gives `xbxxcx`.
 */
export function substitute(ps: string, s: Substitution): string | undefined {
  let out = ''
  let copied = 0
  let count = 0
  let prevEnd = -1
  let changed = false
  for (let pos = 0; pos <= ps.length; ) {
    s.re.lastIndex = pos
    const m = s.re.exec(ps)
    if (!m) break
    const end = m.index + m[0].length
    if (m[0] === '' && m.index === prevEnd) {
      pos = m.index + 1
      continue
    }
    if (++count >= s.nth) {
      out += ps.slice(copied, m.index) + expand(s.parts, m)
      copied = end
      changed = true
      if (!s.global) break
    }
    prevEnd = end
    pos = m[0] === '' ? end + 1 : end
  }
  return changed ? out + ps.slice(copied) : undefined
}

/** Runs one cycle's commands; returns false when the pattern space was deleted. */
function runCommands(prog: Command[], cycle: Cycle, stream: Stream, state: RunState, next: () => boolean): boolean {
  for (let pc = 0; pc < prog.length; ) {
    const cmd = prog[pc]
    if (!selects(cmd, cycle)) {
      pc = cmd.name === '{' ? cmd.blockEnd! : pc + 1
      continue
    }
    pc++
    switch (cmd.name) {
      case '=':
        write(state, String(cycle.lineNo))
        break
      case 'p':
        printPattern(state, cycle, stream)
        break
      case 'd':
        return false
      case 's': {
        const replaced = substitute(cycle.ps, cmd.subst!)
        if (replaced !== undefined) {
          cycle.ps = replaced
          if (cmd.subst!.print) printPattern(state, cycle, stream)
        }
        break
      }
      case 'q':
        state.quit = cmd.exitCode
        cycle.quitByQ = true
        return true
      case 'Q':
        state.quit = cmd.exitCode
        return false
      case 'n':
        // at the last line GNU prints the pattern space and quits
        if (cycle.isLast) {
          state.quit = 0
          return true
        }
        if (!state.quiet) printPattern(state, cycle, stream)
        flushAppended(state, cycle)
        next()
        break
      case 'a':
        cycle.appended.push(cmd.text!)
        break
      case 'i':
        writeText(state, cmd.text!)
        break
      case 'c':
        // a range is changed into one text, at its end; `!` changes every line
        if (!cmd.a2 || cmd.negate || cmd.range !== 'active') writeText(state, cmd.text!)
        return false
    }
  }
  return true
}

function flushAppended(state: RunState, cycle: Cycle): void {
  for (const text of cycle.appended) writeText(state, text)
  cycle.appended = []
}

/** Runs the program over a stream, printing into state.out. */
export function runStream(prog: Command[], stream: Stream, state: RunState): void {
  const { lines } = stream
  let idx = -1
  const cycle: Cycle = { ps: '', lineNo: 0, isLast: false, appended: [] }
  const next = (): boolean => {
    if (idx + 1 >= lines.length) return false
    idx++
    cycle.ps = lines[idx]
    cycle.lineNo = idx + 1
    cycle.isLast = idx === lines.length - 1
    return true
  }
  while (state.quit === undefined && next()) {
    const keep = runCommands(prog, cycle, stream, state, next)
    if (keep && !state.quiet) printPattern(state, cycle, stream)
    flushAppended(state, cycle)
    // q ends the output with a newline even when the input's last line had none
    if (cycle.quitByQ && state.pendingNewline) {
      state.out += '\n'
      state.pendingNewline = false
    }
  }
}

/** A fresh copy of the range states, and `0,/re/` ranges active from the start. */
export function resetRanges(prog: Command[]): void {
  for (const cmd of prog) cmd.range = cmd.a1?.kind === 'line' && cmd.a1.n === 0 && cmd.a2 ? 'active' : 'inactive'
}
