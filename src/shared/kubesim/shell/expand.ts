import type { Word } from './ast'

export interface ExpandContext {
  vars(name: string): string
  /** Runs `$(…)` and returns its stdout. */
  substitute(source: string): Promise<string>
  /** The names of a folder's entries (for `*.yaml`), undefined when it is not a folder. */
  listDir?(path: string): Promise<string[] | undefined>
}

const GLOB = /[*?[]/

/** A glob of one path segment as a regular expression (`*`, `?`, `[abc]`, `[!abc]`); `\u0000` marks quoted characters. */
function globRegExp(segment: string): RegExp {
  let re = ''
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i]
    if (c === '\u0000') {
      re += segment[++i].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    } else if (c === '*') re += '.*'
    else if (c === '?') re += '.'
    else if (c === '[') {
      const end = segment.indexOf(']', i + 2)
      if (end < 0) re += '\\['
      else {
        const body = segment.slice(i + 1, end).replace(/\u0000/g, '')
        re += `[${body.startsWith('!') ? '^' + body.slice(1) : body}]`
        i = end
      }
    } else re += c.replace(/[.+^${}()|\\]/g, '\\$&')
  }
  return new RegExp(`^${re}$`)
}

/** Pathname expansion of the last path segment; no match leaves the word as typed, as bash does. */
async function glob(pattern: string, literal: string, ctx: ExpandContext): Promise<string[]> {
  if (!ctx.listDir) return [literal]
  const slash = pattern.lastIndexOf('/')
  const dirPattern = slash < 0 ? '' : pattern.slice(0, slash + 1)
  if (GLOB.test(dirPattern.replace(/\u0000./g, ''))) return [literal]
  const dir = dirPattern.replace(/\u0000/g, '')
  const segment = pattern.slice(slash + 1)
  const entries = await ctx.listDir(dir || '.')
  if (!entries) return [literal]
  const re = globRegExp(segment)
  const hidden = segment.replace(/\u0000/g, '').startsWith('.')
  const found = entries.filter((e) => (hidden || !e.startsWith('.')) && re.test(e)).sort()
  return found.length ? found.map((e) => dir + e) : [literal]
}

/**
 * Expands one word into fields, as bash does: quoted text stays whole, unquoted
 * `$VAR` and `$(…)` results are split on blanks, command output loses its trailing newlines.
 */
export async function expandWord(word: Word, ctx: ExpandContext): Promise<string[]> {
  const fields: string[] = []
  let current = ''
  let started = false
  // the word with its quoted characters marked, for pathname expansion
  let pattern = ''
  let globbing = false
  for (const part of word) {
    let value: string
    if (part.kind === 'text') value = part.text
    else if (part.kind === 'var') value = ctx.vars(part.name)
    else value = (await ctx.substitute(part.source)).replace(/\n+$/, '')
    if (part.kind === 'text' && !part.quoted && GLOB.test(value)) globbing = true
    pattern += part.kind === 'text' && !part.quoted ? value : value.replace(/[\s\S]/g, '\u0000$&')
    if (part.kind === 'text' || part.quoted) {
      current += value
      started = true
      continue
    }
    globbing = false
    const pieces = value.split(/[ \t\n]+/)
    pieces.forEach((piece, i) => {
      if (i > 0 && (started || current)) {
        fields.push(current)
        current = ''
        started = false
      }
      if (piece) {
        current += piece
        started = true
      }
    })
  }
  if (started || current) fields.push(current)
  if (globbing && fields.length === 1) return glob(pattern, fields[0], ctx)
  return fields
}

export async function expandWords(words: Word[], ctx: ExpandContext): Promise<string[]> {
  const out: string[] = []
  for (const w of words) out.push(...(await expandWord(w, ctx)))
  return out
}

/** A heredoc body without quotes around its delimiter: `$VAR`, `${VAR}` and `\$` are expanded. */
export function expandHeredoc(body: string, vars: (name: string) => string): string {
  return body.replace(/\\([$`\\])|\$\{([^}]*)\}|\$([A-Za-z_][A-Za-z0-9_]*|[?$#])/g, (_m, esc, braced, bare) => {
    if (esc) return esc
    return vars(braced ?? bare)
  })
}
