import { describe, expect, it } from 'vitest'
import { decodeDiagramSource, renderSlideHtml } from '@shared/markdown'

const diagram = '```mermaid\n---\ntitle: Gateway API\n---\n\ngraph LR;\n  client([client])-. requête <br> HTTP .->gateway[Gateway];\n```'

describe('mermaid plugin', () => {
  it('leaves a placeholder carrying the encoded source, never the source as text', () => {
    const html = renderSlideHtml(diagram)
    expect(html).toMatchInlineSnapshot(`
      "<div class="diagram mermaid-diagram" role="img" aria-label="Diagramme : Gateway API" data-mermaid="---%0Atitle%3A%20Gateway%20API%0A---%0A%0Agraph%20LR%3B%0A%20%20client(%5Bclient%5D)-.%20requ%C3%AAte%20%3Cbr%3E%20HTTP%20.-%3Egateway%5BGateway%5D%3B%0A"><span class="diagram-loading">Chargement du diagramme…</span></div>
      "
    `)
    expect(html.replace(/data-mermaid="[^"]*"/, '')).not.toMatch(/graph LR|-->|title:/)
  })

  it('gives the renderer the exact source back, header included', () => {
    const encoded = /data-mermaid="([^"]*)"/.exec(renderSlideHtml(diagram))?.[1] ?? ''
    expect(decodeDiagramSource(encoded)).toBe(diagram.slice('```mermaid\n'.length, -3))
  })
})
