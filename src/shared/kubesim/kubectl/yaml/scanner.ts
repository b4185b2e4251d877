// go-yaml v2's scanner (scannerc.go), reduced: the token queue, indentation and simple
// keys, which decide where block collections start and end and which errors are raised.
// The tokens themselves are read by scan-properties.ts and scan-scalars.ts.

import type { Mark } from './failure'
import { isBlank, isBlankZ, isBreak, isZ, Reader } from './reader'
import { scanAnchor, scanDirective, scanTag } from './scan-properties'
import { scanBlockScalar, scanFlowScalar, scanPlainScalar } from './scan-scalars'
import type { Token, TokenType } from './tokens'

interface SimpleKey {
  possible: boolean
  required: boolean
  tokenNumber: number
  mark: Mark
}

export class Scanner {
  private readonly r: Reader
  private tokens: Token[] = []
  private head = 0
  private tokensParsed = 0
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
    this.r = new Reader(text)
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

  private insert(pos: number, token: Token): void {
    if (pos < 0) this.tokens.push(token)
    else this.tokens.splice(this.head + pos, 0, token)
  }

  private queued(): number {
    return this.tokens.length - this.head
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
    const r = this.r
    if (!this.streamStartProduced) {
      this.indent = -1
      this.simpleKeys.push({ possible: false, required: false, tokenNumber: 0, mark: r.here() })
      this.simpleKeyAllowed = true
      this.streamStartProduced = true
      this.insert(-1, { type: 'STREAM-START', start: r.here(), end: r.here() })
      return
    }
    this.scanToNextToken()
    this.unrollIndent(r.mark.column)
    const c = r.ch()
    if (isZ(c)) return this.fetchStreamEnd()
    if (r.mark.column === 0 && c === '%') return this.fetchDocumentLevel(() => scanDirective(r))
    const indicator = r.documentIndicator()
    if (indicator) return this.fetchDocumentLevel(() => this.documentIndicator(indicator === '---' ? 'DOCUMENT-START' : 'DOCUMENT-END'))
    if (c === '[') return this.fetchFlowCollectionStart('FLOW-SEQUENCE-START')
    if (c === '{') return this.fetchFlowCollectionStart('FLOW-MAPPING-START')
    if (c === ']') return this.fetchFlowCollectionEnd('FLOW-SEQUENCE-END')
    if (c === '}') return this.fetchFlowCollectionEnd('FLOW-MAPPING-END')
    if (c === ',') return this.fetchFlowEntry()
    if (c === '-' && isBlankZ(r.ch(1))) return this.fetchBlockEntry()
    if (c === '?' && (this.flowLevel > 0 || isBlankZ(r.ch(1)))) return this.fetchKey()
    if (c === ':' && (this.flowLevel > 0 || isBlankZ(r.ch(1)))) return this.fetchValue()
    if (c === '*') return this.fetchNodeProperty(() => scanAnchor(r, 'ALIAS'))
    if (c === '&') return this.fetchNodeProperty(() => scanAnchor(r, 'ANCHOR'))
    if (c === '!') return this.fetchNodeProperty(() => scanTag(r))
    if ((c === '|' || c === '>') && this.flowLevel === 0) return this.fetchBlockScalar()
    if (c === "'" || c === '"') return this.fetchNodeProperty(() => scanFlowScalar(r, c === "'"))
    const special = isBlankZ(c) || '-?:,[]{}#&*!|>\'"%@`'.includes(c)
    if (!special || (c === '-' && !isBlank(r.ch(1))) || (this.flowLevel === 0 && (c === '?' || c === ':') && !isBlankZ(r.ch(1)))) {
      return this.fetchPlainScalar()
    }
    r.fail(r.here(), 'found character that cannot start any token')
  }

  private simpleKeyIsValid(key: SimpleKey): boolean {
    if (!key.possible) return false
    if (key.mark.line < this.r.mark.line || key.mark.index + 1024 < this.r.mark.index) {
      if (key.required) this.r.fail(key.mark, "could not find expected ':'")
      key.possible = false
      return false
    }
    return true
  }

  private saveSimpleKey(): void {
    const required = this.flowLevel === 0 && this.indent === this.r.mark.column
    if (!this.simpleKeyAllowed) return
    const key: SimpleKey = { possible: true, required, tokenNumber: this.tokensParsed + this.queued(), mark: this.r.here() }
    this.removeSimpleKey()
    this.simpleKeys[this.simpleKeys.length - 1] = key
    this.simpleKeysByTok.set(key.tokenNumber, this.simpleKeys.length - 1)
  }

  private removeSimpleKey(): void {
    const key = this.simpleKeys[this.simpleKeys.length - 1]
    if (key.possible) {
      if (key.required) this.r.fail(key.mark, "could not find expected ':'")
      key.possible = false
      this.simpleKeysByTok.delete(key.tokenNumber)
    }
  }

  private increaseFlowLevel(): void {
    this.simpleKeys.push({ possible: false, required: false, tokenNumber: this.tokensParsed + this.queued(), mark: this.r.here() })
    this.flowLevel++
    if (this.flowLevel > 10000) this.r.fail(this.simpleKeys[this.simpleKeys.length - 1].mark, 'exceeded max depth of 10000')
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
      if (this.indents.length > 10000) this.r.fail(this.simpleKeys[this.simpleKeys.length - 1].mark, 'exceeded max depth of 10000')
      this.insert(number > -1 ? number - this.tokensParsed : -1, { type, start: mark, end: mark })
    }
  }

  private unrollIndent(column: number): void {
    if (this.flowLevel > 0) return
    while (this.indent > column) {
      this.insert(-1, { type: 'BLOCK-END', start: this.r.here(), end: this.r.here() })
      this.indent = this.indents.pop()!
    }
  }

  private simpleToken(type: TokenType): void {
    const start = this.r.here()
    this.r.skip()
    this.insert(-1, { type, start, end: this.r.here() })
  }

  private fetchStreamEnd(): void {
    const mark = this.r.mark
    if (mark.column !== 0) {
      mark.column = 0
      mark.line++
    }
    this.unrollIndent(-1)
    this.removeSimpleKey()
    this.simpleKeyAllowed = false
    this.insert(-1, { type: 'STREAM-END', start: this.r.here(), end: this.r.here() })
  }

  /** Directives and document markers close every block collection and every simple key. */
  private fetchDocumentLevel(scan: () => Token): void {
    this.unrollIndent(-1)
    this.removeSimpleKey()
    this.simpleKeyAllowed = false
    this.insert(-1, scan())
  }

  private documentIndicator(type: TokenType): Token {
    const start = this.r.here()
    this.r.skip()
    this.r.skip()
    this.r.skip()
    return { type, start, end: this.r.here() }
  }

  /** Anchors, aliases, tags and quoted scalars may start a simple key but not end one. */
  private fetchNodeProperty(scan: () => Token): void {
    this.saveSimpleKey()
    this.simpleKeyAllowed = false
    this.insert(-1, scan())
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

  /** `-` and `?`: in block context, they may open a collection at this column. */
  private fetchBlockIndicator(type: 'BLOCK-ENTRY' | 'KEY', collection: TokenType, notAllowed: string): void {
    if (this.flowLevel === 0) {
      if (!this.simpleKeyAllowed) this.r.fail(undefined, notAllowed)
      this.rollIndent(this.r.mark.column, -1, collection, this.r.here())
    }
    this.removeSimpleKey()
    this.simpleKeyAllowed = type === 'BLOCK-ENTRY' || this.flowLevel === 0
    this.simpleToken(type)
  }

  private fetchBlockEntry(): void {
    this.fetchBlockIndicator('BLOCK-ENTRY', 'BLOCK-SEQUENCE-START', 'block sequence entries are not allowed in this context')
  }

  private fetchKey(): void {
    this.fetchBlockIndicator('KEY', 'BLOCK-MAPPING-START', 'mapping keys are not allowed in this context')
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
        if (!this.simpleKeyAllowed) this.r.fail(undefined, 'mapping values are not allowed in this context')
        this.rollIndent(this.r.mark.column, -1, 'BLOCK-MAPPING-START', this.r.here())
      }
      this.simpleKeyAllowed = this.flowLevel === 0
    }
    this.simpleToken('VALUE')
  }

  private fetchBlockScalar(): void {
    this.removeSimpleKey()
    this.simpleKeyAllowed = true
    this.insert(-1, scanBlockScalar(this.r, this.indent))
  }

  private fetchPlainScalar(): void {
    this.saveSimpleKey()
    this.simpleKeyAllowed = false
    const { token, leadingBlanks } = scanPlainScalar(this.r, this.indent + 1, this.flowLevel)
    this.insert(-1, token)
    if (leadingBlanks) this.simpleKeyAllowed = true
  }

  private scanToNextToken(): void {
    const r = this.r
    for (;;) {
      if (r.mark.column === 0 && r.ch() === '\ufeff') r.skip()
      while (r.ch() === ' ' || ((this.flowLevel > 0 || !this.simpleKeyAllowed) && r.ch() === '\t')) r.skip()
      r.skipComment()
      if (isBreak(r.ch())) {
        r.skipLine()
        if (this.flowLevel === 0) this.simpleKeyAllowed = true
      } else break
    }
  }
}
