import {
  ShellSyntaxError,
  type AndOrList,
  type CommandList,
  type Heredoc,
  type Pipeline,
  type Redirect,
  type SimpleCommand,
  type Word,
  type WordPart
} from './ast'

/** The line ends inside a quote, after `|`, `&&` or a trailing backslash: bash would ask for more. */
export class IncompleteInput extends Error {
  constructor(readonly waitingFor: string) {
    super(`unexpected EOF while looking for matching \`${waitingFor}'`)
    this.name = 'IncompleteInput'
  }
}

type Token =
  | { t: 'word'; word: Word; raw: string }
  | { t: 'op'; op: '|' | '||' | '&&' | ';' | '&' }
  | { t: 'redir'; op: Redirect['op']; fd: 0 | 1 | 2 }
  | { t: 'heredoc'; stripTabs: boolean }

const OPERATOR_CHARS = new Set(['|', '&', ';', '<', '>'])
const NAME_START = /[A-Za-z_]/
const NAME_CHAR = /[A-Za-z0-9_]/
const SPECIAL_VARS = new Set(['?', '$', '#', '@', '*', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'])

class Lexer {
  private i = 0
  constructor(private readonly src: string) {}

  tokens(): Token[] {
    const out: Token[] = []
    for (;;) {
      this.skipBlanks()
      if (this.i >= this.src.length) return out
      const c = this.src[this.i]
      if (c === '\n') {
        this.i++
        out.push({ t: 'op', op: ';' })
        continue
      }
      if (c === '#') {
        while (this.i < this.src.length && this.src[this.i] !== '\n') this.i++
        continue
      }
      if (OPERATOR_CHARS.has(c) || (/[012]/.test(c) && /[<>]/.test(this.src[this.i + 1] ?? ''))) {
        out.push(this.operator())
        continue
      }
      out.push(this.word())
    }
  }

  private skipBlanks(): void {
    for (;;) {
      const c = this.src[this.i]
      if (c === ' ' || c === '\t' || c === '\r') this.i++
      else if (c === '\\' && this.src[this.i + 1] === '\n') this.i += 2
      else return
    }
  }

  private operator(): Token {
    const s = this.src
    const two = s.slice(this.i, this.i + 2)
    const three = s.slice(this.i, this.i + 3)
    if (three === '<<-') {
      this.i += 3
      return { t: 'heredoc', stripTabs: true }
    }
    if (two === '<<') {
      this.i += 2
      return { t: 'heredoc', stripTabs: false }
    }
    if (three === '2>&' || two === '>&') {
      const fd = s[this.i] === '2' ? 2 : 1
      this.i += fd === 2 ? 3 : 2
      return { t: 'redir', op: '>&', fd }
    }
    if (two === '&>') {
      this.i += 2
      return { t: 'redir', op: '>', fd: 1 }
    }
    if (/[012]/.test(s[this.i])) {
      const fd = Number(s[this.i]) as 0 | 1 | 2
      this.i++
      if (s.slice(this.i, this.i + 2) === '>>') {
        this.i += 2
        return { t: 'redir', op: '>>', fd }
      }
      const op = s[this.i] as '<' | '>'
      this.i++
      return { t: 'redir', op, fd: op === '<' ? 0 : fd }
    }
    if (two === '>>') {
      this.i += 2
      return { t: 'redir', op: '>>', fd: 1 }
    }
    if (two === '||' || two === '&&') {
      this.i += 2
      return { t: 'op', op: two }
    }
    const c = s[this.i++]
    if (c === '>') return { t: 'redir', op: '>', fd: 1 }
    if (c === '<') return { t: 'redir', op: '<', fd: 0 }
    return { t: 'op', op: c as '|' | ';' | '&' }
  }

  private word(): Token {
    const parts: WordPart[] = []
    const start = this.i
    let text = ''
    const flush = (quoted: boolean): void => {
      if (text) parts.push({ kind: 'text', text, quoted })
      text = ''
    }
    const s = this.src
    while (this.i < s.length) {
      const c = s[this.i]
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || OPERATOR_CHARS.has(c)) break
      if (c === '\\') {
        if (this.i + 1 >= s.length) throw new IncompleteInput('\\')
        const next = s[this.i + 1]
        this.i += 2
        if (next === '\n') continue
        flush(false)
        parts.push({ kind: 'text', text: next, quoted: true })
        continue
      }
      if (c === "'") {
        const end = s.indexOf("'", this.i + 1)
        if (end < 0) throw new IncompleteInput("'")
        flush(false)
        parts.push({ kind: 'text', text: s.slice(this.i + 1, end), quoted: true })
        this.i = end + 1
        continue
      }
      if (c === '"') {
        flush(false)
        this.i++
        this.doubleQuoted(parts)
        // An empty "" still makes a word.
        if (!parts.length || parts[parts.length - 1].kind !== 'text') parts.push({ kind: 'text', text: '', quoted: true })
        continue
      }
      if (c === '$') {
        const part = this.dollar(false)
        if (part) {
          flush(false)
          parts.push(part)
          continue
        }
      }
      text += c
      this.i++
    }
    flush(false)
    return { t: 'word', word: parts, raw: s.slice(start, this.i) }
  }

  private doubleQuoted(parts: WordPart[]): void {
    const s = this.src
    let text = ''
    const flush = (): void => {
      parts.push({ kind: 'text', text, quoted: true })
      text = ''
    }
    while (this.i < s.length) {
      const c = s[this.i]
      if (c === '"') {
        this.i++
        flush()
        return
      }
      if (c === '\\' && '"\\$`\n'.includes(s[this.i + 1] ?? '')) {
        if (s[this.i + 1] !== '\n') text += s[this.i + 1]
        this.i += 2
        continue
      }
      if (c === '$') {
        const part = this.dollar(true)
        if (part) {
          flush()
          parts.push(part)
          continue
        }
      }
      text += c
      this.i++
    }
    throw new IncompleteInput('"')
  }

  /** `$NAME`, `${NAME}`, `$(command)`; undefined for a lone `$`. */
  private dollar(quoted: boolean): WordPart | undefined {
    const s = this.src
    const next = s[this.i + 1] ?? ''
    if (next === '(') {
      let depth = 0
      let j = this.i + 1
      let quote = ''
      for (; j < s.length; j++) {
        const ch = s[j]
        if (quote) {
          if (ch === quote) quote = ''
          else if (ch === '\\' && quote === '"') j++
          continue
        }
        if (ch === "'" || ch === '"') quote = ch
        else if (ch === '(') depth++
        else if (ch === ')' && --depth === 0) break
      }
      if (j >= s.length) throw new IncompleteInput(')')
      const source = s.slice(this.i + 2, j)
      this.i = j + 1
      return { kind: 'subst', source, quoted }
    }
    if (next === '{') {
      const end = s.indexOf('}', this.i + 2)
      if (end < 0) throw new IncompleteInput('}')
      const name = s.slice(this.i + 2, end)
      this.i = end + 1
      return { kind: 'var', name, quoted }
    }
    if (SPECIAL_VARS.has(next)) {
      this.i += 2
      return { kind: 'var', name: next, quoted }
    }
    if (NAME_START.test(next)) {
      let j = this.i + 1
      while (j < s.length && NAME_CHAR.test(s[j])) j++
      const name = s.slice(this.i + 1, j)
      this.i = j
      return { kind: 'var', name, quoted }
    }
    return undefined
  }
}

function syntaxError(token: string): ShellSyntaxError {
  return new ShellSyntaxError(`syntax error near unexpected token \`${token}'`)
}

function tokenText(tok: Token | undefined): string {
  if (!tok) return 'newline'
  if (tok.t === 'op') return tok.op
  if (tok.t === 'redir') return tok.op === '>&' ? '>&' : tok.op
  if (tok.t === 'heredoc') return '<<'
  return tok.raw
}

/** A literal word (no expansion) as bash reads a heredoc delimiter. */
function heredocDelimiter(word: Word): { delimiter: string; quoted: boolean } {
  let delimiter = ''
  let quoted = false
  for (const p of word) {
    if (p.quoted) quoted = true
    delimiter += p.kind === 'text' ? p.text : p.kind === 'var' ? `$${p.name}` : `$(${p.source})`
  }
  return { delimiter, quoted }
}

const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/

/**
 * Parses one logical command line. Heredoc bodies are not part of `source`: the
 * returned `heredocs` list (in order of appearance) is for the caller to fill in.
 */
export function parseCommandLine(source: string): { list: CommandList; heredocs: Heredoc[] } {
  const tokens = new Lexer(source).tokens()
  const heredocs: Heredoc[] = []
  let pos = 0
  const peek = (): Token | undefined => tokens[pos]

  const simple = (): SimpleCommand => {
    const cmd: SimpleCommand = { words: [], redirects: [], assignments: [] }
    for (;;) {
      const tok = peek()
      if (!tok || tok.t === 'op') break
      pos++
      if (tok.t === 'word') {
        const first = tok.word[0]
        if (
          cmd.words.length === 0 &&
          first?.kind === 'text' &&
          !first.quoted &&
          ASSIGNMENT.test(first.text)
        ) {
          const eq = first.text.indexOf('=')
          const rest: Word = [{ ...first, text: first.text.slice(eq + 1) }, ...tok.word.slice(1)]
          cmd.assignments.push({ name: first.text.slice(0, eq), value: rest })
          continue
        }
        cmd.words.push(tok.word)
        continue
      }
      const target = peek()
      if (!target || target.t !== 'word') throw syntaxError(tokenText(target))
      pos++
      if (tok.t === 'heredoc') {
        const { delimiter, quoted } = heredocDelimiter(target.word)
        const doc: Heredoc = { delimiter, quoted, stripTabs: tok.stripTabs, body: '' }
        heredocs.push(doc)
        cmd.heredoc = doc
      } else {
        cmd.redirects.push({ op: tok.op, fd: tok.fd, target: target.word })
      }
    }
    return cmd
  }

  const pipeline = (): Pipeline => {
    const commands: SimpleCommand[] = []
    for (;;) {
      const cmd = simple()
      if (!cmd.words.length && !cmd.redirects.length && !cmd.assignments.length && !cmd.heredoc) {
        throw syntaxError(tokenText(peek()))
      }
      commands.push(cmd)
      const tok = peek()
      if (tok?.t === 'op' && tok.op === '|') {
        pos++
        if (!peek()) throw new IncompleteInput('|')
        continue
      }
      return { commands }
    }
  }

  const andOr = (): AndOrList => {
    const list: AndOrList = { first: pipeline(), rest: [] }
    for (;;) {
      const tok = peek()
      if (tok?.t === 'op' && (tok.op === '&&' || tok.op === '||')) {
        pos++
        if (!peek()) throw new IncompleteInput(tok.op)
        list.rest.push({ op: tok.op, pipeline: pipeline() })
        continue
      }
      return list
    }
  }

  const items: AndOrList[] = []
  while (pos < tokens.length) {
    const tok = peek()
    if (tok?.t === 'op' && (tok.op === ';' || tok.op === '&')) {
      if (!items.length && tok.op === ';' && tokens.every((t) => t.t === 'op' && t.op === ';')) {
        pos = tokens.length
        break
      }
      if (!items.length) throw syntaxError(tok.op)
      pos++
      continue
    }
    items.push(andOr())
  }
  return { list: { items }, heredocs }
}
