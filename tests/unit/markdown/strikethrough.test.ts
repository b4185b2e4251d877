import { describe, expect, it } from 'vitest'
import { renderSlideHtml } from '@shared/markdown'

describe('strikethrough plugin', () => {
  it('renders single and double tildes as GFM does', () => {
    expect(renderSlideHtml('~un~ et ~~deux~~')).toMatchInlineSnapshot(`
      "<p><del>un</del> et <del>deux</del></p>
      "
    `)
  })

  it('wraps other inline markup, as in the course', () => {
    expect(renderSlideHtml('- ~**Ne pas stocker de `Secret` en clair**~ dans des fichiers YAML')).toMatchInlineSnapshot(`
      "<ul>
      <li><del><strong>Ne pas stocker de <code>Secret</code> en clair</strong></del> dans des fichiers YAML</li>
      </ul>
      "
    `)
    expect(renderSlideHtml('pas de ressource dans l\'_API Server_ (~`kubectl get volumes`~)')).toMatchInlineSnapshot(`
      "<p>pas de ressource dans l'<em>API Server</em> (<del><code>kubectl get volumes</code></del>)</p>
      "
    `)
  })

  it('leaves unmatched runs and runs of three or more as text', () => {
    expect(renderSlideHtml('~a~~ b ~~~c~~~ d ~ e')).toMatchInlineSnapshot(`
      "<p>~a~~ b ~~~c~~~ d ~ e</p>
      "
    `)
  })
})
