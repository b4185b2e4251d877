import { JsonPathError, type JpList, type JpNode, type SliceParam } from './nodes'

const DICT_KEY = /^'([^']*)'$/
const SLICE = /^(-?\d*)(:-?\d*)?(:-?\d*)?$/
const FILTER = /^([^!<>=]+)([!<>=]+)(.+?)$/

function isTerminator(c: string | undefined): boolean {
  return c === undefined || ' \t\r\n.,[]$@{}'.includes(c)
}
function isAlphaNumeric(c: string): boolean {
  return c === '_' || /[\p{L}\p{Nd}]/u.test(c)
}

/** Go's %#U for the "unrecognized character in action" message. */
function goRune(c: string): string {
  const cp = c.codePointAt(0)!
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')} '${c}'`
}

/** Unquotes a "…" or '…' literal the way strconv.UnquoteChar does for the common escapes. */
function unquote(s: string): string {
  const body = s.slice(1, -1)
  return body.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|[abfnrtv\\'"])/g, (_m, e: string) => {
    if (e[0] === 'x' || e[0] === 'u') return String.fromCharCode(parseInt(e.slice(1), 16))
    return ({ a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\', "'": "'", '"': '"' } as Record<string, string>)[e]
  })
}

class Parser {
  private pos = 0
  private start = 0
  constructor(private readonly input: string) {}

  parse(): JpList {
    const root: JpList = { type: 'list', nodes: [] }
    this.parseText(root)
    return root
  }

  private next(): string | undefined {
    if (this.pos >= this.input.length) return undefined
    return this.input[this.pos++]
  }
  private consume(): string {
    const v = this.input.slice(this.start, this.pos)
    this.start = this.pos
    return v
  }

  private parseText(root: JpList): void {
    for (;;) {
      const brace = this.input.indexOf('{', this.pos)
      if (brace < 0) {
        this.pos = this.input.length
        if (this.pos > this.start) root.nodes.push({ type: 'text', text: this.consume() })
        return
      }
      this.pos = brace
      if (this.pos > this.start) root.nodes.push({ type: 'text', text: this.consume() })
      this.pos++
      this.consume()
      const action: JpList = { type: 'list', nodes: [] }
      root.nodes.push(action)
      this.parseInside(action)
      // parseInside returns after the closing brace
    }
  }

  private parseInside(cur: JpList): void {
    for (;;) {
      const rest = this.input.slice(this.pos)
      if (rest.startsWith('}')) {
        this.pos++
        this.consume()
        return
      }
      if (rest.startsWith('[?(')) {
        this.parseFilter(cur)
        continue
      }
      if (rest.startsWith('..')) {
        const last = cur.nodes[cur.nodes.length - 1]
        if (last?.type === 'recursive') throw new JsonPathError('invalid multiple recursive descent')
        this.pos += 2
        this.consume()
        cur.nodes.push({ type: 'recursive' })
        if (this.input[this.pos] !== undefined && isAlphaNumeric(this.input[this.pos])) this.parseField(cur)
        continue
      }
      const c = this.next()
      if (c === undefined || c === '\r' || c === '\n') throw new JsonPathError('unclosed action')
      if (c === ' ' || c === '@' || c === '$') {
        this.consume()
      } else if (c === '[') {
        this.parseArray(cur)
      } else if (c === '"' || c === "'") {
        this.parseQuote(cur, c)
      } else if (c === '.') {
        this.parseField(cur)
      } else if (c === '+' || c === '-' || /\d/.test(c)) {
        this.pos--
        this.parseNumber(cur)
      } else if (isAlphaNumeric(c)) {
        this.pos--
        this.parseIdentifier(cur)
      } else {
        throw new JsonPathError(`unrecognized character in action: ${goRune(c)}`)
      }
    }
  }

  private parseIdentifier(cur: JpList): void {
    while (!isTerminator(this.input[this.pos])) this.pos++
    const value = this.consume()
    if (value === 'true' || value === 'false') cur.nodes.push({ type: 'bool', value: value === 'true' })
    else cur.nodes.push({ type: 'identifier', name: value })
  }

  private parseNumber(cur: JpList): void {
    if (this.input[this.pos] === '+' || this.input[this.pos] === '-') this.pos++
    while (this.pos < this.input.length && /[\d.]/.test(this.input[this.pos])) this.pos++
    const value = this.consume()
    if (/^[+-]?\d+$/.test(value)) cur.nodes.push({ type: 'int', value: parseInt(value, 10) })
    else if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(value)) cur.nodes.push({ type: 'float', value: parseFloat(value) })
    else throw new JsonPathError(`cannot parse number ${value}`)
  }

  private parseField(cur: JpList): void {
    this.consume()
    for (;;) {
      const c = this.input[this.pos]
      if (c === '\\') {
        this.pos += 2
        continue
      }
      if (isTerminator(c)) break
      this.pos++
    }
    const value = this.consume()
    if (value === '*') cur.nodes.push({ type: 'wildcard' })
    else cur.nodes.push({ type: 'field', name: value.replace(/\\/g, '') })
  }

  private parseQuote(cur: JpList, quote: string): void {
    for (;;) {
      const c = this.next()
      if (c === undefined || c === '\n') throw new JsonPathError('unterminated quoted string')
      if (c === quote && this.input[this.pos - 2] !== '\\') break
    }
    cur.nodes.push({ type: 'text', text: unquote(this.consume()) })
  }

  private parseArray(cur: JpList): void {
    for (;;) {
      const c = this.next()
      if (c === undefined || c === '\n') throw new JsonPathError('unterminated array')
      if (c === ']') break
    }
    let text = this.consume().slice(1, -1)
    if (text === '*') text = ':'
    const parts = text.split(',')
    if (parts.length > 1) {
      cur.nodes.push({ type: 'union', nodes: parts.map((p) => parseAction(`[${p.trim()}]`)) })
      return
    }
    const dict = DICT_KEY.exec(text)
    if (dict) {
      cur.nodes.push(...parseAction(`.${dict[1]}`).nodes)
      return
    }
    const m = SLICE.exec(text)
    if (!m) throw new JsonPathError(`invalid array index ${text}`)
    const params: SliceParam[] = []
    for (let i = 0; i < 3; i++) {
      let v = m[i + 1]
      if (v !== undefined && v !== '') {
        if (i > 0) v = v.slice(1)
        if (i > 0 && v === '') params.push({ known: false, value: 0 })
        else params.push({ known: true, value: parseInt(v, 10) })
      } else if (i === 1) {
        params.push({ known: true, value: params[0].value + 1, derived: true })
      } else {
        params.push({ known: false, value: 0 })
      }
    }
    cur.nodes.push({ type: 'array', params: params as [SliceParam, SliceParam, SliceParam] })
  }

  private parseFilter(cur: JpList): void {
    this.pos += 3
    this.consume()
    let begin = false
    let end = false
    let pair = ''
    for (;;) {
      const c = this.next()
      if (c === undefined || c === '\n') throw new JsonPathError('unterminated filter')
      if (c === '"' || c === "'") {
        if (!begin) {
          begin = true
          pair = c
          continue
        }
        if (this.input[this.pos - 2] !== '\\' && c === pair) end = true
      } else if (c === ')' && begin === end) break
    }
    if (this.next() !== ']') throw new JsonPathError('unclosed array expect ]')
    const text = this.consume().slice(0, -2)
    const m = FILTER.exec(text)
    if (!m) {
      cur.nodes.push({ type: 'filter', left: parseAction(text), right: { type: 'list', nodes: [] }, op: 'exists' })
    } else {
      cur.nodes.push({ type: 'filter', left: parseAction(m[1]), right: parseAction(m[3]), op: m[2] })
    }
  }
}

function parseAction(text: string): JpList {
  const root = new Parser(`{${text}}`).parse()
  return root.nodes[0] as JpList
}

/** Parses a jsonpath template such as `{range .items[*]}{.metadata.name}{"\n"}{end}`. */
export function parseJsonPath(template: string): JpList {
  return new Parser(template).parse()
}

export type { JpNode }
