import type { MarkdownIt } from 'markdown-it'
import type { ResolvedMarkdownOptions } from '../options'
import { imageHtml } from './images'

const COMMENT = /<!--[\s\S]*?(?:-->|$)/g
const IMG_TAG = /<img\b[^>]*>/gi
const LINK_TAG = /<a\b[^>]*>/gi
const EXTERNAL = /^(?:https?:|mailto:)/i

function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)
  return match ? (match[1] ?? match[2] ?? match[3]) : null
}

// The course's own HTML (`<div class="caption">`) passes through for DOMPurify to vet.
// Comments (`<!-- class: liens -->`) are slide directives, not content; an `<img>` written
// in HTML follows the same offline rule as a markdown image, an external `<a>` the same
// rule as a markdown link.
function cleanRawHtml(html: string, options: ResolvedMarkdownOptions): string {
  return html
    .replace(COMMENT, '')
    .replace(IMG_TAG, (tag) => imageHtml(attribute(tag, 'src') ?? '', attribute(tag, 'alt') ?? '', attribute(tag, 'title'), options))
    .replace(LINK_TAG, (tag) => {
      if (!EXTERNAL.test(attribute(tag, 'href') ?? '') || attribute(tag, 'target') !== null) return tag
      return `${tag.slice(0, -1)} target="_blank" rel="noopener noreferrer">`
    })
}

export function rawHtmlPlugin(md: MarkdownIt, options: ResolvedMarkdownOptions): void {
  md.renderer.rules.html_block = (tokens, index) => {
    const html = cleanRawHtml(tokens[index].content, options)
    return html.trim() ? html : ''
  }
  md.renderer.rules.html_inline = (tokens, index) => cleanRawHtml(tokens[index].content, options)
}
