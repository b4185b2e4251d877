// `-o yaml` as kubectl writes it: sigs.k8s.io/yaml turns the object into JSON, then
// into YAML with go-yaml v2. So mapping keys come out sorted, sequences under a key
// are not indented, strings that YAML 1.1 would read as something else are
// double-quoted ("80", "true", "2024-01-01T00:00:00Z", ""), strings that cannot be
// plain are single-quoted ('*'), multi-line strings use `|`, and long values fold at
// the first space past column 80. The `yaml` package reads YAML everywhere else; its
// emitter folds and quotes differently, hence this small writer.

const BEST_WIDTH = 80
const NULLS = new Set(['', '~', 'null', 'Null', 'NULL'])
const BOOLS = new Set([
  'y', 'Y', 'yes', 'Yes', 'YES', 'n', 'N', 'no', 'No', 'NO', 'true', 'True', 'TRUE',
  'false', 'False', 'FALSE', 'on', 'On', 'ON', 'off', 'Off', 'OFF'
])
const TIMESTAMP = /^\d{4}-\d{1,2}-\d{1,2}(?:(?:[Tt]| )\d{1,2}:\d{1,2}:\d{1,2}(?:\.\d*)?(?:Z|[+-]\d{1,2}(?::\d{2})?)?)?$/
const INT = /^[-+]?(?:0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/
const FLOAT = /^[-+]?(?:\d+\.?\d*(?:[eE][-+]?\d+)?|\.\d+(?:[eE][-+]?\d+)?|inf|infinity|nan)$/i
const SPECIAL_FLOAT = /^(?:[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/
const BASE60 = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/

/** True when go-yaml v2 would read the plain text as a null, bool, number or timestamp. */
function resolvesToNonString(s: string): boolean {
  if (NULLS.has(s) || BOOLS.has(s) || s === '<<') return true
  if (!/^[-+.0-9]/.test(s)) return false
  if (SPECIAL_FLOAT.test(s) || TIMESTAMP.test(s) || BASE60.test(s)) return true
  const plain = s.replace(/_/g, '')
  return INT.test(plain) || FLOAT.test(plain)
}

function isPrintable(c: string): boolean {
  const cp = c.codePointAt(0)!
  return (
    cp === 0x0a ||
    (cp >= 0x20 && cp <= 0x7e) ||
    cp === 0x85 ||
    (cp >= 0xa0 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd && cp !== 0xfeff) ||
    cp >= 0x10000
  )
}

interface Analysis {
  multiline: boolean
  plainAllowed: boolean
  singleAllowed: boolean
  blockAllowed: boolean
}

/** yaml_emitter_analyze_scalar, for block context. */
function analyze(value: string): Analysis {
  if (!value) return { multiline: false, plainAllowed: true, singleAllowed: true, blockAllowed: false }
  const chars = [...value]
  let blockIndicators = value.startsWith('---') || value.startsWith('...')
  let lineBreaks = false
  let special = false
  let leadingSpace = false
  let leadingBreak = false
  let trailingSpace = false
  let trailingBreak = false
  let breakSpace = false
  let spaceBreak = false
  let prevSpace = false
  let prevBreak = false
  let precededByWhitespace = true
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]
    const next = chars[i + 1]
    const followedByWhitespace = next === undefined || next === ' ' || next === '\t' || next === '\n' || next === '\r'
    if (i === 0) {
      if ('#,[]{}&*!|>\'"%@`'.includes(c)) blockIndicators = true
      else if ((c === '?' || c === ':' || c === '-') && followedByWhitespace) blockIndicators = true
    } else if (c === ':' && followedByWhitespace) blockIndicators = true
    else if (c === '#' && precededByWhitespace) blockIndicators = true
    if (!isPrintable(c)) special = true
    const isBreak = c === '\n' || c === '\r' || c === '\u0085' || c === '\u2028' || c === '\u2029'
    if (c === ' ') {
      if (i === 0) leadingSpace = true
      if (i === chars.length - 1) trailingSpace = true
      if (prevBreak) breakSpace = true
      prevSpace = true
      prevBreak = false
    } else if (isBreak) {
      lineBreaks = true
      if (i === 0) leadingBreak = true
      if (i === chars.length - 1) trailingBreak = true
      if (prevSpace) spaceBreak = true
      prevSpace = false
      prevBreak = true
    } else {
      prevSpace = false
      prevBreak = false
    }
    precededByWhitespace = c === ' ' || c === '\t' || isBreak
  }
  const a: Analysis = { multiline: lineBreaks, plainAllowed: true, singleAllowed: true, blockAllowed: true }
  if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) a.plainAllowed = false
  if (trailingSpace) a.blockAllowed = false
  if (breakSpace) {
    a.plainAllowed = false
    a.singleAllowed = false
  }
  if (spaceBreak || special) {
    a.plainAllowed = false
    a.singleAllowed = false
    a.blockAllowed = false
  }
  if (lineBreaks) a.plainAllowed = false
  if (blockIndicators) a.plainAllowed = false
  return a
}

type Style = 'plain' | 'single' | 'double' | 'literal'

function chooseStyle(s: string, isKey: boolean): Style {
  const a = analyze(s)
  let style: Style = resolvesToNonString(s) ? 'double' : s.includes('\n') ? 'literal' : 'plain'
  if (isKey && a.multiline) style = 'double'
  if (style === 'plain' && (!a.plainAllowed || (isKey && !s))) style = 'single'
  if (style === 'single' && !a.singleAllowed) style = 'double'
  if (style === 'literal' && (!a.blockAllowed || isKey)) style = 'double'
  return style
}

const ESCAPES: Record<number, string> = {
  0x00: '0', 0x07: 'a', 0x08: 'b', 0x09: 't', 0x0a: 'n', 0x0b: 'v', 0x0c: 'f', 0x0d: 'r',
  0x1b: 'e', 0x22: '"', 0x5c: '\\', 0x85: 'N', 0xa0: '_', 0x2028: 'L', 0x2029: 'P'
}

/** Writes scalars with go-yaml's column tracking, so long values fold where go-yaml folds them. */
class Line {
  constructor(public text: string, private readonly indent: number, private readonly out: string[]) {}
  get column(): number {
    return [...this.text].length
  }
  breakLine(): void {
    this.out.push(this.text)
    this.text = ' '.repeat(this.indent)
  }
}

function writeFlowScalar(line: Line, s: string, style: 'plain' | 'single' | 'double', allowBreaks: boolean): void {
  const chars = [...s]
  if (style === 'single') line.text += "'"
  if (style === 'double') line.text += '"'
  let spaces = false
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]
    const cp = c.codePointAt(0)!
    if (style === 'double' && (!isPrintable(c) || c === '\n' || c === '"' || c === '\\' || cp === 0xfeff)) {
      const e = ESCAPES[cp]
      line.text += '\\' + (e ?? (cp <= 0xff ? 'x' + hex(cp, 2) : cp <= 0xffff ? 'u' + hex(cp, 4) : 'U' + hex(cp, 8)))
      spaces = false
      continue
    }
    if (c === ' ') {
      const inner = style === 'plain' || (i > 0 && i < chars.length - 1)
      const nextSpace = chars[i + 1] === ' '
      if (allowBreaks && !spaces && line.column > BEST_WIDTH && inner && (style === 'double' || !nextSpace)) {
        line.breakLine()
        if (style === 'double' && nextSpace) line.text += '\\'
      } else {
        line.text += ' '
      }
      spaces = true
      continue
    }
    if (style === 'single' && c === "'") line.text += "'"
    line.text += c
    spaces = false
  }
  if (style === 'single') line.text += "'"
  if (style === 'double') line.text += '"'
}

function hex(n: number, width: number): string {
  return n.toString(16).toUpperCase().padStart(width, '0')
}

function literalHeader(s: string): string {
  let header = '|'
  if (s.startsWith(' ') || s.startsWith('\n')) header += '2'
  if (!s.endsWith('\n')) header += '-'
  else if (s === '\n' || s.endsWith('\n\n')) header += '+'
  return header
}

function scalarText(v: unknown): string | undefined {
  if (v === null || v === undefined) return 'null'
  if (typeof v === 'boolean') return v ? 'true' : 'false'
  if (typeof v === 'number') {
    if (Number.isInteger(v)) return String(v)
    if (!Number.isFinite(v)) return Number.isNaN(v) ? '.nan' : v > 0 ? '.inf' : '-.inf'
    return String(v).replace(/e([+-])(\d)$/, 'e$10$2')
  }
  return undefined
}

function isEmptyCollection(v: unknown): string | undefined {
  if (Array.isArray(v) && !v.length) return '[]'
  if (v && typeof v === 'object' && !Array.isArray(v) && !Object.keys(v).length) return '{}'
  return undefined
}

/** A scalar at the end of `linePrefix`; folded or literal lines continue at `indent`. */
function emitScalar(out: string[], linePrefix: string, value: unknown, indent: number): void {
  const text = scalarText(value)
  if (text !== undefined) {
    out.push(linePrefix + text)
    return
  }
  const s = String(value)
  const style = chooseStyle(s, false)
  if (style === 'literal') {
    out.push(linePrefix + literalHeader(s))
    const lines = s.split('\n')
    if (s.endsWith('\n')) lines.pop()
    for (const l of lines) out.push(l ? ' '.repeat(indent) + l : '')
    return
  }
  const line = new Line(linePrefix, indent, out)
  writeFlowScalar(line, s, style, true)
  out.push(line.text)
}

/** A sequence item: `dashPrefix` ends with `- ` whose dash sits at column `dashColumn`. */
function emitItem(out: string[], dashPrefix: string, item: unknown, dashColumn: number): void {
  const inner = dashColumn + 2
  const empty = isEmptyCollection(item)
  if (empty) {
    out.push(dashPrefix + empty)
  } else if (Array.isArray(item)) {
    item.forEach((x, i) => emitItem(out, (i === 0 ? dashPrefix : ' '.repeat(inner)) + '- ', x, inner))
  } else if (item && typeof item === 'object') {
    const obj = item as Record<string, unknown>
    Object.keys(obj)
      .sort()
      .forEach((k, i) => emitEntry(out, i === 0 ? dashPrefix : ' '.repeat(inner), k, obj[k], inner))
  } else {
    emitScalar(out, dashPrefix, item, inner)
  }
}

/** A mapping entry whose key starts after `prefix`; `indent` is the mapping's indent. */
function emitEntry(out: string[], prefix: string, key: string, value: unknown, indent: number): void {
  const head = prefix + keyText(key) + ':'
  const empty = isEmptyCollection(value)
  if (empty) {
    out.push(head + ' ' + empty)
  } else if (Array.isArray(value)) {
    out.push(head)
    for (const x of value) emitItem(out, ' '.repeat(indent) + '- ', x, indent)
  } else if (value && typeof value === 'object') {
    out.push(head)
    const obj = value as Record<string, unknown>
    for (const k of Object.keys(obj).sort()) emitEntry(out, ' '.repeat(indent + 2), k, obj[k], indent + 2)
  } else {
    emitScalar(out, head + ' ', value, indent + 2)
  }
}

function keyText(k: string): string {
  const style = chooseStyle(k, true)
  if (style === 'plain') return k
  const line = new Line('', 0, [])
  writeFlowScalar(line, k, style === 'literal' ? 'double' : style, false)
  return line.text
}

/** Serialises a JSON-like value as `kubectl get -o yaml` does. */
export function toKubectlYaml(value: unknown): string {
  const out: string[] = []
  const empty = isEmptyCollection(value)
  if (empty) return empty + '\n'
  if (Array.isArray(value)) {
    for (const item of value) emitItem(out, '- ', item, 0)
  } else if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>
    for (const k of Object.keys(obj).sort()) emitEntry(out, '', k, obj[k], 0)
  } else {
    emitScalar(out, '', value, 2)
  }
  return out.join('\n') + '\n'
}
