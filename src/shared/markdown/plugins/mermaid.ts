import type { MarkdownIt } from 'markdown-it'
import { escapeHtml } from '../escape'
import { claimFences, fenceLanguage } from '../fence'
import type { ResolvedMarkdownOptions } from '../options'

// The diagram source travels URI-encoded: raw mermaid is full of `-->`, which DOMPurify
// strips from attributes, and it must never show up as text before the SVG is drawn.
export function encodeDiagramSource(source: string): string {
  return encodeURIComponent(source)
}

export function decodeDiagramSource(encoded: string): string {
  return decodeURIComponent(encoded)
}

/** The `title:` of a mermaid block's own `---` header, if it has one. */
export function mermaidTitle(source: string): string | null {
  const header = /^\s*---\s*\n([\s\S]*?)\n\s*---\s*(?:\n|$)/.exec(source)
  const title = header && /^\s*title\s*:\s*(.+?)\s*$/m.exec(header[1])
  return title ? title[1].replace(/^(['"])(.*)\1$/, '$2') : null
}

export function mermaidPlugin(md: MarkdownIt, options: ResolvedMarkdownOptions): void {
  claimFences(md, (token) => {
    if (fenceLanguage(token) !== 'mermaid') return null
    const source = token.content
    const title = mermaidTitle(source)
    const label = title ? `${options.labels.diagram} : ${title}` : options.labels.diagram
    return (
      `<div class="diagram mermaid-diagram" role="img" aria-label="${escapeHtml(label)}"` +
      ` data-mermaid="${encodeDiagramSource(source)}">` +
      `<span class="diagram-loading">${escapeHtml(options.labels.diagramLoading)}</span></div>\n`
    )
  })
}
