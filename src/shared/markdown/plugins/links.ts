import type { MarkdownIt } from 'markdown-it'

const EXTERNAL = /^(?:https?:|mailto:)/i

// External links open outside the app (system browser in Electron, new tab in browser
// mode). A site-relative link (`/cours/liens`) points at the course's original website,
// which does not exist offline: it keeps its text and loses its href.
export function linksPlugin(md: MarkdownIt): void {
  md.linkify.set({ fuzzyLink: false, fuzzyEmail: false })
  const previous = md.renderer.rules.link_open
  md.renderer.rules.link_open = (tokens, index, options, env, self) => {
    const token = tokens[index]
    const href = String(token.attrGet('href') ?? '')
    if (EXTERNAL.test(href)) {
      token.attrSet('target', '_blank')
      token.attrSet('rel', 'noopener noreferrer')
      token.attrJoin('class', 'link-external')
    } else if (!href.startsWith('#')) {
      token.attrs = (token.attrs ?? []).filter(([name]) => name !== 'href')
      token.attrSet('title', href)
      token.attrJoin('class', 'link-unresolved')
    }
    return previous ? previous(tokens, index, options, env, self) : self.renderToken(tokens, index, options)
  }
}
