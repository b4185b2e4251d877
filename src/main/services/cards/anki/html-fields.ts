import { createMarkdown } from '@shared/markdown'

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }

/**
 * An Anki HTML field as markdown: line breaks and block ends become new lines and
 * entities are decoded; any other markup stays as inline HTML, which the card renderer
 * sanitises like every other.
 */
export function htmlToMarkdown(html: string): string {
  if (!/[<&]/.test(html)) return html
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(div|p)>\s*/gi, '\n')
    .replace(/<(div|p)(\s[^>]*)?>/gi, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
      if (name[0] !== '#') return entities[name.toLowerCase()] ?? entity
      const code = name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity
    })
    .replace(/\n+$/, '')
}

let markdown: ReturnType<typeof createMarkdown> | null = null

/** A markdown field rendered to HTML, for Anki with `#html:true` (line breaks inside stay quoted in the field). */
export function markdownToHtml(text: string): string {
  markdown ??= createMarkdown()
  return markdown.render(text).trim()
}
