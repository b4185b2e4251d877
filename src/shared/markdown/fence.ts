import type { MarkdownIt } from 'markdown-it'
import type { Token } from 'markdown-it'

/** First word of a fence's info string, lower-cased (`yaml`, `mermaid`, …). */
export function fenceLanguage(token: Token): string {
  return token.info.trim().split(/\s+/)[0]?.toLowerCase() ?? ''
}

/**
 * Lets a plugin take over the fences it recognises and hand every other one to the
 * rule registered before it, so plugins stack in any order.
 */
export function claimFences(md: MarkdownIt, render: (token: Token) => string | null): void {
  const previous = md.renderer.rules.fence
  md.renderer.rules.fence = (tokens, index, options, env, self) => {
    const html = render(tokens[index])
    if (html !== null) return html
    return previous ? previous(tokens, index, options, env, self) : self.renderToken(tokens, index, options)
  }
}
