import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { assignSlideIds, parseCourse, type KnownSlide, type SlideContent } from '@shared/course'

const source = readFileSync(resolve(__dirname, '../../../content/courses/kubernetes/kubernetes.md'), 'utf8')
const original = parseCourse(source, 'kubernetes.md').slides
const known: KnownSlide[] = original.map((slide, index) => ({ id: `s${index}`, title: slide.title, text: slide.text }))

function counter(prefix = 'new') {
  let n = 0
  return () => `${prefix}${++n}`
}

/** Ids after re-parsing the course with `edit` applied to its text. */
function idsAfter(edit: (text: string) => string): { ids: string[]; titles: string[] } {
  const slides = parseCourse(edit(source), 'kubernetes.md').slides
  return { ids: assignSlideIds(known, slides, counter()), titles: slides.map((slide) => slide.title) }
}

const idOf = (result: { ids: string[]; titles: string[] }, title: string) => result.ids[result.titles.indexOf(title)]

describe('assignSlideIds on the real course', () => {
  it('keeps every id when nothing changed', () => {
    expect(assignSlideIds(known, original, counter())).toEqual(known.map((slide) => slide.id))
  })

  it('keeps ids when a slide is inserted before others', () => {
    const result = idsAfter((text) => text.replace('# Recommandations', '# Nouvelle diapositive\n\nTexte neuf.\n\n---\n\n# Recommandations'))
    expect(result.ids).toEqual([...known.slice(0, 5).map((slide) => slide.id), 'new1', ...known.slice(5).map((slide) => slide.id)])
  })

  it('keeps ids when an untitled slide shifts the "(suite N)" titles', () => {
    const result = idsAfter((text) => text.replace('2. Kubespray', 'Une diapositive sans titre.\n\n---\n\n2. Kubespray'))
    expect(result.titles[15]).toBe('Distributions Kubernetes (suite 2)')
    expect(result.ids.filter((id) => id.startsWith('new'))).toEqual(['new1'])
    expect(result.ids[16]).toBe('s15')
    expect(result.ids.slice(17)).toEqual(known.slice(16).map((slide) => slide.id))
  })

  it('keeps ids when a slide is deleted', () => {
    const result = idsAfter((text) => text.replace('## Weave\n', '## Weave supprimé\n').replace(/## Weave supprimé[\s\S]*?\n---\n/, ''))
    expect(result.ids).toHaveLength(known.length - 1)
    expect(result.ids).not.toContain('s11')
    expect(idOf(result, 'Cilium')).toBe('s12')
    expect(result.ids.some((id) => id.startsWith('new'))).toBe(false)
  })

  it('keeps the id of a slide whose typo was fixed, title included', () => {
    const volumes = original.findIndex((slide) => slide.title === 'Volumes statiques - Odre des opérations')
    const result = idsAfter((text) => text.replaceAll('Odre des opérations', 'Ordre des opérations').replace('Recquiert', 'Requiert'))
    expect(idOf(result, 'Volumes statiques - Ordre des opérations')).toBe(`s${volumes}`)
    expect(idOf(result, 'Volumes dynamiques - Ordre des opérations')).toBe(`s${volumes + 1}`)
    expect(idOf(result, 'Ingress')).toBe(known.find((slide) => slide.title === 'Ingress')?.id)
    expect(result.ids).toEqual(known.map((slide) => slide.id))
  })

  it('follows slides that were swapped or moved a little', () => {
    const calico = '## Calico\n\n- Utilise BGP'
    const result = idsAfter((text) => {
      const block = text.slice(text.indexOf(calico), text.indexOf('## Weave'))
      return text.replace(block, '').replace('## Cilium', `${block.replace('pour le routage', 'pour son routage')}## Cilium`)
    })
    expect(result.titles.slice(9, 13)).toEqual(['Flannel', 'Weave', 'Calico', 'Cilium'])
    expect(result.ids.slice(9, 13)).toEqual(['s9', 's11', 's10', 's12'])
  })

  it('gives a new id to a slide that was rewritten', () => {
    const result = idsAfter((text) => text.replace(/## Endpoint\n\n- Lien `Service` <-> `Pod`/, '## Endpoints et EndpointSlices\n\n- Tout autre chose, réécrite entièrement'))
    expect(idOf(result, 'Endpoints et EndpointSlices')).toBe('new1')
    expect(result.ids.filter((id) => id.startsWith('new'))).toHaveLength(1)
  })
})

describe('assignSlideIds with duplicate slides', () => {
  const slide = (text: string): SlideContent => ({ title: text.split('\n')[0], text })
  const previous: KnownSlide[] = [
    { id: 'a1', ...slide('Exemple\nkubectl get pods') },
    { id: 'b', ...slide('Autre') },
    { id: 'a2', ...slide('Exemple\nkubectl get pods') }
  ]

  it('keeps each copy on its own id', () => {
    expect(assignSlideIds(previous, previous.map(({ title, text }) => ({ title, text })), counter())).toEqual(['a1', 'b', 'a2'])
  })

  it('keeps the right copy when the first one is deleted', () => {
    expect(assignSlideIds(previous, [slide('Autre'), slide('Exemple\nkubectl get pods')], counter())).toEqual(['b', 'a2'])
  })

  it('gives a third copy a new id', () => {
    const next = [...previous, previous[0]].map(({ title, text }) => ({ title, text }))
    expect(assignSlideIds(previous, next, counter())).toEqual(['a1', 'b', 'a2', 'new1'])
  })

  it('never returns an id of the previous version for a new slide', () => {
    const clashing = ['a1', 'b', 'fresh']
    let n = 0
    expect(assignSlideIds(previous, [slide('Tout neuf')], () => clashing[n++])).toEqual(['fresh'])
  })
})

describe('assignSlideIds properties', () => {
  const word = fc.constantFrom('pod', 'service', 'nœud', 'déploiement', 'volume', 'ingress', 'secret', 'label')
  const content = fc.array(word, { minLength: 3, maxLength: 12 }).map((words) => words.join(' '))

  it('never gives one id twice, and keeps the id of every unchanged unique slide', () => {
    fc.assert(
      fc.property(
        fc.array(content, { minLength: 0, maxLength: 25 }),
        fc.array(fc.tuple(fc.nat(30), fc.option(content, { nil: undefined })), { maxLength: 8 }),
        (texts, edits) => {
          const previous = texts.map((text, index) => ({ id: `p${index}`, title: text.split(' ')[0], text }))
          const next = previous.map(({ title, text }) => ({ title, text }))
          for (const [at, inserted] of edits) {
            const position = next.length === 0 ? 0 : at % (next.length + 1)
            if (inserted === undefined) next.splice(position, 1)
            else next.splice(position, 0, { title: inserted.split(' ')[0], text: inserted })
          }
          const ids = assignSlideIds(previous, next, counter())
          expect(new Set(ids).size).toBe(ids.length)
          const unique = (list: { text: string }[], text: string) => list.filter((slide) => slide.text === text).length === 1
          next.forEach((slide, index) => {
            if (unique(next, slide.text) && unique(previous, slide.text)) {
              expect(ids[index]).toBe(previous.find((old) => old.text === slide.text)?.id)
            }
          })
        }
      ),
      { numRuns: 300 }
    )
  })
})
