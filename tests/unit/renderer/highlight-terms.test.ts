// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { clearMarks, findTermRanges, markTerms } from '@renderer/slides/highlight-terms'

const marked = (text: string, terms: string[]) =>
  findTermRanges(text, terms).map(([start, end]) => text.slice(start, end))

describe('findTermRanges', () => {
  it('is accent- and case-blind and marks whole words from a prefix', () => {
    expect(marked('Le Déploiement et les déploiements', ['deploiement'])).toEqual(['Déploiement', 'déploiements'])
    expect(marked('Un DaemonSet démarre', ['daemon', 'DEMAR'])).toEqual(['DaemonSet', 'démarre'])
  })

  it('only matches at the start of a word', () => {
    expect(marked('redéploiement', ['deploiement'])).toEqual([])
    expect(marked('kube-proxy', ['proxy'])).toEqual(['proxy'])
  })

  it('keeps offsets right around characters that fold to several code units', () => {
    expect(marked('ﬁn du Pod œuvre', ['pod'])).toEqual(['Pod'])
    expect(marked('😀 Service', ['service'])).toEqual(['Service'])
  })

  it('merges overlapping terms and ignores empty ones', () => {
    expect(marked('ConfigMap', ['config', 'configmap', ' '])).toEqual(['ConfigMap'])
    expect(findTermRanges('anything', [])).toEqual([])
  })
})

describe('markTerms', () => {
  it('wraps matches in <mark> outside SVG and clears them back to the same text', () => {
    document.body.innerHTML =
      '<div id="root"><p>Un <code>Deployment</code> gère le déploiement.</p><svg><text>déploiement</text></svg></div>'
    const root = document.getElementById('root')!
    const before = root.innerHTML
    expect(markTerms(root, ['deploiement', 'deployment'])).toBe(2)
    expect([...root.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Deployment', 'déploiement'])
    expect(root.querySelector('svg mark')).toBeNull()
    clearMarks(root)
    expect(root.innerHTML).toBe(before)
  })
})
