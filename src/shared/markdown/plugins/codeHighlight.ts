import type { MarkdownIt } from 'markdown-it'
import hljsCore from 'highlight.js/lib/core'
import bash from 'highlight.js/lib/languages/bash'
import dockerfile from 'highlight.js/lib/languages/dockerfile'
import json from 'highlight.js/lib/languages/json'
import plaintext from 'highlight.js/lib/languages/plaintext'
import shell from 'highlight.js/lib/languages/shell'
import yaml from 'highlight.js/lib/languages/yaml'
import { escapeHtml } from '../escape'
import { claimFences, fenceLanguage } from '../fence'

// A private instance: the renderer may use highlight.js elsewhere with other settings.
const hljs = hljsCore.newInstance()
hljs.registerLanguage('yaml', yaml)
hljs.registerLanguage('bash', bash)
hljs.registerLanguage('shell', shell)
hljs.registerLanguage('json', json)
hljs.registerLanguage('dockerfile', dockerfile)
hljs.registerLanguage('plaintext', plaintext)
hljs.registerAliases(['console'], { languageName: 'shell' })

/** Languages a fence can be highlighted in (aliases included). */
function isHighlighted(language: string): boolean {
  return language !== '' && language !== 'plaintext' && hljs.getLanguage(language) !== undefined
}

/**
 * `<pre class="code" data-lang="…"><code>`: the code element's textContent is exactly the
 * source, so "Copier" and "Essayer dans la console" read it back from the DOM.
 */
function codeBlockHtml(code: string, language: string): string {
  const known = isHighlighted(language)
  const body = known
    ? hljs.highlight(code, { language, ignoreIllegals: true }).value
    : escapeHtml(code)
  const lang = language ? ` data-lang="${escapeHtml(language)}"` : ''
  const codeClass = known ? `hljs language-${escapeHtml(language)}` : 'hljs'
  return `<pre class="code"${lang}><code class="${codeClass}">${body}</code></pre>\n`
}

export function codeHighlightPlugin(md: MarkdownIt): void {
  claimFences(md, (token) => codeBlockHtml(token.content, fenceLanguage(token)))
  md.renderer.rules.code_block = (tokens, index) => codeBlockHtml(tokens[index].content, '')
}
