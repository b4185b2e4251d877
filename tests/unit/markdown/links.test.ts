import { describe, expect, it } from 'vitest'
import { renderSlideHtml } from '@shared/markdown'

describe('links plugin', () => {
  it('opens external links outside the app', () => {
    expect(renderSlideHtml('[Site web Kubernetes](https://kubernetes.io/) et <https://roadmap.sh/kubernetes>')).toMatchInlineSnapshot(`
      "<p><a href="https://kubernetes.io/" target="_blank" rel="noopener noreferrer" class="link-external">Site web Kubernetes</a> et <a href="https://roadmap.sh/kubernetes" target="_blank" rel="noopener noreferrer" class="link-external">https://roadmap.sh/kubernetes</a></p>
      "
    `)
  })

  it('links bare addresses but not words that look like domains', () => {
    expect(renderSlideHtml('Voir https://operatorhub.io/ et le fichier k8s.sh')).toMatchInlineSnapshot(`
      "<p>Voir <a href="https://operatorhub.io/" target="_blank" rel="noopener noreferrer" class="link-external">https://operatorhub.io/</a> et le fichier k8s.sh</p>
      "
    `)
  })

  it('keeps in-page anchors and neutralises links to the original website', () => {
    expect(renderSlideHtml('[haut](#top) et la [page des liens](/cours/liens#kubernetes)')).toMatchInlineSnapshot(`
      "<p><a href="#top">haut</a> et la <a title="/cours/liens#kubernetes" class="link-unresolved">page des liens</a></p>
      "
    `)
  })
})
