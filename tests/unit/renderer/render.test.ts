// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { renderSlide } from '@renderer/slides/render'
import { takeToken } from '@renderer/api/http'

const dom = (html: string) => {
  const host = document.createElement('div')
  host.innerHTML = html
  return host
}

describe('renderSlide', () => {
  it('strips scripts, handlers and javascript: links that a course file might carry', () => {
    const host = dom(
      renderSlide('<script>alert(1)</script>\n\n<div onclick="x()">a</div>\n\n[b](javascript:alert(1))\n\n<iframe src="https://x"></iframe>')
    )
    expect(host.querySelector('script, iframe')).toBeNull()
    expect(host.querySelector('[onclick]')).toBeNull()
    expect(host.querySelector('[href^="javascript"]')).toBeNull()
    const raw = dom(renderSlide('<a href="javascript:alert(1)">c</a>')).querySelector('a')
    expect(raw?.getAttribute('href') ?? null).toBeNull()
  })

  it('keeps external links opening outside the app, and their opener cut', () => {
    const link = dom(renderSlide('[k8s](https://kubernetes.io/)')).querySelector('a')!
    expect(link.getAttribute('target')).toBe('_blank')
    expect(link.getAttribute('rel')).toBe('noopener noreferrer')
  })

  it('keeps mermaid placeholders with their source for the renderer to draw', () => {
    const host = dom(renderSlide('```mermaid\ngraph LR;\n  a-->b;\n```'))
    const diagram = host.querySelector<HTMLElement>('[data-mermaid]')!
    expect(decodeURIComponent(diagram.dataset.mermaid!)).toContain('a-->b')
    expect(host.textContent).not.toContain('graph LR')
  })

  it('turns a remote image into a card with its alt text and address', () => {
    const host = dom(renderSlide('![Schéma](https://example.org/a.png)'))
    expect(host.querySelector('img')).toBeNull()
    expect(host.querySelector('.image-placeholder')?.textContent).toContain('Schéma')
    expect(host.querySelector('.image-placeholder')?.textContent).toContain('https://example.org/a.png')
  })
})

describe('takeToken', () => {
  it('moves the token from the address to sessionStorage and keeps it across reloads', () => {
    history.replaceState(null, '', '/?token=abc123#/course/k/3')
    expect(takeToken(location, sessionStorage, history)).toBe('abc123')
    expect(location.search).toBe('')
    expect(location.hash).toBe('#/course/k/3')
    expect(takeToken(location, sessionStorage, history)).toBe('abc123')
  })
})
