import type { MarkdownIt } from 'markdown-it'
import type { Token } from 'markdown-it'
import { createMarkdown } from './createMarkdown'
import { ditaaText } from './ditaa/grid'
import { fenceLanguage } from './fence'
import { mermaidText } from './mermaidText'
import { isDitaaFence } from './plugins/ditaa'
import { mermaidTitle } from './plugins/mermaid'

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }

function htmlToText(html: string): string {
  return html
    .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
        return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' '
      }
      return NAMED_ENTITIES[name.toLowerCase()] ?? entity
    })
}

function inlineText(children: Token[]): string {
  return children
    .map((child) => {
      switch (child.type) {
        case 'text':
        case 'code_inline':
          return child.content
        case 'image':
          return ` ${inlineText(child.children ?? [])} `
        case 'softbreak':
        case 'hardbreak':
          return ' '
        case 'html_inline':
          return htmlToText(child.content)
        default:
          return ''
      }
    })
    .join('')
}

function blockText(token: Token): string | null {
  switch (token.type) {
    case 'inline':
      return inlineText(token.children ?? [])
    case 'fence': {
      const language = fenceLanguage(token)
      if (language === 'mermaid') return mermaidText(token.content)
      if (isDitaaFence(language, token.content)) return ditaaText(token.content)
      return token.content
    }
    case 'code_block':
      return token.content
    case 'html_block':
      return htmlToText(token.content)
    default:
      return null
  }
}

export interface SlideOutline {
  /** Plain text for search, one line per block. */
  text: string
  /** The first heading, as plain text. */
  heading: string | null
  /** Its level, 1 for `#`. */
  headingLevel: number | null
  /** Alt text of the first image. */
  imageAlt: string | null
  /** Text of the first `<div class="caption">`. */
  caption: string | null
  /** `title:` of the first mermaid diagram. */
  diagramTitle: string | null
}

const CAPTION = /<div\s+class=["']caption["'][^>]*>([\s\S]*?)<\/div>/i

function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n')
}

function firstImageAlt(tokens: Token[]): string | null {
  for (const token of tokens) {
    const image = token.children?.find((child) => child.type === 'image')
    if (image) return tidy(inlineText(image.children ?? [])) || null
  }
  return null
}

function firstDiagramTitle(tokens: Token[]): string | null {
  const diagram = tokens.find((token) => token.type === 'fence' && fenceLanguage(token) === 'mermaid')
  return diagram ? mermaidTitle(diagram.content) : null
}

let parser: MarkdownIt | null = null

/** What the course parser needs from a slide body, from one parse. */
export function slideOutline(markdown: string): SlideOutline {
  parser ??= createMarkdown()
  const tokens = parser.parse(markdown, {})
  const headingAt = tokens.findIndex((token) => token.type === 'heading_open')
  const heading = headingAt === -1 ? null : tidy(blockText(tokens[headingAt + 1]) ?? '').replace(/\n/g, ' ')
  const caption = CAPTION.exec(markdown)
  const blocks = tokens.map(blockText).filter((text): text is string => text !== null)
  return {
    text: tidy(blocks.join('\n')),
    heading: heading || null,
    headingLevel: heading ? Number(tokens[headingAt].tag.slice(1)) : null,
    imageAlt: firstImageAlt(tokens),
    caption: caption ? tidy(htmlToText(caption[1])).replace(/\n/g, ' ') || null : null,
    diagramTitle: firstDiagramTitle(tokens)
  }
}

/**
 * Plain text of a slide for the search index: no markup, code kept verbatim, diagrams
 * reduced to their words, one line per block.
 */
export function slidePlainText(markdown: string): string {
  return slideOutline(markdown).text
}
