// @vitest-environment jsdom
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import DOMPurify from 'dompurify'
import { describe, expect, it } from 'vitest'
import { parseCourse } from '@shared/course'
import { decodeDiagramSource, renderSlideHtml } from '@shared/markdown'

const course = parseCourse(
  readFileSync(resolve(__dirname, '../../../content/courses/kubernetes/kubernetes.md'), 'utf8'),
  'kubernetes.md'
)

function sanitised(markdown: string): HTMLElement {
  const root = document.createElement('div')
  root.innerHTML = DOMPurify.sanitize(renderSlideHtml(markdown), { ADD_ATTR: ['target'] })
  return root
}

// The renderer sanitises the pipeline's HTML with DOMPurify: what the pipeline emits for
// the course must come through it whole.
describe('the course HTML survives DOMPurify', () => {
  it('loses nothing on any slide', () => {
    for (const slide of course.slides) {
      const html = renderSlideHtml(slide.markdown)
      DOMPurify.sanitize(html, { ADD_ATTR: ['target'] })
      expect(DOMPurify.removed.map((entry) => ('element' in entry ? entry.element.nodeName : entry.attribute?.name))).toEqual([])
    }
  })

  it('keeps the mermaid source readable by the renderer', () => {
    const slide = course.slides.find((candidate) => candidate.title === 'Gateway API')!
    const placeholder = sanitised(slide.markdown).querySelector<HTMLElement>('[data-mermaid]')!
    const source = decodeDiagramSource(placeholder.dataset.mermaid!)
    expect(source).toMatch(/^---\ntitle: Gateway API\n---\n/)
    expect(source).toContain('service-->pod1[Pod];')
    expect(placeholder.textContent).toBe('Chargement du diagramme…')
  })

  it('keeps the ditaa drawing as SVG with its words', () => {
    const slide = course.slides.find((candidate) => candidate.title === "Architecture d'un Pod")!
    const svg = sanitised(slide.markdown).querySelector('figure.ditaa svg')!
    expect(svg.querySelectorAll('rect')).toHaveLength(4)
    expect([...svg.querySelectorAll('text')].map((text) => text.textContent)).toContain('Pod web : 1 adresse IP')
    expect(svg.querySelector('path')?.getAttribute('d')).toMatch(/^M/)
  })

  it('keeps code text exact for "Copier"', () => {
    const slide = course.slides.find((candidate) => candidate.title === "Structure d'un fichier k8s")!
    const code = sanitised(slide.markdown).querySelector('pre.code[data-lang="yaml"] code')!
    expect(code.textContent).toBe(/```yaml\n([\s\S]*?)```/.exec(slide.markdown)![1])
  })
})
