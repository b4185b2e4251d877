import MarkdownItConstructor, { type MarkdownIt } from 'markdown-it'
import { resolveOptions, type MarkdownOptions } from './options'
import { admonitionPlugin } from './plugins/admonition'
import { codeHighlightPlugin } from './plugins/codeHighlight'
import { ditaaPlugin } from './plugins/ditaa'
import { imagesPlugin } from './plugins/images'
import { linksPlugin } from './plugins/links'
import { mermaidPlugin } from './plugins/mermaid'
import { rawHtmlPlugin } from './plugins/rawHtml'
import { slotsPlugin } from './plugins/slots'
import { strikethroughPlugin } from './plugins/strikethrough'

/** A markdown-it configured for course slides: every plugin of this folder, in order. */
export function createMarkdown(options: MarkdownOptions = {}): MarkdownIt {
  const resolved = resolveOptions(options)
  const md = new MarkdownItConstructor('default', { html: true, linkify: true })
  strikethroughPlugin(md)
  admonitionPlugin(md, resolved)
  slotsPlugin(md)
  // Fence plugins stack: the last one registered is asked first.
  codeHighlightPlugin(md)
  ditaaPlugin(md, resolved)
  mermaidPlugin(md, resolved)
  imagesPlugin(md, resolved)
  linksPlugin(md)
  rawHtmlPlugin(md, resolved)
  return md
}

const instances = new WeakMap<MarkdownOptions, MarkdownIt>()
const defaultOptions: MarkdownOptions = {}

/**
 * HTML for one slide body. Pass the same options object each time to reuse one parser.
 * The result still goes through DOMPurify in the renderer; it never needs scripts.
 */
export function renderSlideHtml(markdown: string, options: MarkdownOptions = defaultOptions): string {
  let md = instances.get(options)
  if (!md) {
    md = createMarkdown(options)
    instances.set(options, md)
  }
  return md.render(markdown)
}
