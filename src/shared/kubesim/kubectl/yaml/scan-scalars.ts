// The scanner's scalars: block (`|`, `>`), quoted and plain. Their text is not kept (the
// `yaml` package reads the values once the document passes); only their extent and the
// errors go-yaml raises while reading them.

import { isBlank, isBlankZ, isBreak, isBreakZ, isZ, type Reader } from './reader'
import type { Mark } from './failure'
import type { Token } from './tokens'

/** `indent` is the scanner's current indentation (-1 at the top level). */
export function scanBlockScalar(r: Reader, indent: number): Token {
  const start = r.here()
  r.skip()
  let increment = 0
  const readChomping = (): void => {
    if (r.ch() === '+' || r.ch() === '-') r.skip()
  }
  const readIncrement = (): void => {
    if (/\d/.test(r.ch())) {
      if (r.ch() === '0') r.fail(start, 'found an indentation indicator equal to 0')
      increment = Number(r.ch())
      r.skip()
    }
  }
  if (r.ch() === '+' || r.ch() === '-') {
    readChomping()
    readIncrement()
  } else if (/\d/.test(r.ch())) {
    readIncrement()
    readChomping()
  }
  r.finishLine(start)
  let end = r.here()
  let blockIndent = increment > 0 ? (indent >= 0 ? indent + increment : increment) : 0
  const breaks = (): void => {
    end = r.here()
    let maxIndent = 0
    for (;;) {
      while ((blockIndent === 0 || r.mark.column < blockIndent) && r.ch() === ' ') r.skip()
      if (r.mark.column > maxIndent) maxIndent = r.mark.column
      if ((blockIndent === 0 || r.mark.column < blockIndent) && r.ch() === '\t') {
        r.fail(start, 'found a tab character where an indentation space is expected')
      }
      if (!isBreak(r.ch())) break
      r.skipLine()
      end = r.here()
    }
    if (blockIndent === 0) blockIndent = Math.max(maxIndent, indent + 1, 1)
  }
  breaks()
  while (r.mark.column === blockIndent && !isZ(r.ch())) {
    while (!isBreakZ(r.ch())) r.skip()
    if (isBreak(r.ch())) r.skipLine()
    breaks()
  }
  return { type: 'SCALAR', start, end }
}

/** A double-quoted escape after its `\`: go-yaml's accepted letters and hex lengths. */
function skipEscape(r: Reader, start: Mark): void {
  const e = r.ch(1)
  const length = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0
  if (!length && !'0abt\tnvfre "\'\\N_LP/'.includes(e)) r.fail(start, 'found unknown escape character')
  r.skip()
  r.skip()
  for (let k = 0; k < length; k++) {
    if (!/[0-9A-Fa-f]/.test(r.ch(k))) r.fail(start, 'did not find expected hexdecimal number')
  }
  if (length) {
    let value = 0
    for (let k = 0; k < length; k++) value = value * 16 + parseInt(r.ch(k), 16)
    if ((value >= 0xd800 && value <= 0xdfff) || value > 0x10ffff) r.fail(start, 'found invalid Unicode character escape code')
    for (let k = 0; k < length; k++) r.skip()
  }
}

export function scanFlowScalar(r: Reader, single: boolean): Token {
  const start = r.here()
  const quote = single ? "'" : '"'
  r.skip()
  for (;;) {
    if (r.documentIndicator()) r.fail(start, 'found unexpected document indicator')
    if (isZ(r.ch())) r.fail(start, 'found unexpected end of stream')
    while (!isBlankZ(r.ch())) {
      const c = r.ch()
      if (single && c === "'" && r.ch(1) === "'") {
        r.skip()
        r.skip()
      } else if (c === quote) break
      else if (!single && c === '\\' && isBreak(r.ch(1))) {
        r.skip()
        r.skipLine()
        break
      } else if (!single && c === '\\') skipEscape(r, start)
      else r.skip()
    }
    if (r.ch() === quote) break
    while (isBlank(r.ch()) || isBreak(r.ch())) {
      if (isBlank(r.ch())) r.skip()
      else r.skipLine()
    }
  }
  r.skip()
  return { type: 'SCALAR', start, end: r.here() }
}

/**
 * `indent` is the column a continuation line must reach (the scanner's indentation + 1).
 * `leadingBlanks` says the scalar ended after a line break, where a simple key may start.
 */
export function scanPlainScalar(r: Reader, indent: number, flowLevel: number): { token: Token; leadingBlanks: boolean } {
  const start = r.here()
  let end = r.here()
  let leadingBlanks = false
  for (;;) {
    if (r.documentIndicator()) break
    if (r.ch() === '#') break
    while (!isBlankZ(r.ch())) {
      const c = r.ch()
      if ((c === ':' && isBlankZ(r.ch(1))) || (flowLevel > 0 && ',?[]{}'.includes(c))) break
      leadingBlanks = false
      r.skip()
      end = r.here()
    }
    if (!(isBlank(r.ch()) || isBreak(r.ch()))) break
    while (isBlank(r.ch()) || isBreak(r.ch())) {
      if (isBlank(r.ch())) {
        if (leadingBlanks && r.mark.column < indent && r.ch() === '\t') {
          r.fail(start, 'found a tab character that violates indentation')
        }
        r.skip()
      } else {
        r.skipLine()
        leadingBlanks = true
      }
    }
    if (flowLevel === 0 && r.mark.column < indent) break
  }
  return { token: { type: 'SCALAR', start, end }, leadingBlanks }
}
