import type { Word } from './ast'

export interface ExpandContext {
  vars(name: string): string
  /** Runs `$(…)` and returns its stdout. */
  substitute(source: string): Promise<string>
}

/**
 * Expands one word into fields, as bash does: quoted text stays whole, unquoted
 * `$VAR` and `$(…)` results are split on blanks, command output loses its trailing newlines.
 */
export async function expandWord(word: Word, ctx: ExpandContext): Promise<string[]> {
  const fields: string[] = []
  let current = ''
  let started = false
  for (const part of word) {
    let value: string
    if (part.kind === 'text') value = part.text
    else if (part.kind === 'var') value = ctx.vars(part.name)
    else value = (await ctx.substitute(part.source)).replace(/\n+$/, '')
    if (part.kind === 'text' || part.quoted) {
      current += value
      started = true
      continue
    }
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
