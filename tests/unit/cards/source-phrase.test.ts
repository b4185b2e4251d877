import { describe, expect, it } from 'vitest'
import { normaliseSourceText, slidesMatchingSource, sourceMatches } from '@shared/cards/deck-format'

describe('source phrases', () => {
  it('ignore inline formatting and spacing, but not case or accents', () => {
    const slide = '# Scheduler\n\n- Assigne les `Pod` (en state: `Pending`) aux `Node`\n  - techniquement : crée un `Binding`'
    expect(sourceMatches('Assigne les Pod', slide)).toBe(true)
    expect(sourceMatches('Assigne les `Pod` (en state:  Pending)', slide)).toBe(true)
    expect(sourceMatches('crée un Binding', slide)).toBe(true)
    expect(sourceMatches('assigne les Pod', slide)).toBe(false)
    expect(sourceMatches('cree un Binding', slide)).toBe(false)
    expect(sourceMatches('   ', slide)).toBe(false)
  })

  it('compare composed and decomposed accents alike', () => {
    expect(sourceMatches('Étendre', 'E\u0301tendre Kubernetes')).toBe(true)
  })

  it('normalise a phrase the same way as a slide', () => {
    expect(normaliseSourceText('  **Ne pas stocker** de ~`Secret`~\n en clair ')).toBe('Ne pas stocker de Secret en clair')
  })

  it('find the slides that contain a phrase', () => {
    const slides = [{ markdown: '# A\nstore clé=valeur' }, { markdown: '# B\nclé=valeur' }]
    expect(slidesMatchingSource('store clé=valeur', slides)).toEqual([slides[0]])
    expect(slidesMatchingSource('clé=valeur', slides)).toEqual(slides)
  })
})
