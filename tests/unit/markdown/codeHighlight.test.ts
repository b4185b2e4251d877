import { describe, expect, it } from 'vitest'
import { renderSlideHtml } from '@shared/markdown'

describe('code highlight plugin', () => {
  it('highlights yaml and keeps the language', () => {
    expect(renderSlideHtml('```yaml\napiVersion: v1 # Version\nkind: Pod\n```')).toMatchInlineSnapshot(`
      "<pre class="code" data-lang="yaml"><code class="hljs language-yaml"><span class="hljs-attr">apiVersion:</span> <span class="hljs-string">v1</span> <span class="hljs-comment"># Version</span>
      <span class="hljs-attr">kind:</span> <span class="hljs-string">Pod</span>
      </code></pre>
      "
    `)
  })

  it('highlights bash and shell', () => {
    expect(renderSlideHtml('```bash\nkubectl get pods -n "$NS" # liste\n```')).toMatchInlineSnapshot(`
      "<pre class="code" data-lang="bash"><code class="hljs language-bash">kubectl get pods -n <span class="hljs-string">&quot;<span class="hljs-variable">$NS</span>&quot;</span> <span class="hljs-comment"># liste</span>
      </code></pre>
      "
    `)
    expect(renderSlideHtml('```sh\necho "ok"\n```')).toContain('language-sh')
  })

  it('escapes unknown languages and indented code without highlighting', () => {
    expect(renderSlideHtml('```text\n<b>pas du HTML</b>\n```\n\n    a < b')).toMatchInlineSnapshot(`
      "<pre class="code" data-lang="text"><code class="hljs language-text">&lt;b&gt;pas du HTML&lt;/b&gt;
      </code></pre>
      <pre class="code"><code class="hljs">a &lt; b
      </code></pre>
      "
    `)
  })

  it('keeps the exact source as the code text for "Copier"', () => {
    const code = 'metadata:\n  labels:\n    app: "web" # <&>\n'
    const html = renderSlideHtml(`\`\`\`yaml\n${code}\`\`\``)
    const text = html
      .replace(/^.*?<code[^>]*>/s, '')
      .replace(/<\/code>.*$/s, '')
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&')
    expect(text).toBe(code)
  })
})
