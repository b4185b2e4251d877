import type { MarkdownIt } from 'markdown-it'
import container from 'markdown-it-container'
import { escapeHtml } from '../escape'
import type { ResolvedMarkdownOptions } from '../options'

// `:::warn`, `:::tip Un titre`, any `:::name` → a labelled box. The first word is the
// kind (a CSS class), the rest of the line an optional custom title.
const OPENING = /^\s*([a-z][\w-]*)(?:\s+(.*))?$/i

export function admonitionPlugin(md: MarkdownIt, options: ResolvedMarkdownOptions): void {
  container(md, 'admonition', {
    validate: (params) => OPENING.test(params),
    render(tokens, index) {
      const token = tokens[index]
      if (token.nesting !== 1) return '</div>\n'
      const [, rawKind, customTitle] = OPENING.exec(token.info) ?? []
      const kind = rawKind.toLowerCase()
      const title = customTitle?.trim() || options.labels.admonitions[kind] || ''
      const label = title ? ` aria-label="${escapeHtml(title)}"` : ''
      const heading = title ? `<p class="admonition-title">${escapeHtml(title)}</p>\n` : ''
      return `<div class="admonition ${escapeHtml(kind)}" role="note"${label}>\n${heading}`
    }
  })
}
