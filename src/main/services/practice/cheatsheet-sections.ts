import MarkdownIt from 'markdown-it'
import type { CheatsheetDoc, CheatsheetSection } from '@shared/api'
import { slug } from '../slug'

const markdown = new MarkdownIt({ html: true })

/** `07-pods-logs-exec-top.md` → `pods-logs-exec-top`: the number only orders the files. */
function cheatsheetIdFor(fileName: string): string {
  return slug(fileName.replace(/\.md$/i, '').replace(/^\d+[-_ ]+/, ''), '')
}

export class CheatsheetFormatError extends Error {}

/**
 * A sheet is a `#` title, an optional introduction, then `##` sections (headings inside
 * code fences are code, not sections: the markdown-it token stream tells them apart).
 */
export function splitCheatsheet(fileName: string, source: string): CheatsheetDoc {
  const lines = source.replace(/\r\n?/g, '\n').split('\n')
  const tokens = markdown.parse(source, {})
  const headings = tokens.flatMap((token, i) =>
    token.type === 'heading_open' && (token.tag === 'h1' || token.tag === 'h2') && token.map
      ? [{ level: token.tag, text: tokens[i + 1]?.content.trim() ?? '', start: token.map[0], end: token.map[1] }]
      : []
  )
  const title = headings.find((h) => h.level === 'h1')
  if (!title || !title.text) throw new CheatsheetFormatError('pas de titre « # … » en tête de la fiche')
  const sectionHeads = headings.filter((h) => h.level === 'h2' && h.start > title.start)
  const text = (from: number, to: number) => lines.slice(from, to).join('\n').trim()

  const used = new Set<string>()
  const sections: CheatsheetSection[] = sectionHeads.map((head, i) => {
    const base = slug(head.text, 'section')
    let id = base
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`
    used.add(id)
    return { id, title: head.text, markdown: text(head.end, sectionHeads[i + 1]?.start ?? lines.length) }
  })
  return {
    id: cheatsheetIdFor(fileName),
    title: title.text,
    file: fileName,
    intro: text(title.end, sectionHeads[0]?.start ?? lines.length),
    sections
  }
}
