import { describe, expect, it } from 'vitest'
import { renderSlideHtml, type MarkdownOptions } from '@shared/markdown'

describe('images plugin', () => {
  it('turns a remote image into a placeholder card with its alt text and address', () => {
    expect(renderSlideHtml('![Architecture de FluxCD](https://raw.githubusercontent.com/x/y.png)')).toMatchInlineSnapshot(`
      "<p><span class="image-placeholder" role="img" aria-label="Architecture de FluxCD"><span class="image-placeholder-alt">Architecture de FluxCD</span><span class="image-placeholder-note">Image non disponible hors ligne</span><a class="image-placeholder-src" href="https://raw.githubusercontent.com/x/y.png" target="_blank" rel="noopener noreferrer">https://raw.githubusercontent.com/x/y.png</a></span></p>
      "
    `)
  })

  it('turns a missing @assets image into a placeholder card', () => {
    expect(renderSlideHtml('![Kubernetes API request lifecycle](@assets/k8s/api-request-lifecycle.png)')).toMatchInlineSnapshot(`
      "<p><span class="image-placeholder" role="img" aria-label="Kubernetes API request lifecycle"><span class="image-placeholder-alt">Kubernetes API request lifecycle</span><span class="image-placeholder-note">Image non disponible hors ligne</span><span class="image-placeholder-src">@assets/k8s/api-request-lifecycle.png</span></span></p>
      "
    `)
  })

  it('shows a local image the resolver knows', () => {
    const options: MarkdownOptions = {
      resolveImage: (src) => (src === '@assets/k8s/schéma.png' ? 'kubestudy-asset://kubernetes/k8s/sch%C3%A9ma.png' : null)
    }
    expect(renderSlideHtml('![Schéma](@assets/k8s/schéma.png "Titre")', options)).toMatchInlineSnapshot(`
      "<p><img src="kubestudy-asset://kubernetes/k8s/sch%C3%A9ma.png" alt="Schéma" title="Titre" loading="lazy"></p>
      "
    `)
  })

  it('never lets an <img> point off the machine', () => {
    const options: MarkdownOptions = { resolveImage: () => 'https://cdn.example.com/leak.png' }
    const html = renderSlideHtml('![a](img/a.png) ![b](//cdn.example.com/b.png) ![c](ftp://x/c.png)', options)
    expect(html).not.toContain('<img')
    expect(html.match(/class="image-placeholder"/g)).toHaveLength(3)
  })
})
