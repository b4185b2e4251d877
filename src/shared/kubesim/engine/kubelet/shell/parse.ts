// A POSIX-shell subset, enough for what container commands and `kubectl exec` scripts use:
// sequences, && ||, pipes, redirections, while/until/for/if, quoting, $VAR, $(…), $((…)).

export type Part = { lit: string } | { var: string } | { sub: string } | { arith: string } | { quoted: Part[] }
export type Word = Part[]

export interface Redirect {
  fd: number
  op: '>' | '>>' | '<' | '>&'
  target: Word
}

export type Node =
  | { t: 'cmd'; assigns: [string, Word][]; argv: Word[]; redirects: Redirect[] }
  | { t: 'seq'; items: Node[] }
  | { t: 'and' | 'or'; left: Node; right: Node }
  | { t: 'pipe'; items: Node[] }
  | { t: 'not'; body: Node }
  | { t: 'loop'; until: boolean; cond: Node; body: Node }
  | { t: 'for'; name: string; items: Word[]; body: Node }
  | { t: 'if'; cond: Node; then: Node; else?: Node }

export class ShellSyntaxError extends Error {}

type Tok = { op: string } | { word: Word; raw: string }

function readBalanced(s: string, i: number, open: string, close: string, depth = 1): number {
  let j = i
  while (j < s.length && depth > 0) {
    const c = s[j]
    if (c === "'") {
      j = s.indexOf("'", j + 1)
      if (j < 0) throw new ShellSyntaxError('unterminated quoted string')
    } else if (c === open) depth++
    else if (c === close) depth--
    j++
  }
  if (depth !== 0) throw new ShellSyntaxError(`syntax error: unexpected end of file (expecting "${close}")`)
  return j
}

function readDollar(s: string, i: number, parts: Part[]): number {
  if (s.startsWith('$((', i)) {
    const end = readBalanced(s, i + 3, '(', ')', 2)
    parts.push({ arith: s.slice(i + 3, end - 2) })
    return end
  }
  if (s[i + 1] === '(') {
    const end = readBalanced(s, i + 2, '(', ')')
    parts.push({ sub: s.slice(i + 2, end - 1) })
    return end
  }
  if (s[i + 1] === '{') {
    const end = s.indexOf('}', i + 2)
    if (end < 0) throw new ShellSyntaxError('bad substitution')
    parts.push({ var: s.slice(i + 2, end) })
    return end + 1
  }
  const m = /^([A-Za-z_][A-Za-z0-9_]*|[0-9?#$@*!])/.exec(s.slice(i + 1))
  if (!m) {
    parts.push({ lit: '$' })
    return i + 1
  }
  parts.push({ var: m[1] })
  return i + 1 + m[1].length
}

export function tokenize(s: string): Tok[] {
  const out: Tok[] = []
  let i = 0
  while (i < s.length) {
    const c = s[i]
    if (c === ' ' || c === '\t') {
      i++
      continue
    }
    if (c === '#') {
      while (i < s.length && s[i] !== '\n') i++
      continue
    }
    if (c === '\n') {
      out.push({ op: ';' })
      i++
      continue
    }
    const two = s.slice(i, i + 2)
    if (['&&', '||', ';;', '>>', '>&'].includes(two)) {
      out.push({ op: two })
      i += 2
      continue
    }
    if (';|&<>()'.includes(c)) {
      out.push({ op: c })
      i++
      continue
    }
    const parts: Part[] = []
    const start = i
    while (i < s.length && !' \t\n;|&<>()'.includes(s[i])) {
      const ch = s[i]
      if (ch === "'") {
        const end = s.indexOf("'", i + 1)
        if (end < 0) throw new ShellSyntaxError('unterminated quoted string')
        parts.push({ quoted: [{ lit: s.slice(i + 1, end) }] })
        i = end + 1
      } else if (ch === '"') {
        const inner: Part[] = []
        i++
        let lit = ''
        while (i < s.length && s[i] !== '"') {
          if (s[i] === '\\' && i + 1 < s.length && '"\\$`'.includes(s[i + 1])) {
            lit += s[i + 1]
            i += 2
          } else if (s[i] === '$') {
            if (lit) inner.push({ lit })
            lit = ''
            i = readDollar(s, i, inner)
          } else lit += s[i++]
        }
        if (i >= s.length) throw new ShellSyntaxError('unterminated quoted string')
        if (lit) inner.push({ lit })
        parts.push({ quoted: inner })
        i++
      } else if (ch === '\\') {
        if (s[i + 1] === '\n') i += 2
        else {
          parts.push({ quoted: [{ lit: s[i + 1] ?? '' }] })
          i += 2
        }
      } else if (ch === '$') {
        i = readDollar(s, i, parts)
      } else if (ch === '`') {
        const end = s.indexOf('`', i + 1)
        if (end < 0) throw new ShellSyntaxError('unterminated quoted string')
        parts.push({ sub: s.slice(i + 1, end) })
        i = end + 1
      } else {
        let lit = ''
        while (i < s.length && !' \t\n;|&<>()\'"\\$`'.includes(s[i])) lit += s[i++]
        parts.push({ lit })
      }
    }
    out.push({ word: parts, raw: s.slice(start, i) })
  }
  return out
}

const KEYWORDS = new Set(['do', 'done', 'then', 'fi', 'else', 'elif', 'in', '{', '}'])

class Parser {
  private i = 0
  constructor(private readonly toks: Tok[]) {}

  private peekRaw(): string | undefined {
    const t = this.toks[this.i]
    return t && 'raw' in t ? t.raw : undefined
  }

  private peekOp(): string | undefined {
    const t = this.toks[this.i]
    return t && 'op' in t ? t.op : undefined
  }

  private skipSeparators(): void {
    while (this.peekOp() === ';' || this.peekOp() === '&') this.i++
  }

  private expectWord(word: string): void {
    this.skipSeparators()
    if (this.peekRaw() !== word) throw new ShellSyntaxError(`syntax error: unexpected ${this.peekRaw() ?? this.peekOp() ?? 'end of file'} (expecting "${word}")`)
    this.i++
  }

  list(stop: string[] = []): Node {
    const items: Node[] = []
    for (;;) {
      this.skipSeparators()
      const raw = this.peekRaw()
      if (this.i >= this.toks.length || (raw !== undefined && stop.includes(raw)) || this.peekOp() === ')') break
      items.push(this.andOr())
    }
    return items.length === 1 ? items[0] : { t: 'seq', items }
  }

  private andOr(): Node {
    let left = this.pipeline()
    for (;;) {
      const op = this.peekOp()
      if (op !== '&&' && op !== '||') return left
      this.i++
      const right = this.pipeline()
      left = { t: op === '&&' ? 'and' : 'or', left, right }
    }
  }

  private pipeline(): Node {
    let negate = false
    if (this.peekRaw() === '!') {
      negate = true
      this.i++
    }
    const items = [this.command()]
    while (this.peekOp() === '|') {
      this.i++
      items.push(this.command())
    }
    const node: Node = items.length === 1 ? items[0] : { t: 'pipe', items }
    return negate ? { t: 'not', body: node } : node
  }

  private command(): Node {
    const raw = this.peekRaw()
    if (raw === 'while' || raw === 'until') {
      this.i++
      const cond = this.list(['do'])
      this.expectWord('do')
      const body = this.list(['done'])
      this.expectWord('done')
      return { t: 'loop', until: raw === 'until', cond, body }
    }
    if (raw === 'for') {
      this.i++
      const t = this.toks[this.i++]
      if (!t || !('raw' in t)) throw new ShellSyntaxError('syntax error: bad for loop variable')
      const items: Word[] = []
      this.skipSeparators()
      if (this.peekRaw() === 'in') {
        this.i++
        while (this.i < this.toks.length && this.peekOp() !== ';' && this.peekRaw() !== 'do') {
          const w = this.toks[this.i++]
          if ('word' in w) items.push(w.word)
        }
      }
      this.expectWord('do')
      const body = this.list(['done'])
      this.expectWord('done')
      return { t: 'for', name: t.raw, items, body }
    }
    if (raw === 'if') {
      this.i++
      const cond = this.list(['then'])
      this.expectWord('then')
      const then = this.list(['else', 'elif', 'fi'])
      this.skipSeparators()
      let otherwise: Node | undefined
      if (this.peekRaw() === 'elif') {
        this.toks[this.i] = { word: [{ lit: 'if' }], raw: 'if' }
        otherwise = this.command()
        return { t: 'if', cond, then, else: otherwise }
      }
      if (this.peekRaw() === 'else') {
        this.i++
        otherwise = this.list(['fi'])
      }
      this.expectWord('fi')
      return { t: 'if', cond, then, else: otherwise }
    }
    if (raw === '{') {
      this.i++
      const body = this.list(['}'])
      this.expectWord('}')
      return body
    }
    if (this.peekOp() === '(') {
      this.i++
      const body = this.list()
      if (this.peekOp() !== ')') throw new ShellSyntaxError('syntax error: unexpected end of file (expecting ")")')
      this.i++
      return body
    }
    const assigns: [string, Word][] = []
    const argv: Word[] = []
    const redirects: Redirect[] = []
    for (;;) {
      const t = this.toks[this.i]
      if (!t) break
      if ('op' in t) {
        if (t.op === '>' || t.op === '>>' || t.op === '<' || t.op === '>&') {
          this.i++
          const target = this.toks[this.i++]
          if (!target || !('word' in target)) throw new ShellSyntaxError(`syntax error: unexpected newline`)
          const prev = argv[argv.length - 1]
          let fd = t.op === '<' ? 0 : 1
          if (prev && prev.length === 1 && 'lit' in prev[0] && /^[0-9]$/.test(prev[0].lit)) {
            fd = parseInt(prev[0].lit, 10)
            argv.pop()
          }
          redirects.push({ fd, op: t.op as Redirect['op'], target: target.word })
          continue
        }
        break
      }
      if (argv.length === 0 && KEYWORDS.has(t.raw) && t.raw !== '{') break
      const m = argv.length === 0 ? /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(t.raw) : null
      if (m && t.word.length && 'lit' in t.word[0]) {
        const first = t.word[0] as { lit: string }
        assigns.push([m[1], [{ lit: first.lit.slice(m[0].length) }, ...t.word.slice(1)]])
      } else argv.push(t.word)
      this.i++
    }
    if (argv.length === 0 && assigns.length === 0 && redirects.length === 0) {
      const what = this.peekRaw() ?? this.peekOp() ?? 'end of file'
      throw new ShellSyntaxError(`syntax error: unexpected "${what}"`)
    }
    return { t: 'cmd', assigns, argv, redirects }
  }

  done(): boolean {
    return this.i >= this.toks.length
  }

  rest(): string {
    return this.peekRaw() ?? this.peekOp() ?? ''
  }
}

export function parseScript(script: string): Node {
  const p = new Parser(tokenize(script))
  const node = p.list()
  if (!p.done()) throw new ShellSyntaxError(`syntax error: unexpected "${p.rest()}"`)
  return node
}
