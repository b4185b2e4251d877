import { describe, expect, it } from 'vitest'
import { renderSlideHtml } from '@shared/markdown'
import { ditaaText, readDitaa } from '@shared/markdown/ditaa/grid'

const pod = [
  '```plantuml',
  '@startditaa',
  '+------------+',
  '| Pod web    |',
  '| +--------+ |',
  '| | nginx  | |',
  '| +--------+ |',
  '+------------+',
  '',
  '@endditaa',
  '```'
].join('\n')

describe('ditaa plugin', () => {
  it('draws a plantuml ditaa block as an SVG figure without the markers', () => {
    const html = renderSlideHtml(pod)
    expect(html).toMatchInlineSnapshot(`
      "<figure class="diagram ditaa"><svg class="ditaa-svg" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 140 120" width="140" height="120" role="img" aria-label="Diagramme : Pod web, nginx" font-family="ui-monospace, SFMono-Regular, Menlo, Consolas, monospace" font-size="16"><rect x="5" y="10" width="130" height="100" fill="currentColor" fill-opacity="0.06" stroke="none"></rect><rect x="25" y="50" width="90" height="40" fill="currentColor" fill-opacity="0.06" stroke="none"></rect><path d="M5 10H135M25 50H115M25 90H115M5 110H135M5 10V110M25 50V90M115 50V90M135 10V110" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="square"></path><text x="20" y="34" fill="currentColor">Pod web</text><text x="40" y="74" fill="currentColor">nginx</text></svg></figure>
      "
    `)
    expect(html).not.toMatch(/@startditaa|@endditaa|\+--/)
  })

  it('finds boxes, lines and text on the grid', () => {
    const grid = readDitaa(pod)
    expect(grid.boxes).toEqual([
      { top: 0, left: 0, bottom: 5, right: 13 },
      { top: 2, left: 2, bottom: 4, right: 11 }
    ])
    expect(grid.labels.map((label) => label.text)).toEqual(['Pod web', 'nginx'])
  })

  it('reads the text box by box', () => {
    const two = '@startditaa\n+-----------+  +-------+\n| conteneur |  | Pod 2 |\n| docker    |  | nginx |\n+-----------+  +-------+\n  Node\n@endditaa'
    expect(ditaaText(two)).toBe('conteneur docker Pod 2 nginx Node')
  })

  it('draws arrows and dashed lines, and keeps dashes inside words as text', () => {
    const grid = readDitaa('@startditaa\n+-----+    +-------+\n| a-b |--->| c     |\n+-----+    +=======+\n@endditaa')
    expect(grid.arrows).toEqual([{ row: 1, col: 10, direction: 'right' }])
    expect(grid.horizontal.some((run) => run.dashed)).toBe(true)
    expect(grid.labels.map((label) => label.text)).toEqual(['a-b', 'c'])
  })

  it('leaves other plantuml diagrams to the code block', () => {
    expect(renderSlideHtml('```plantuml\n@startuml\nA -> B\n@enduml\n```')).toContain('<pre class="code" data-lang="plantuml">')
  })
})
