import { describe, expect, it } from 'vitest'
import { slideOutline, slidePlainText } from '@shared/markdown'

describe('slidePlainText', () => {
  it('drops markup and keeps words, code and link text', () => {
    expect(
      slidePlainText('## Sécurité des Secrets\n\n- ~**Ne pas stocker de `Secret` en clair**~ : voir [Kubeseal](https://x.io)\n\n:::warn\nAttention !\n:::\n\n<!-- class: x -->\n<div class="caption">Légende &amp; source</div>')
    ).toMatchInlineSnapshot(`
      "Sécurité des Secrets
      Ne pas stocker de Secret en clair : voir Kubeseal
      Attention !
      Légende & source"
    `)
  })

  it('keeps code verbatim and reduces diagrams to their words', () => {
    expect(
      slidePlainText('```yaml\nkind: Pod\n```\n\n```mermaid\n---\ntitle: Gateway API\n---\ngraph LR;\n  client([client])-. requête <br> HTTP .->gateway[Gateway];\n  classDef k8s fill:#326ce5;\n```\n\n```plantuml\n@startditaa\n+-----+\n| Pod |\n+-----+\n@endditaa\n```')
    ).toMatchInlineSnapshot(`
      "kind: Pod
      Gateway API
      client requête HTTP gateway Gateway
      Pod"
    `)
  })

  it('outlines a slide for titling', () => {
    expect(slideOutline('![Architecture](https://x/y.svg)\n\n<div class="caption">Architecture (source)</div>')).toMatchInlineSnapshot(`
      {
        "caption": "Architecture (source)",
        "diagramTitle": null,
        "heading": null,
        "headingLevel": null,
        "imageAlt": "Architecture",
        "text": "Architecture
      Architecture (source)",
      }
    `)
  })
})
