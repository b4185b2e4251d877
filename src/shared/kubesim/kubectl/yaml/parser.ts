// go-yaml v2's parser (parserc.go), reduced: the event state machine, which decides
// whether the tokens form a document and which error is raised where. Events carry only
// what the check needs (anchors and aliases); empty nodes are empty scalars, as in go-yaml.

import { Failure, type Mark } from './failure'
import type { Scanner } from './scanner'
import type { Token, TokenType } from './tokens'

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

export interface Event {
  type: EventType
  anchor?: string
  alias?: string
}

/** A block sequence or a block mapping's keys: an indicator per entry, then BLOCK-END. */
interface BlockCollection {
  indicator: TokenType
  /** Tokens after the indicator that leave the entry empty. */
  empty: TokenType[]
  next: State
  indentlessSequence: boolean
  end: 'SEQUENCE-END' | 'MAPPING-END'
  missing: string
}

const blockSequence: BlockCollection = {
  indicator: 'BLOCK-ENTRY',
  empty: ['BLOCK-ENTRY', 'BLOCK-END'],
  next: 'BLOCK-SEQUENCE-ENTRY',
  indentlessSequence: false,
  end: 'SEQUENCE-END',
  missing: "did not find expected '-' indicator"
}

const blockMappingKeys: BlockCollection = {
  indicator: 'KEY',
  empty: ['KEY', 'VALUE', 'BLOCK-END'],
  next: 'BLOCK-MAPPING-VALUE',
  indentlessSequence: true,
  end: 'MAPPING-END',
  missing: 'did not find expected key'
}

const documentLevel: TokenType[] = ['VERSION-DIRECTIVE', 'TAG-DIRECTIVE', 'DOCUMENT-START', 'DOCUMENT-END', 'STREAM-END']

export class Parser {
  private state: State = 'STREAM-START'
  private states: State[] = []
  private marks: Mark[] = []
  private tagHandles = new Set<string>()
  constructor(private readonly s: Scanner) {}

  next(): Event | undefined {
    if (this.s.streamEndProduced || this.state === 'END') return undefined
    switch (this.state) {
      case 'STREAM-START':
        return this.streamStart()
      case 'IMPLICIT-DOCUMENT-START':
      case 'DOCUMENT-START':
        return this.documentStart(this.state === 'IMPLICIT-DOCUMENT-START')
      case 'DOCUMENT-CONTENT':
        if (documentLevel.includes(this.s.peek().type)) {
          this.pop()
          return { type: 'SCALAR' }
        }
        return this.node(true, false)
      case 'DOCUMENT-END':
        return this.documentEnd()
      case 'BLOCK-NODE':
        return this.node(true, false)
      case 'BLOCK-NODE-OR-INDENTLESS-SEQUENCE':
        return this.node(true, true)
      case 'FLOW-NODE':
        return this.node(false, false)
      case 'BLOCK-SEQUENCE-FIRST-ENTRY':
      case 'BLOCK-SEQUENCE-ENTRY':
        return this.blockEntry(this.state === 'BLOCK-SEQUENCE-FIRST-ENTRY', blockSequence)
      case 'INDENTLESS-SEQUENCE-ENTRY':
        return this.indentlessSequenceEntry()
      case 'BLOCK-MAPPING-FIRST-KEY':
      case 'BLOCK-MAPPING-KEY':
        return this.blockEntry(this.state === 'BLOCK-MAPPING-FIRST-KEY', blockMappingKeys)
      case 'BLOCK-MAPPING-VALUE':
        return this.mappingValue(['KEY', 'VALUE', 'BLOCK-END'], 'BLOCK-MAPPING-KEY', true, true)
      case 'FLOW-SEQUENCE-FIRST-ENTRY':
      case 'FLOW-SEQUENCE-ENTRY':
        return this.flowSequenceEntry(this.state === 'FLOW-SEQUENCE-FIRST-ENTRY')
      case 'FLOW-SEQUENCE-ENTRY-MAPPING-KEY':
        return this.flowSequenceEntryMappingKey()
      case 'FLOW-SEQUENCE-ENTRY-MAPPING-VALUE':
        return this.mappingValue(['FLOW-ENTRY', 'FLOW-SEQUENCE-END'], 'FLOW-SEQUENCE-ENTRY-MAPPING-END', false)
      case 'FLOW-SEQUENCE-ENTRY-MAPPING-END':
        this.s.peek()
        this.state = 'FLOW-SEQUENCE-ENTRY'
        return { type: 'MAPPING-END' }
      case 'FLOW-MAPPING-FIRST-KEY':
      case 'FLOW-MAPPING-KEY':
        return this.flowMappingKey(this.state === 'FLOW-MAPPING-FIRST-KEY')
      case 'FLOW-MAPPING-VALUE':
        return this.mappingValue(['FLOW-ENTRY', 'FLOW-MAPPING-END'], 'FLOW-MAPPING-KEY', false)
      case 'FLOW-MAPPING-EMPTY-VALUE':
        this.s.peek()
        this.state = 'FLOW-MAPPING-KEY'
        return { type: 'SCALAR' }
    }
    return undefined
  }

  private fail(problem: string, mark: Mark, context?: Mark): never {
    throw new Failure('parser', problem, mark, context)
  }

  /** An unexpected token inside a collection: go-yaml names where the collection started. */
  private failInCollection(problem: string, t: Token): never {
    this.fail(problem, t.start, this.marks.pop())
  }

  private pop(): void {
    this.state = this.states.pop()!
  }

  /** A collection's first entry: remember where it started and skip its opening token. */
  private open(first: boolean): void {
    if (!first) return
    this.marks.push(this.s.peek().start)
    this.s.skipToken()
  }

  private close(type: 'SEQUENCE-END' | 'MAPPING-END'): Event {
    this.pop()
    this.marks.pop()
    this.s.skipToken()
    return { type }
  }

  /** After an indicator: its node, or an empty scalar when the next token leaves it empty. */
  private nodeOrEmpty(empty: TokenType[], next: State, block: boolean, indentlessSequence = false): Event {
    if (!empty.includes(this.s.peek().type)) {
      this.states.push(next)
      return this.node(block, indentlessSequence)
    }
    this.state = next
    return { type: 'SCALAR' }
  }

  /** A mapping's value: the node after its `:`, or an empty scalar. */
  private mappingValue(empty: TokenType[], next: State, block: boolean, indentlessSequence = false): Event {
    if (this.s.peek().type === 'VALUE') {
      this.s.skipToken()
      return this.nodeOrEmpty(empty, next, block, indentlessSequence)
    }
    this.state = next
    return { type: 'SCALAR' }
  }

  private streamStart(): Event {
    const t = this.s.peek()
    if (t.type !== 'STREAM-START') this.fail('did not find expected <stream-start>', t.start)
    this.state = 'IMPLICIT-DOCUMENT-START'
    this.s.skipToken()
    return { type: 'STREAM-START' }
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

  private documentEnd(): Event {
    if (this.s.peek().type === 'DOCUMENT-END') this.s.skipToken()
    this.tagHandles.clear()
    this.state = 'DOCUMENT-START'
    return { type: 'DOCUMENT-END' }
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
    let tag: Token | undefined
    for (;;) {
      if (t.type === 'ANCHOR' && anchor === undefined) anchor = t.value
      else if (t.type === 'TAG' && tag === undefined) tag = t
      else break
      s.skipToken()
      t = s.peek()
    }
    if (tag && tag.value !== '!' && tag.value !== '!!' && !this.tagHandles.has(tag.value!)) {
      this.fail('found undefined tag handle', tag.start, start)
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
    const collection = collectionStarts[t.type]
    if (collection && (block || !collection.blockOnly)) {
      this.state = collection.state
      return { type: collection.event, anchor }
    }
    if (anchor !== undefined || tag !== undefined) {
      this.pop()
      return { type: 'SCALAR', anchor }
    }
    this.fail('did not find expected node content', t.start, start)
  }

  private blockEntry(first: boolean, c: BlockCollection): Event {
    this.open(first)
    const t = this.s.peek()
    if (t.type === c.indicator) {
      this.s.skipToken()
      return this.nodeOrEmpty(c.empty, c.next, true, c.indentlessSequence)
    }
    if (t.type === 'BLOCK-END') return this.close(c.end)
    this.failInCollection(c.missing, t)
  }

  private indentlessSequenceEntry(): Event {
    if (this.s.peek().type === 'BLOCK-ENTRY') {
      this.s.skipToken()
      return this.nodeOrEmpty(['BLOCK-ENTRY', 'KEY', 'VALUE', 'BLOCK-END'], 'INDENTLESS-SEQUENCE-ENTRY', true)
    }
    this.pop()
    return { type: 'SEQUENCE-END' }
  }

  /** Between flow entries a `,` is required; the first entry has none. */
  private flowSeparator(first: boolean, t: Token, problem: string): Token {
    if (first) return t
    if (t.type !== 'FLOW-ENTRY') this.failInCollection(problem, t)
    this.s.skipToken()
    return this.s.peek()
  }

  private flowSequenceEntry(first: boolean): Event {
    this.open(first)
    let t = this.s.peek()
    if (t.type !== 'FLOW-SEQUENCE-END') {
      t = this.flowSeparator(first, t, "did not find expected ',' or ']'")
      if (t.type === 'KEY') {
        this.state = 'FLOW-SEQUENCE-ENTRY-MAPPING-KEY'
        this.s.skipToken()
        return { type: 'MAPPING-START' }
      }
      if (t.type !== 'FLOW-SEQUENCE-END') {
        this.states.push('FLOW-SEQUENCE-ENTRY')
        return this.node(false, false)
      }
    }
    return this.close('SEQUENCE-END')
  }

  /** go-yaml v2 skips the token that ends an empty key here, whatever it is. */
  private flowSequenceEntryMappingKey(): Event {
    if (!['VALUE', 'FLOW-ENTRY', 'FLOW-SEQUENCE-END'].includes(this.s.peek().type)) {
      this.states.push('FLOW-SEQUENCE-ENTRY-MAPPING-VALUE')
      return this.node(false, false)
    }
    this.s.skipToken()
    this.state = 'FLOW-SEQUENCE-ENTRY-MAPPING-VALUE'
    return { type: 'SCALAR' }
  }

  private flowMappingKey(first: boolean): Event {
    this.open(first)
    let t = this.s.peek()
    if (t.type !== 'FLOW-MAPPING-END') {
      t = this.flowSeparator(first, t, "did not find expected ',' or '}'")
      if (t.type === 'KEY') {
        this.s.skipToken()
        return this.nodeOrEmpty(['VALUE', 'FLOW-ENTRY', 'FLOW-MAPPING-END'], 'FLOW-MAPPING-VALUE', false)
      }
      if (t.type !== 'FLOW-MAPPING-END') {
        this.states.push('FLOW-MAPPING-EMPTY-VALUE')
        return this.node(false, false)
      }
    }
    return this.close('MAPPING-END')
  }
}

const collectionStarts: Partial<Record<TokenType, { state: State; event: EventType; blockOnly: boolean }>> = {
  'FLOW-SEQUENCE-START': { state: 'FLOW-SEQUENCE-FIRST-ENTRY', event: 'SEQUENCE-START', blockOnly: false },
  'FLOW-MAPPING-START': { state: 'FLOW-MAPPING-FIRST-KEY', event: 'MAPPING-START', blockOnly: false },
  'BLOCK-SEQUENCE-START': { state: 'BLOCK-SEQUENCE-FIRST-ENTRY', event: 'SEQUENCE-START', blockOnly: true },
  'BLOCK-MAPPING-START': { state: 'BLOCK-MAPPING-FIRST-KEY', event: 'MAPPING-START', blockOnly: true }
}
