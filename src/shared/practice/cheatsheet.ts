// Reading cheatsheets (content/cheatsheets/*.md): their title, their sections and the
// code blocks the UI offers to copy or to try in the console. Placeholders are written
// `<pod>`, `<deploiement>`… (lowercase words and dashes between chevrons) so the UI can
// select them for the user to fill, and tests can fill them with real objects.
import MarkdownIt from 'markdown-it'

export interface CheatsheetBlock {
  /** `bash` or `yaml` (the fence's language). */
  lang: string
  code: string
  /** Text of the `##` section holding the block ('' before the first one). */
  section: string
  /** 1-based line of the opening fence in the file. */
  line: number
}

export interface Cheatsheet {
  title: string
  blocks: CheatsheetBlock[]
}

const markdown = new MarkdownIt()

export function readCheatsheet(source: string): Cheatsheet {
  const tokens = markdown.parse(source, {})
  let title = ''
  let section = ''
  const blocks: CheatsheetBlock[] = []
  tokens.forEach((token, i) => {
    if (token.type === 'heading_open') {
      const text = tokens[i + 1]?.content ?? ''
      if (token.tag === 'h1' && !title) title = text
      if (token.tag === 'h2') section = text
    }
    if (token.type === 'fence') {
      blocks.push({
        lang: token.info.trim().split(/\s+/)[0] ?? '',
        code: token.content,
        section,
        line: (token.map?.[0] ?? 0) + 1
      })
    }
  })
  return { title, blocks }
}

const placeholderPattern = /(?<![<\w])<([a-z][a-z0-9-]*)>/g

/** Placeholder names in order of first appearance, without duplicates. */
export function placeholders(code: string): string[] {
  return [...new Set([...code.matchAll(placeholderPattern)].map((m) => m[1]))]
}

/** Where each placeholder sits, for selecting it in an editor. */
export function placeholderRanges(code: string): { name: string; start: number; end: number }[] {
  return [...code.matchAll(placeholderPattern)].map((m) => ({
    name: m[1],
    start: m.index,
    end: m.index + m[0].length
  }))
}

export function fillPlaceholders(code: string, values: Readonly<Record<string, string>>): string {
  return code.replace(placeholderPattern, (whole, name: string) => values[name] ?? whole)
}
