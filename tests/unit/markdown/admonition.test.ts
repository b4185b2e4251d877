import { describe, expect, it } from 'vitest'
import { renderSlideHtml } from '@shared/markdown'

describe('admonition plugin', () => {
  it('turns :::warn into a labelled warning box', () => {
    expect(renderSlideHtml(':::warn\nCertains CNI ne supportent pas les _NetworkPolicies_ !\n:::')).toMatchInlineSnapshot(`
      "<div class="admonition warn" role="note" aria-label="Attention">
      <p class="admonition-title">Attention</p>
      <p>Certains CNI ne supportent pas les <em>NetworkPolicies</em> !</p>
      </div>
      "
    `)
  })

  it('accepts any container name and a custom title', () => {
    expect(renderSlideHtml(':::tip Bon à savoir\n`kubectl explain`\n:::\n\n:::exercice\nTexte\n:::')).toMatchInlineSnapshot(`
      "<div class="admonition tip" role="note" aria-label="Bon à savoir">
      <p class="admonition-title">Bon à savoir</p>
      <p><code>kubectl explain</code></p>
      </div>
      <div class="admonition exercice" role="note">
      <p>Texte</p>
      </div>
      "
    `)
  })

  it('takes its labels from the options', () => {
    const html = renderSlideHtml(':::warn\nx\n:::', { labels: { admonitions: { warn: 'Warning' } } })
    expect(html).toContain('<p class="admonition-title">Warning</p>')
  })
})
