import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseCourse } from '@shared/course'
import { renderSlideHtml } from '@shared/markdown'

const course = parseCourse(
  readFileSync(resolve(__dirname, '../../../content/courses/kubernetes/kubernetes.md'), 'utf8'),
  'kubernetes.md'
)
const rendered = course.slides.map((slide) => ({ slide, html: renderSlideHtml(slide.markdown) }))
/** What a reader sees as text: the markup (and so the encoded mermaid source) removed. */
const visibleText = (html: string) => html.replace(/<[^>]*>/g, ' ')

describe('every slide of the real course renders without raw syntax', () => {
  it.each(rendered.map(({ slide, html }) => [slide.index, slide.title, html] as const))('slide %i — %s', (_, __, html) => {
    expect(html.trim()).not.toBe('')
    for (const raw of [':::', '@startditaa', '@endditaa', 'graph LR', '-->', '<!--']) {
      expect(html).not.toContain(raw)
    }
    for (const raw of ['classDef', 'subgraph', '```']) expect(visibleText(html)).not.toContain(raw)
    expect(visibleText(html)).not.toMatch(/^---\s*$/m)
    expect(visibleText(html)).not.toMatch(/^\s*(?:layout|title):/m)
    expect(visibleText(html)).not.toMatch(/~[^~\s][^~]*~/)
    expect(visibleText(html)).not.toMatch(/\+-{3,}\+/)
    expect(html).not.toMatch(/<img[^>]+src="(?:https?:)?\/\//)
    expect(html).not.toMatch(/\son[a-z]+=/i)
    expect(html).not.toMatch(/<script|javascript:/i)
  })

  it('renders each diagram, box and strikethrough of the course', () => {
    const all = rendered.map(({ html }) => html).join('\n')
    expect(all.match(/data-mermaid="/g)).toHaveLength(3)
    expect(all.match(/<figure class="diagram ditaa"><svg/g)).toHaveLength(2)
    expect(all.match(/<div class="admonition warn"/g)).toHaveLength(1)
    expect(all.match(/<del>/g)).toHaveLength(course.slides.map((slide) => slide.markdown.match(/~[^~\n]+~/g)?.length ?? 0).reduce((a, b) => a + b))
    expect(all.match(/class="image-placeholder"/g)).toHaveLength(4)
    expect(all.match(/<div class="caption">/g)).toHaveLength(6)
    expect(all).toContain('<table>')
  })

  it('opens every external link outside the app', () => {
    for (const { html } of rendered) {
      for (const tag of html.match(/<a\b[^>]*href="https?:[^>]*>/g) ?? []) {
        expect(tag).toContain('target="_blank"')
        expect(tag).toContain('rel="noopener noreferrer"')
      }
    }
  })
})
