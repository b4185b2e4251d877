// A cheatsheet section as the view shows and filters it: entries made of the text that
// introduces a code block and the block itself. A `bash` block holding several
// independent commands is split into one block per command, so each gets its own
// "Copier" and "Essayer dans la console".
import MarkdownIt from 'markdown-it'
import { findTermRanges } from '../slides/highlight-terms'

export interface SheetEntry {
  /** Markdown of the entry: explanation then at most one fenced block. */
  markdown: string
  /** What the filter reads: the same text, folded when compared. */
  text: string
  /** The block's code, when the entry has one. */
  code?: string
}

const parser = new MarkdownIt({ html: true })
const shellLanguages = new Set(['bash', 'sh', 'shell', 'console', 'zsh'])

/**
 * Splits a shell block into commands: a command goes on past the end of its line inside
 * quotes, after a trailing backslash, and until the end marker of a heredoc. Comment
 * lines stay with the command that follows them.
 */
export function splitCommands(code: string): string[] {
  const commands: string[] = []
  let current: string[] = []
  let quote: '"' | "'" | null = null
  let heredoc: string | null = null
  for (const line of code.replace(/\n$/, '').split('\n')) {
    current.push(line)
    if (heredoc !== null) {
      if (line.trim() === heredoc) heredoc = null
    } else {
      for (let i = 0; i < line.length; i++) {
        const char = line[i]
        if (quote) {
          if (char === quote) quote = null
          else if (char === '\\' && quote === '"') i++
        } else if (char === '#' && (i === 0 || /\s/.test(line[i - 1]))) break
        else if (char === '"' || char === "'") quote = char
        else if (char === '\\') i++
      }
      const marker = quote ? null : /<<-?\s*(['"]?)([A-Za-z_][\w]*)\1/.exec(line)
      if (marker) heredoc = marker[2]
    }
    const continues = quote !== null || heredoc !== null || /\\$/.test(line) || /^\s*(#.*)?$/.test(line)
    if (!continues) {
      commands.push(current.join('\n'))
      current = []
    }
  }
  if (current.some((l) => l.trim())) commands.push(current.join('\n'))
  return commands
}

const fence = (lang: string, code: string) => `\`\`\`${lang}\n${code.replace(/\n?$/, '\n')}\`\`\``

/** The entries of a section's markdown, in order; text after the last block is an entry of its own. */
export function sectionEntries(markdown: string): SheetEntry[] {
  const lines = markdown.split('\n')
  const tokens = parser.parse(markdown, {})
  const entries: SheetEntry[] = []
  let from = 0
  for (const token of tokens) {
    if (token.type !== 'fence' || !token.map || token.level !== 0) continue
    const intro = lines.slice(from, token.map[0]).join('\n').trim()
    const lang = token.info.trim().split(/\s+/)[0]?.toLowerCase() ?? ''
    const commands = shellLanguages.has(lang) ? splitCommands(token.content) : [token.content]
    commands.forEach((code, i) => {
      const text = i === 0 && intro ? `${intro}\n\n${fence(lang, code)}` : fence(lang, code)
      // The introduction is shown, and matched, with the block's first command only: the
      // others of a split block are found by their own words.
      entries.push({ markdown: text, text: i === 0 ? `${intro}\n${code}` : code, code })
    })
    from = token.map[1]
  }
  const rest = lines.slice(from).join('\n').trim()
  if (rest) entries.push({ markdown: rest, text: rest })
  return entries
}

/** Filter words: what the user typed, split on spaces. */
export function filterWords(query: string): string[] {
  return query.trim().split(/\s+/).filter(Boolean)
}

/** Every word starts a word of the text (accent- and case-blind), as the marks show. */
export function matchesAll(text: string, words: readonly string[]): boolean {
  return words.every((word) => findTermRanges(text, [word]).length > 0)
}
