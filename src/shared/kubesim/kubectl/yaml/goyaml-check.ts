// The errors go-yaml v2 (the YAML reader behind sigs.k8s.io/yaml, hence behind kubectl)
// finds in a document, with its wording and its line numbers: a reduced reading of its
// scanner (scannerc.go: tokens, indentation, simple keys) and parser (parserc.go: the
// event state machine) that keeps only what decides whether, where and why the input is
// refused. Values are left to the `yaml` package once this check has passed.
//
// Line numbers follow go-yaml's `fail()`: scanner errors report the 1-based line of the
// problem, parser errors the 0-based one (so the line before the offending token).

export interface GoYamlError {
  /** What kubectl prints after `yaml: `: `line 8: did not find expected key`. */
  message: string
}

interface Mark {
  index: number
  line: number
  column: number
}

type TokenType =
  | 'STREAM-START'
  | 'STREAM-END'
  | 'VERSION-DIRECTIVE'
  | 'TAG-DIRECTIVE'
  | 'DOCUMENT-START'
  | 'DOCUMENT-END'
  | 'BLOCK-SEQUENCE-START'
  | 'BLOCK-MAPPING-START'
  | 'BLOCK-END'
  | 'FLOW-SEQUENCE-START'
  | 'FLOW-SEQUENCE-END'
  | 'FLOW-MAPPING-START'
  | 'FLOW-MAPPING-END'
  | 'BLOCK-ENTRY'
  | 'FLOW-ENTRY'
  | 'KEY'
  | 'VALUE'
  | 'ALIAS'
  | 'ANCHOR'
  | 'TAG'
  | 'SCALAR'

interface Token {
  type: TokenType
  start: Mark
  end: Mark
  /** Anchor/alias name, tag handle, or the %YAML version. */
  value?: string
}

interface SimpleKey {
  possible: boolean
  required: boolean
  tokenNumber: number
  mark: Mark
}

class Failure extends Error {
  constructor(
    readonly kind: 'scanner' | 'parser' | 'decoder',
    readonly problem: string,
    readonly problemMark: Mark | undefined,
    readonly contextMark: Mark | undefined
  ) {
    super(problem)
  }
}

const isBreak = (c: string): boolean => c === '\r' || c === '\n' || c === '\u0085' || c === '\u2028' || c === '\u2029'
const isZ = (c: string): boolean => c === '\0'
const isBlank = (c: string): boolean => c === ' ' || c === '\t'
const isBlankZ = (c: string): boolean => isBlank(c) || isBreak(c) || isZ(c)
const isBreakZ = (c: string): boolean => isBreak(c) || isZ(c)
const isAlpha = (c: string): boolean => /^[0-9A-Za-z_-]$/.test(c)

class Scanner {
  private readonly chars: string[]
  private pos = 0
  mark: Mark = { index: 0, line: 0, column: 0 }
  private tokens: Token[] = []
  private head = 0
  tokensParsed = 0
  private tokenAvailable = false
  private streamStartProduced = false
  streamEndProduced = false
  private indent = -1
  private indents: number[] = []
  private simpleKeyAllowed = false
  private simpleKeys: SimpleKey[] = []
  private simpleKeysByTok = new Map<number, number>()
  private flowLevel = 0

  constructor(text: string) {
    this.chars = [...(text.length ? text : '\n')]
  }

  private ch(offset = 0): string {
    return this.chars[this.pos + offset] ?? '\0'
  }

  private error(context: Mark | undefined, problem: string): never {
    throw new Failure('scanner', problem, { ...this.mark }, context)
  }

  private skip(): void {
    this.mark.index++
    this.mark.column++
    this.pos++
  }

  private skipLine(): void {
    if (this.ch() === '\r' && this.ch(1) === '\n') {
      this.mark.index += 2
      this.pos += 2
    } else if (isBreak(this.ch())) {
      this.mark.index++
      this.pos++
    } else return
    this.mark.column = 0
    this.mark.line++
  }

  private insert(pos: number, token: Token): void {
    if (pos < 0) this.tokens.push(token)
    else this.tokens.splice(this.head + pos, 0, token)
  }

  private queued(): number {
    return this.tokens.length - this.head
  }

  peek(): Token {
    if (!this.tokenAvailable) this.fetchMoreTokens()
    return this.tokens[this.head]
  }

  skipToken(): void {
    this.tokenAvailable = false
    this.tokensParsed++
    this.streamEndProduced = this.tokens[this.head].type === 'STREAM-END'
    this.head++
  }

  private fetchMoreTokens(): void {
    for (;;) {
      if (this.head !== this.tokens.length) {
        const idx = this.simpleKeysByTok.get(this.tokensParsed)
        if (idx === undefined) break
        if (!this.simpleKeyIsValid(this.simpleKeys[idx])) break
      }
      this.fetchNextToken()
    }
    this.tokenAvailable = true
  }

  private fetchNextToken(): void {
    if (!this.streamStartProduced) {
      this.indent = -1
      this.simpleKeys.push({ possible: false, required: false, tokenNumber: 0, mark: { ...this.mark } })
      this.simpleKeyAllowed = true
      this.streamStartProduced = true
      this.insert(-1, { type: 'STREAM-START', start: { ...this.mark }, end: { ...this.mark } })
      return
    }
    this.scanToNextToken()
    this.unrollIndent(this.mark.column)
    const c = this.ch()
    if (isZ(c)) return this.fetchStreamEnd()
    if (this.mark.column === 0 && c === '%') return this.fetchDirective()
    const three = c + this.ch(1) + this.ch(2)
    if (this.mark.column === 0 && three === '---' && isBlankZ(this.ch(3))) return this.fetchDocumentIndicator('DOCUMENT-START')
    if (this.mark.column === 0 && three === '...' && isBlankZ(this.ch(3))) return this.fetchDocumentIndicator('DOCUMENT-END')
    if (c === '[') return this.fetchFlowCollectionStart('FLOW-SEQUENCE-START')
    if (c === '{') return this.fetchFlowCollectionStart('FLOW-MAPPING-START')
    if (c === ']') return this.fetchFlowCollectionEnd('FLOW-SEQUENCE-END')
    if (c === '}') return this.fetchFlowCollectionEnd('FLOW-MAPPING-END')
    if (c === ',') return this.fetchFlowEntry()
    if (c === '-' && isBlankZ(this.ch(1))) return this.fetchBlockEntry()
    if (c === '?' && (this.flowLevel > 0 || isBlankZ(this.ch(1)))) return this.fetchKey()
    if (c === ':' && (this.flowLevel > 0 || isBlankZ(this.ch(1)))) return this.fetchValue()
    if (c === '*') return this.fetchAnchor('ALIAS')
    if (c === '&') return this.fetchAnchor('ANCHOR')
    if (c === '!') return this.fetchTag()
    if (c === '|' && this.flowLevel === 0) return this.fetchBlockScalar()
    if (c === '>' && this.flowLevel === 0) return this.fetchBlockScalar()
    if (c === "'") return this.fetchFlowScalar(true)
    if (c === '"') return this.fetchFlowScalar(false)
    const indicator = isBlankZ(c) || '-?:,[]{}#&*!|>\'"%@`'.includes(c)
    if (!indicator || (c === '-' && !isBlank(this.ch(1))) || (this.flowLevel === 0 && (c === '?' || c === ':') && !isBlankZ(this.ch(1)))) {
      return this.fetchPlainScalar()
    }
    this.error({ ...this.mark }, 'found character that cannot start any token')
  }

  private simpleKeyIsValid(key: SimpleKey): boolean {
    if (!key.possible) return false
    if (key.mark.line < this.mark.line || key.mark.index + 1024 < this.mark.index) {
      if (key.required) this.error(key.mark, "could not find expected ':'")
      key.possible = false
      return false
    }
    return true
  }

  private saveSimpleKey(): void {
    const required = this.flowLevel === 0 && this.indent === this.mark.column
    if (!this.simpleKeyAllowed) return
    const key: SimpleKey = { possible: true, required, tokenNumber: this.tokensParsed + this.queued(), mark: { ...this.mark } }
    this.removeSimpleKey()
    this.simpleKeys[this.simpleKeys.length - 1] = key
    this.simpleKeysByTok.set(key.tokenNumber, this.simpleKeys.length - 1)
  }

  private removeSimpleKey(): void {
    const key = this.simpleKeys[this.simpleKeys.length - 1]
    if (key.possible) {
      if (key.required) this.error(key.mark, "could not find expected ':'")
      key.possible = false
      this.simpleKeysByTok.delete(key.tokenNumber)
    }
  }

  private increaseFlowLevel(): void {
    this.simpleKeys.push({ possible: false, required: false, tokenNumber: this.tokensParsed + this.queued(), mark: { ...this.mark } })
    this.flowLevel++
    if (this.flowLevel > 10000) this.error(this.simpleKeys[this.simpleKeys.length - 1].mark, 'exceeded max depth of 10000')
  }

  private decreaseFlowLevel(): void {
    if (this.flowLevel > 0) {
      this.flowLevel--
      const last = this.simpleKeys.pop()!
      this.simpleKeysByTok.delete(last.tokenNumber)
    }
  }

  private rollIndent(column: number, number: number, type: TokenType, mark: Mark): void {
    if (this.flowLevel > 0) return
    if (this.indent < column) {
      this.indents.push(this.indent)
      this.indent = column
      if (this.indents.length > 10000) this.error(this.simpleKeys[this.simpleKeys.length - 1].mark, 'exceeded max depth of 10000')
      this.insert(number > -1 ? number - this.tokensParsed : -1, { type, start: mark, end: mark })
    }
  }

  private unrollIndent(column: number): void {
    if (this.flowLevel > 0) return
    while (this.indent > column) {
      this.insert(-1, { type: 'BLOCK-END', start: { ...this.mark }, end: { ...this.mark } })
      this.indent = this.indents.pop()!
    }
  }

  private simpleToken(type: TokenType): void {
    const start = { ...this.mark }
    this.skip()
    this.insert(-1, { type, start, end: { ...this.mark } })
  }

  private fetchStreamEnd(): void {
    if (this.mark.column !== 0) {
      this.mark.column = 0
      this.mark.line++
    }
    this.unrollIndent(-1)
    this.removeSimpleKey()
    this.simpleKeyAllowed = false
    this.insert(-1, { type: 'STREAM-END', start: { ...this.mark }, end: { ...this.mark } })
  }

  private fetchDirective(): void {
    this.unrollIndent(-1)
    this.removeSimpleKey()
    this.simpleKeyAllowed = false
    const start = { ...this.mark }
    this.skip()
    let name = ''
    while (isAlpha(this.ch())) {
      name += this.ch()
      this.skip()
    }
    if (!name) this.error(start, 'could not find expected directive name')
    if (!isBlankZ(this.ch())) this.error(start, 'found unexpected non-alphabetical character')
    let rest = ''
    while (isBlank(this.ch())) this.skip()
    while (!isBlankZ(this.ch()) || (isBlank(this.ch()) && name === 'TAG')) {
      rest += this.ch()
      this.skip()
    }
    if (name === 'YAML') {
      if (!/^\d+\.\d+$/.test(rest)) this.error(start, 'did not find expected digit or \'.\' character')
      this.insert(-1, { type: 'VERSION-DIRECTIVE', start, end: { ...this.mark }, value: rest })
    } else if (name === 'TAG') {
      this.insert(-1, { type: 'TAG-DIRECTIVE', start, end: { ...this.mark }, value: rest.trim().split(/\s+/)[0] })
    } else this.error(start, 'found unknown directive name')
    while (isBlank(this.ch())) this.skip()
    if (this.ch() === '#') while (!isBreakZ(this.ch())) this.skip()
    if (!isBreakZ(this.ch())) this.error(start, 'did not find expected comment or line break')
    if (isBreak(this.ch())) this.skipLine()
  }

  private fetchDocumentIndicator(type: TokenType): void {
    this.unrollIndent(-1)
    this.removeSimpleKey()
    this.simpleKeyAllowed = false
    const start = { ...this.mark }
    this.skip()
    this.skip()
    this.skip()
    this.insert(-1, { type, start, end: { ...this.mark } })
  }

  private fetchFlowCollectionStart(type: TokenType): void {
    this.saveSimpleKey()
    this.increaseFlowLevel()
    this.simpleKeyAllowed = true
    this.simpleToken(type)
  }

  private fetchFlowCollectionEnd(type: TokenType): void {
    this.removeSimpleKey()
    this.decreaseFlowLevel()
    this.simpleKeyAllowed = false
    this.simpleToken(type)
  }

  private fetchFlowEntry(): void {
    this.removeSimpleKey()
    this.simpleKeyAllowed = true
    this.simpleToken('FLOW-ENTRY')
  }

  private fetchBlockEntry(): void {
    if (this.flowLevel === 0) {
      if (!this.simpleKeyAllowed) this.error(undefined, 'block sequence entries are not allowed in this context')
      this.rollIndent(this.mark.column, -1, 'BLOCK-SEQUENCE-START', { ...this.mark })
    }
    this.removeSimpleKey()
    this.simpleKeyAllowed = true
    this.simpleToken('BLOCK-ENTRY')
  }

  private fetchKey(): void {
    if (this.flowLevel === 0) {
      if (!this.simpleKeyAllowed) this.error(undefined, 'mapping keys are not allowed in this context')
      this.rollIndent(this.mark.column, -1, 'BLOCK-MAPPING-START', { ...this.mark })
    }
    this.removeSimpleKey()
    this.simpleKeyAllowed = this.flowLevel === 0
    this.simpleToken('KEY')
  }

  private fetchValue(): void {
    const key = this.simpleKeys[this.simpleKeys.length - 1]
    if (this.simpleKeyIsValid(key)) {
      this.insert(key.tokenNumber - this.tokensParsed, { type: 'KEY', start: key.mark, end: key.mark })
      this.rollIndent(key.mark.column, key.tokenNumber, 'BLOCK-MAPPING-START', key.mark)
      key.possible = false
      this.simpleKeysByTok.delete(key.tokenNumber)
      this.simpleKeyAllowed = false
    } else {
      if (this.flowLevel === 0) {
        if (!this.simpleKeyAllowed) this.error(undefined, 'mapping values are not allowed in this context')
        this.rollIndent(this.mark.column, -1, 'BLOCK-MAPPING-START', { ...this.mark })
      }
      this.simpleKeyAllowed = this.flowLevel === 0
    }
    this.simpleToken('VALUE')
  }

  private fetchAnchor(type: 'ALIAS' | 'ANCHOR'): void {
    this.saveSimpleKey()
    this.simpleKeyAllowed = false
    const start = { ...this.mark }
    this.skip()
    let name = ''
    while (isAlpha(this.ch())) {
      name += this.ch()
      this.skip()
    }
    const end = { ...this.mark }
    if (!name || !(isBlankZ(this.ch()) || '?:,]}%@`'.includes(this.ch()))) {
      this.error(start, 'did not find expected alphabetic or numeric character')
    }
    this.insert(-1, { type, start, end, value: name })
  }

  private fetchTag(): void {
    this.saveSimpleKey()
    this.simpleKeyAllowed = false
    const start = { ...this.mark }
    let text = ''
    if (this.ch(1) === '<') {
      this.skip()
      this.skip()
      while (!isBlankZ(this.ch()) && this.ch() !== '>') this.skip()
      if (this.ch() !== '>') this.error(start, "did not find the expected '>'")
      this.skip()
    } else {
      while (!isBlankZ(this.ch())) {
        text += this.ch()
        this.skip()
      }
    }
    if (!isBlankZ(this.ch())) this.error(start, 'did not find expected whitespace or line break')
    const handle = /^(![0-9A-Za-z_-]*!)/.exec(text)?.[1] ?? '!'
    this.insert(-1, { type: 'TAG', start, end: { ...this.mark }, value: handle })
  }

  private fetchBlockScalar(): void {
    this.removeSimpleKey()
    this.simpleKeyAllowed = true
    const start = { ...this.mark }
    this.skip()
    let increment = 0
    const readChomping = (): void => {
      if (this.ch() === '+' || this.ch() === '-') this.skip()
    }
    const readIncrement = (): void => {
      if (/\d/.test(this.ch())) {
        if (this.ch() === '0') this.error(start, 'found an indentation indicator equal to 0')
        increment = Number(this.ch())
        this.skip()
      }
    }
    if (this.ch() === '+' || this.ch() === '-') {
      readChomping()
      readIncrement()
    } else if (/\d/.test(this.ch())) {
      readIncrement()
      readChomping()
    }
    while (isBlank(this.ch())) this.skip()
    if (this.ch() === '#') while (!isBreakZ(this.ch())) this.skip()
    if (!isBreakZ(this.ch())) this.error(start, 'did not find expected comment or line break')
    if (isBreak(this.ch())) this.skipLine()
    let end = { ...this.mark }
    let indent = increment > 0 ? (this.indent >= 0 ? this.indent + increment : increment) : 0
    const breaks = (): void => {
      end = { ...this.mark }
      let maxIndent = 0
      for (;;) {
        while ((indent === 0 || this.mark.column < indent) && this.ch() === ' ') this.skip()
        if (this.mark.column > maxIndent) maxIndent = this.mark.column
        if ((indent === 0 || this.mark.column < indent) && this.ch() === '\t') {
          this.error(start, 'found a tab character where an indentation space is expected')
        }
        if (!isBreak(this.ch())) break
        this.skipLine()
        end = { ...this.mark }
      }
      if (indent === 0) indent = Math.max(maxIndent, this.indent + 1, 1)
    }
    breaks()
    while (this.mark.column === indent && !isZ(this.ch())) {
      while (!isBreakZ(this.ch())) this.skip()
      if (isBreak(this.ch())) this.skipLine()
      breaks()
    }
    this.insert(-1, { type: 'SCALAR', start, end })
  }

  private fetchFlowScalar(single: boolean): void {
    this.saveSimpleKey()
    this.simpleKeyAllowed = false
    const start = { ...this.mark }
    this.skip()
    for (;;) {
      const three = this.ch() + this.ch(1) + this.ch(2)
      if (this.mark.column === 0 && (three === '---' || three === '...') && isBlankZ(this.ch(3))) {
        this.error(start, 'found unexpected document indicator')
      }
      if (isZ(this.ch())) this.error(start, 'found unexpected end of stream')
      while (!isBlankZ(this.ch())) {
        const c = this.ch()
        if (single && c === "'" && this.ch(1) === "'") {
          this.skip()
          this.skip()
        } else if (single && c === "'") break
        else if (!single && c === '"') break
        else if (!single && c === '\\' && isBreak(this.ch(1))) {
          this.skip()
          this.skipLine()
          break
        } else if (!single && c === '\\') {
          const e = this.ch(1)
          const length = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0
          if (!length && !'0abt\tnvfre "\'\\N_LP/'.includes(e)) this.error(start, 'found unknown escape character')
          this.skip()
          this.skip()
          for (let k = 0; k < length; k++) {
            if (!/[0-9A-Fa-f]/.test(this.ch(k))) this.error(start, 'did not find expected hexdecimal number')
          }
          if (length) {
            let value = 0
            for (let k = 0; k < length; k++) value = value * 16 + parseInt(this.ch(k), 16)
            if ((value >= 0xd800 && value <= 0xdfff) || value > 0x10ffff) this.error(start, 'found invalid Unicode character escape code')
            for (let k = 0; k < length; k++) this.skip()
          }
        } else this.skip()
      }
      if (this.ch() === (single ? "'" : '"')) break
      while (isBlank(this.ch()) || isBreak(this.ch())) {
        if (isBlank(this.ch())) this.skip()
        else this.skipLine()
      }
    }
    this.skip()
    this.insert(-1, { type: 'SCALAR', start, end: { ...this.mark } })
  }

  private fetchPlainScalar(): void {
    this.saveSimpleKey()
    this.simpleKeyAllowed = false
    const indent = this.indent + 1
    const start = { ...this.mark }
    let end = { ...this.mark }
    let leadingBlanks = false
    for (;;) {
      const three = this.ch() + this.ch(1) + this.ch(2)
      if (this.mark.column === 0 && (three === '---' || three === '...') && isBlankZ(this.ch(3))) break
      if (this.ch() === '#') break
      while (!isBlankZ(this.ch())) {
        const c = this.ch()
        if ((c === ':' && isBlankZ(this.ch(1))) || (this.flowLevel > 0 && ',?[]{}'.includes(c))) break
        leadingBlanks = false
        this.skip()
        end = { ...this.mark }
      }
      if (!(isBlank(this.ch()) || isBreak(this.ch()))) break
      while (isBlank(this.ch()) || isBreak(this.ch())) {
        if (isBlank(this.ch())) {
          if (leadingBlanks && this.mark.column < indent && this.ch() === '\t') {
            this.error(start, 'found a tab character that violates indentation')
          }
          this.skip()
        } else {
          this.skipLine()
          leadingBlanks = true
        }
      }
      if (this.flowLevel === 0 && this.mark.column < indent) break
    }
    this.insert(-1, { type: 'SCALAR', start, end })
    if (leadingBlanks) this.simpleKeyAllowed = true
  }

  private scanToNextToken(): void {
    for (;;) {
      if (this.mark.column === 0 && this.ch() === '\ufeff') this.skip()
      while (this.ch() === ' ' || ((this.flowLevel > 0 || !this.simpleKeyAllowed) && this.ch() === '\t')) this.skip()
      if (this.ch() === '#') while (!isBreakZ(this.ch())) this.skip()
      if (isBreak(this.ch())) {
        this.skipLine()
        if (this.flowLevel === 0) this.simpleKeyAllowed = true
      } else break
    }
  }
}

type State =
  | 'STREAM-START'
  | 'IMPLICIT-DOCUMENT-START'
  | 'DOCUMENT-START'
  | 'DOCUMENT-CONTENT'
  | 'DOCUMENT-END'
  | 'BLOCK-NODE'
  | 'BLOCK-NODE-OR-INDENTLESS-SEQUENCE'
  | 'FLOW-NODE'
  | 'BLOCK-SEQUENCE-FIRST-ENTRY'
  | 'BLOCK-SEQUENCE-ENTRY'
  | 'INDENTLESS-SEQUENCE-ENTRY'
  | 'BLOCK-MAPPING-FIRST-KEY'
  | 'BLOCK-MAPPING-KEY'
  | 'BLOCK-MAPPING-VALUE'
  | 'FLOW-SEQUENCE-FIRST-ENTRY'
  | 'FLOW-SEQUENCE-ENTRY'
  | 'FLOW-SEQUENCE-ENTRY-MAPPING-KEY'
  | 'FLOW-SEQUENCE-ENTRY-MAPPING-VALUE'
  | 'FLOW-SEQUENCE-ENTRY-MAPPING-END'
  | 'FLOW-MAPPING-FIRST-KEY'
  | 'FLOW-MAPPING-KEY'
  | 'FLOW-MAPPING-VALUE'
  | 'FLOW-MAPPING-EMPTY-VALUE'
  | 'END'

type EventType = 'STREAM-START' | 'STREAM-END' | 'DOCUMENT-START' | 'DOCUMENT-END' | 'ALIAS' | 'SCALAR' | 'SEQUENCE-START' | 'SEQUENCE-END' | 'MAPPING-START' | 'MAPPING-END'

interface Event {
  type: EventType
  anchor?: string
  alias?: string
}

class Parser {
  private state: State = 'STREAM-START'
  private states: State[] = []
  private marks: Mark[] = []
  private tagHandles = new Set<string>()
  constructor(private readonly s: Scanner) {}

  private fail(problem: string, mark: Mark, context?: Mark): never {
    throw new Failure('parser', problem, mark, context)
  }

  private pop(): void {
    this.state = this.states.pop()!
  }

  next(): Event | undefined {
    if (this.s.streamEndProduced || this.state === 'END') return undefined
    const s = this.s
    switch (this.state) {
      case 'STREAM-START': {
        const t = s.peek()
        if (t.type !== 'STREAM-START') this.fail('did not find expected <stream-start>', t.start)
        this.state = 'IMPLICIT-DOCUMENT-START'
        s.skipToken()
        return { type: 'STREAM-START' }
      }
      case 'IMPLICIT-DOCUMENT-START':
      case 'DOCUMENT-START':
        return this.documentStart(this.state === 'IMPLICIT-DOCUMENT-START')
      case 'DOCUMENT-CONTENT': {
        const t = s.peek()
        if (['VERSION-DIRECTIVE', 'TAG-DIRECTIVE', 'DOCUMENT-START', 'DOCUMENT-END', 'STREAM-END'].includes(t.type)) {
          this.pop()
          return { type: 'SCALAR' }
        }
        return this.node(true, false)
      }
      case 'DOCUMENT-END': {
        const t = s.peek()
        if (t.type === 'DOCUMENT-END') s.skipToken()
        this.tagHandles.clear()
        this.state = 'DOCUMENT-START'
        return { type: 'DOCUMENT-END' }
      }
      case 'BLOCK-NODE':
        return this.node(true, false)
      case 'BLOCK-NODE-OR-INDENTLESS-SEQUENCE':
        return this.node(true, true)
      case 'FLOW-NODE':
        return this.node(false, false)
      case 'BLOCK-SEQUENCE-FIRST-ENTRY':
      case 'BLOCK-SEQUENCE-ENTRY':
        return this.blockSequenceEntry(this.state === 'BLOCK-SEQUENCE-FIRST-ENTRY')
      case 'INDENTLESS-SEQUENCE-ENTRY':
        return this.indentlessSequenceEntry()
      case 'BLOCK-MAPPING-FIRST-KEY':
      case 'BLOCK-MAPPING-KEY':
        return this.blockMappingKey(this.state === 'BLOCK-MAPPING-FIRST-KEY')
      case 'BLOCK-MAPPING-VALUE':
        return this.blockMappingValue()
      case 'FLOW-SEQUENCE-FIRST-ENTRY':
      case 'FLOW-SEQUENCE-ENTRY':
        return this.flowSequenceEntry(this.state === 'FLOW-SEQUENCE-FIRST-ENTRY')
      case 'FLOW-SEQUENCE-ENTRY-MAPPING-KEY': {
        const t = s.peek()
        if (t.type !== 'VALUE' && t.type !== 'FLOW-ENTRY' && t.type !== 'FLOW-SEQUENCE-END') {
          this.states.push('FLOW-SEQUENCE-ENTRY-MAPPING-VALUE')
          return this.node(false, false)
        }
        s.skipToken()
        this.state = 'FLOW-SEQUENCE-ENTRY-MAPPING-VALUE'
        return { type: 'SCALAR' }
      }
      case 'FLOW-SEQUENCE-ENTRY-MAPPING-VALUE': {
        const t = s.peek()
        if (t.type === 'VALUE') {
          s.skipToken()
          const u = s.peek()
          if (u.type !== 'FLOW-ENTRY' && u.type !== 'FLOW-SEQUENCE-END') {
            this.states.push('FLOW-SEQUENCE-ENTRY-MAPPING-END')
            return this.node(false, false)
          }
        }
        this.state = 'FLOW-SEQUENCE-ENTRY-MAPPING-END'
        return { type: 'SCALAR' }
      }
      case 'FLOW-SEQUENCE-ENTRY-MAPPING-END':
        s.peek()
        this.state = 'FLOW-SEQUENCE-ENTRY'
        return { type: 'MAPPING-END' }
      case 'FLOW-MAPPING-FIRST-KEY':
      case 'FLOW-MAPPING-KEY':
        return this.flowMappingKey(this.state === 'FLOW-MAPPING-FIRST-KEY')
      case 'FLOW-MAPPING-VALUE':
      case 'FLOW-MAPPING-EMPTY-VALUE':
        return this.flowMappingValue(this.state === 'FLOW-MAPPING-EMPTY-VALUE')
    }
    return undefined
  }

  private documentStart(implicit: boolean): Event {
    const s = this.s
    let t = s.peek()
    if (!implicit) {
      while (t.type === 'DOCUMENT-END') {
        s.skipToken()
        t = s.peek()
      }
    }
    if (implicit && !['VERSION-DIRECTIVE', 'TAG-DIRECTIVE', 'DOCUMENT-START', 'STREAM-END'].includes(t.type)) {
      this.states.push('DOCUMENT-END')
      this.state = 'BLOCK-NODE'
      return { type: 'DOCUMENT-START' }
    }
    if (t.type !== 'STREAM-END') {
      let version = false
      while (t.type === 'VERSION-DIRECTIVE' || t.type === 'TAG-DIRECTIVE') {
        if (t.type === 'VERSION-DIRECTIVE') {
          if (version) this.fail('found duplicate %YAML directive', t.start)
          if (t.value !== '1.1') this.fail('found incompatible YAML document', t.start)
          version = true
        } else {
          if (this.tagHandles.has(t.value!)) this.fail('found duplicate %TAG directive', t.start)
          this.tagHandles.add(t.value!)
        }
        s.skipToken()
        t = s.peek()
      }
      if (t.type !== 'DOCUMENT-START') this.fail('did not find expected <document start>', t.start)
      this.states.push('DOCUMENT-END')
      this.state = 'DOCUMENT-CONTENT'
      s.skipToken()
      return { type: 'DOCUMENT-START' }
    }
    this.state = 'END'
    s.skipToken()
    return { type: 'STREAM-END' }
  }

  private node(block: boolean, indentlessSequence: boolean): Event {
    const s = this.s
    let t = s.peek()
    if (t.type === 'ALIAS') {
      this.pop()
      s.skipToken()
      return { type: 'ALIAS', alias: t.value }
    }
    const start = t.start
    let anchor: string | undefined
    let tagHandle: string | undefined
    let tagMark: Mark | undefined
    if (t.type === 'ANCHOR') {
      anchor = t.value
      s.skipToken()
      t = s.peek()
      if (t.type === 'TAG') {
        tagHandle = t.value
        tagMark = t.start
        s.skipToken()
        t = s.peek()
      }
    } else if (t.type === 'TAG') {
      tagHandle = t.value
      tagMark = t.start
      s.skipToken()
      t = s.peek()
      if (t.type === 'ANCHOR') {
        anchor = t.value
        s.skipToken()
        t = s.peek()
      }
    }
    if (tagHandle && tagHandle !== '!' && tagHandle !== '!!' && !this.tagHandles.has(tagHandle)) {
      this.fail('found undefined tag handle', tagMark!, start)
    }
    if (indentlessSequence && t.type === 'BLOCK-ENTRY') {
      this.state = 'INDENTLESS-SEQUENCE-ENTRY'
      return { type: 'SEQUENCE-START', anchor }
    }
    if (t.type === 'SCALAR') {
      this.pop()
      s.skipToken()
      return { type: 'SCALAR', anchor }
    }
    if (t.type === 'FLOW-SEQUENCE-START') {
      this.state = 'FLOW-SEQUENCE-FIRST-ENTRY'
      return { type: 'SEQUENCE-START', anchor }
    }
    if (t.type === 'FLOW-MAPPING-START') {
      this.state = 'FLOW-MAPPING-FIRST-KEY'
      return { type: 'MAPPING-START', anchor }
    }
    if (block && t.type === 'BLOCK-SEQUENCE-START') {
      this.state = 'BLOCK-SEQUENCE-FIRST-ENTRY'
      return { type: 'SEQUENCE-START', anchor }
    }
    if (block && t.type === 'BLOCK-MAPPING-START') {
      this.state = 'BLOCK-MAPPING-FIRST-KEY'
      return { type: 'MAPPING-START', anchor }
    }
    if (anchor !== undefined || tagHandle !== undefined) {
      this.pop()
      return { type: 'SCALAR', anchor }
    }
    this.fail('did not find expected node content', t.start, start)
  }

  private blockSequenceEntry(first: boolean): Event {
    const s = this.s
    if (first) {
      this.marks.push(s.peek().start)
      s.skipToken()
    }
    let t = s.peek()
    if (t.type === 'BLOCK-ENTRY') {
      s.skipToken()
      t = s.peek()
      if (t.type !== 'BLOCK-ENTRY' && t.type !== 'BLOCK-END') {
        this.states.push('BLOCK-SEQUENCE-ENTRY')
        return this.node(true, false)
      }
      this.state = 'BLOCK-SEQUENCE-ENTRY'
      return { type: 'SCALAR' }
    }
    if (t.type === 'BLOCK-END') {
      this.pop()
      this.marks.pop()
      s.skipToken()
      return { type: 'SEQUENCE-END' }
    }
    const context = this.marks.pop()
    this.fail("did not find expected '-' indicator", t.start, context)
  }

  private indentlessSequenceEntry(): Event {
    const s = this.s
    let t = s.peek()
    if (t.type === 'BLOCK-ENTRY') {
      s.skipToken()
      t = s.peek()
      if (!['BLOCK-ENTRY', 'KEY', 'VALUE', 'BLOCK-END'].includes(t.type)) {
        this.states.push('INDENTLESS-SEQUENCE-ENTRY')
        return this.node(true, false)
      }
      this.state = 'INDENTLESS-SEQUENCE-ENTRY'
      return { type: 'SCALAR' }
    }
    this.pop()
    return { type: 'SEQUENCE-END' }
  }

  private blockMappingKey(first: boolean): Event {
    const s = this.s
    if (first) {
      this.marks.push(s.peek().start)
      s.skipToken()
    }
    let t = s.peek()
    if (t.type === 'KEY') {
      s.skipToken()
      t = s.peek()
      if (t.type !== 'KEY' && t.type !== 'VALUE' && t.type !== 'BLOCK-END') {
        this.states.push('BLOCK-MAPPING-VALUE')
        return this.node(true, true)
      }
      this.state = 'BLOCK-MAPPING-VALUE'
      return { type: 'SCALAR' }
    }
    if (t.type === 'BLOCK-END') {
      this.pop()
      this.marks.pop()
      s.skipToken()
      return { type: 'MAPPING-END' }
    }
    const context = this.marks.pop()
    this.fail('did not find expected key', t.start, context)
  }

  private blockMappingValue(): Event {
    const s = this.s
    let t = s.peek()
    if (t.type === 'VALUE') {
      s.skipToken()
      t = s.peek()
      if (t.type !== 'KEY' && t.type !== 'VALUE' && t.type !== 'BLOCK-END') {
        this.states.push('BLOCK-MAPPING-KEY')
        return this.node(true, true)
      }
    }
    this.state = 'BLOCK-MAPPING-KEY'
    return { type: 'SCALAR' }
  }

  private flowSequenceEntry(first: boolean): Event {
    const s = this.s
    if (first) {
      this.marks.push(s.peek().start)
      s.skipToken()
    }
    let t = s.peek()
    if (t.type !== 'FLOW-SEQUENCE-END') {
      if (!first) {
        if (t.type === 'FLOW-ENTRY') {
          s.skipToken()
          t = s.peek()
        } else {
          const context = this.marks.pop()
          this.fail("did not find expected ',' or ']'", t.start, context)
        }
      }
      if (t.type === 'KEY') {
        this.state = 'FLOW-SEQUENCE-ENTRY-MAPPING-KEY'
        s.skipToken()
        return { type: 'MAPPING-START' }
      }
      if (t.type !== 'FLOW-SEQUENCE-END') {
        this.states.push('FLOW-SEQUENCE-ENTRY')
        return this.node(false, false)
      }
    }
    this.pop()
    this.marks.pop()
    s.skipToken()
    return { type: 'SEQUENCE-END' }
  }

  private flowMappingKey(first: boolean): Event {
    const s = this.s
    if (first) {
      this.marks.push(s.peek().start)
      s.skipToken()
    }
    let t = s.peek()
    if (t.type !== 'FLOW-MAPPING-END') {
      if (!first) {
        if (t.type === 'FLOW-ENTRY') {
          s.skipToken()
          t = s.peek()
        } else {
          const context = this.marks.pop()
          this.fail("did not find expected ',' or '}'", t.start, context)
        }
      }
      if (t.type === 'KEY') {
        s.skipToken()
        t = s.peek()
        if (t.type !== 'VALUE' && t.type !== 'FLOW-ENTRY' && t.type !== 'FLOW-MAPPING-END') {
          this.states.push('FLOW-MAPPING-VALUE')
          return this.node(false, false)
        }
        this.state = 'FLOW-MAPPING-VALUE'
        return { type: 'SCALAR' }
      }
      if (t.type !== 'FLOW-MAPPING-END') {
        this.states.push('FLOW-MAPPING-EMPTY-VALUE')
        return this.node(false, false)
      }
    }
    this.pop()
    this.marks.pop()
    s.skipToken()
    return { type: 'MAPPING-END' }
  }

  private flowMappingValue(empty: boolean): Event {
    const s = this.s
    let t = s.peek()
    if (empty) {
      this.state = 'FLOW-MAPPING-KEY'
      return { type: 'SCALAR' }
    }
    if (t.type === 'VALUE') {
      s.skipToken()
      t = s.peek()
      if (t.type !== 'FLOW-ENTRY' && t.type !== 'FLOW-MAPPING-END') {
        this.states.push('FLOW-MAPPING-KEY')
        return this.node(false, false)
      }
    }
    this.state = 'FLOW-MAPPING-KEY'
    return { type: 'SCALAR' }
  }
}

/** yaml.v2 parser.fail(): scanner errors +1, parser errors as is, context line as a fallback. */
function describe(f: Failure): string {
  if (f.kind === 'decoder') return f.problem
  let line = 0
  if (f.problemMark && f.problemMark.line !== 0) line = f.problemMark.line + (f.kind === 'scanner' ? 1 : 0)
  else if (f.contextMark && f.contextMark.line !== 0) line = f.contextMark.line
  return `${line ? `line ${line}: ` : ''}${f.problem || 'unknown problem parsing YAML content'}`
}

/**
 * What yaml.Unmarshal (go-yaml v2) says about the first document of `text`, or undefined
 * when it reads it without complaint. `text` is one document as kubectl's YAMLReader cut it.
 */
export function goYamlError(text: string): GoYamlError | undefined {
  const parser = new Parser(new Scanner(text))
  const anchors = new Set<string>()
  let depth = 0
  let started = false
  try {
    for (let guard = 0; guard < 10_000_000; guard++) {
      const e = parser.next()
      if (!e || e.type === 'STREAM-END') return undefined
      if (e.anchor) anchors.add(e.anchor)
      if (e.type === 'ALIAS' && !anchors.has(e.alias ?? '')) {
        throw new Failure('decoder', `unknown anchor '${e.alias}' referenced`, undefined, undefined)
      }
      if (e.type === 'DOCUMENT-START') started = true
      if (e.type === 'SEQUENCE-START' || e.type === 'MAPPING-START') depth++
      if (e.type === 'SEQUENCE-END' || e.type === 'MAPPING-END') depth--
      if (e.type === 'DOCUMENT-END' && started && depth === 0) return undefined
    }
    return undefined
  } catch (e) {
    if (e instanceof Failure) return { message: describe(e) }
    throw e
  }
}

/**
 * kubectl's YAMLReader: documents are separated by lines starting with `---` followed by
 * nothing but blanks or a comment; each document keeps its own line numbers.
 */
export function splitYamlDocuments(text: string): string[] {
  const docs: string[] = []
  let current: string[] = []
  const lines = text.split(/(?<=\n)/)
  for (const line of lines) {
    if (line.startsWith('---')) {
      const rest = line.slice(3).trim()
      if (!rest || rest.startsWith('#')) {
        if (current.length) docs.push(current.join(''))
        current = []
        continue
      }
    }
    current.push(line)
  }
  if (current.length) docs.push(current.join(''))
  return docs
}
