import type { MarkdownIt } from 'markdown-it'
import { escapeHtml } from '../escape'
import type { ResolvedMarkdownOptions } from '../options'

// Nothing loads from off the machine: only these inline images are used as they are.
const INLINE_DATA_IMAGE = /^data:image\/(?:png|jpe?g|gif|webp);/i
const HAS_SCHEME = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i
const WEB_ADDRESS = /^(?:https?:)?\/\//i

function decoded(src: string): string {
  try {
    return decodeURI(src)
  } catch {
    return src
  }
}

/** The address an `<img>` may use, or null when the image must become a placeholder. */
function localImageSource(src: string, options: ResolvedMarkdownOptions): string | null {
  if (INLINE_DATA_IMAGE.test(src)) return src
  if (HAS_SCHEME.test(src)) return null
  const resolved = options.resolveImage(decoded(src))
  if (resolved === null || WEB_ADDRESS.test(resolved)) return null
  return resolved
}

function imagePlaceholderHtml(src: string, alt: string, options: ResolvedMarkdownOptions): string {
  const address = decoded(src)
  const addressHtml = WEB_ADDRESS.test(address)
    ? `<a class="image-placeholder-src" href="${escapeHtml(src)}" target="_blank" rel="noopener noreferrer">${escapeHtml(address)}</a>`
    : `<span class="image-placeholder-src">${escapeHtml(address)}</span>`
  const altHtml = alt ? `<span class="image-placeholder-alt">${escapeHtml(alt)}</span>` : ''
  return (
    `<span class="image-placeholder" role="img" aria-label="${escapeHtml(alt || options.labels.imageUnavailable)}">` +
    altHtml +
    `<span class="image-placeholder-note">${escapeHtml(options.labels.imageUnavailable)}</span>` +
    addressHtml +
    '</span>'
  )
}

export function imageHtml(src: string, alt: string, title: string | null, options: ResolvedMarkdownOptions): string {
  const local = localImageSource(src, options)
  if (local === null) return imagePlaceholderHtml(src, alt, options)
  const titleAttr = title ? ` title="${escapeHtml(title)}"` : ''
  return `<img src="${escapeHtml(local)}" alt="${escapeHtml(alt)}"${titleAttr} loading="lazy">`
}

export function imagesPlugin(md: MarkdownIt, options: ResolvedMarkdownOptions): void {
  md.renderer.rules.image = (tokens, index, mdOptions, env, self) => {
    const token = tokens[index]
    const alt = self.renderInlineAsText(token.children ?? [], mdOptions, env)
    const title = token.attrGet('title')
    return imageHtml(String(token.attrGet('src') ?? ''), alt, title === null ? null : String(title), options)
  }
}
