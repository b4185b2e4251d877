import { describe, expect, it } from 'vitest'
import { renderSlideHtml } from '@shared/markdown'

describe('raw HTML plugin', () => {
  it('keeps the course captions and drops comments', () => {
    expect(renderSlideHtml('<!-- class: liens -->\n\n# Liens\n\n<div class="caption">Architecture d\'un Pod</div>\n\nTexte <!-- note --> fin')).toMatchInlineSnapshot(`
      "<h1>Liens</h1>
      <div class="caption">Architecture d'un Pod</div>
      <p>Texte  fin</p>
      "
    `)
  })

  it('opens links written in HTML outside the app', () => {
    expect(renderSlideHtml('<div class="caption">Source: <a href="https://kubernetes.io/docs/">doc</a></div>')).toMatchInlineSnapshot(`"<div class="caption">Source: <a href="https://kubernetes.io/docs/" target="_blank" rel="noopener noreferrer">doc</a></div>"`)
  })

  it('applies the offline image rule to <img> written in HTML', () => {
    expect(renderSlideHtml('<p><img src="https://example.com/logo.png" alt="Logo"></p>')).toMatchInlineSnapshot(`"<p><span class="image-placeholder" role="img" aria-label="Logo"><span class="image-placeholder-alt">Logo</span><span class="image-placeholder-note">Image non disponible hors ligne</span><a class="image-placeholder-src" href="https://example.com/logo.png" target="_blank" rel="noopener noreferrer">https://example.com/logo.png</a></span></p>"`)
  })
})
