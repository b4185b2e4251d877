import { describe, expect, it } from 'vitest'
import { renderSlideHtml, slidePlainText } from '@shared/markdown'

describe('slots plugin', () => {
  it('splits a two-cols slide at ::right::', () => {
    expect(renderSlideHtml('# Liens\n\n- a\n\n::right::\n\n- b')).toMatchInlineSnapshot(`
      "<div class="slot slot-default"><h1>Liens</h1>
      <ul>
      <li>a</li>
      </ul>
      </div><div class="slot slot-right"><ul>
      <li>b</li>
      </ul>
      </div>"
    `)
  })

  it('names the first slot when the slide starts with a marker', () => {
    expect(renderSlideHtml('::left::\ngauche\n::right::\ndroite')).toMatchInlineSnapshot(`
      "<div class="slot slot-left"><p>gauche</p>
      </div><div class="slot slot-right"><p>droite</p>
      </div>"
    `)
  })

  it('leaves slides without markers, and markers inside code, alone', () => {
    expect(renderSlideHtml('texte ::right:: suite\n\n```\n::right::\n```')).toMatchInlineSnapshot(`
      "<p>texte ::right:: suite</p>
      <pre class="code"><code class="hljs">::right::
      </code></pre>
      "
    `)
    expect(slidePlainText('a\n\n::right::\n\nb')).toBe('a\nb')
  })
})
