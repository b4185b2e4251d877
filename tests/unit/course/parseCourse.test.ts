import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CourseParseError, parseCourse } from '@shared/course'

const coursePath = resolve(__dirname, '../../../content/courses/kubernetes/kubernetes.md')
const course = parseCourse(readFileSync(coursePath, 'utf8'), 'kubernetes.md')

describe('parseCourse on the real Kubernetes course', () => {
  it('reads the headmatter', () => {
    expect(course.title).toBe('Kubernetes')
    expect(course.headmatter.tags).toEqual(['docker', 'kubernetes', 'devops'])
    expect(String(course.headmatter.license)).toContain('Tom Avenel')
  })

  it('finds every slide and the chapters started by section slides', () => {
    expect(course.slides).toHaveLength(118)
    expect(course.chapters.map((chapter) => chapter.title)).toEqual([
      'Présentation de Kubernetes',
      'Distributions Kubernetes',
      'Architecture',
      'Ressources basiques du cluster',
      'Configuration avancée des Pods',
      'Administration du cluster',
      'Étendre Kubernetes',
      'Outils externes'
    ])
    const counted = course.chapters.reduce((sum, chapter) => sum + chapter.slideCount, 0)
    expect(counted).toBe(course.slides.length)
    for (const chapter of course.chapters.slice(1)) {
      expect(course.slides[chapter.firstSlide].layout).toBe('section')
    }
    for (const slide of course.slides) {
      const chapter = course.chapters[slide.chapterIndex]
      expect(slide.index).toBeGreaterThanOrEqual(chapter.firstSlide)
      expect(slide.index).toBeLessThan(chapter.firstSlide + chapter.slideCount)
    }
  })

  it('marks only the empty "Chapitres" slide as the table of contents', () => {
    expect(course.slides.filter((slide) => slide.isToc).map((slide) => slide.index)).toEqual([0])
    expect(course.slides[0]).toMatchObject({ title: 'Chapitres', markdown: '## Chapitres', line: 11, layout: 'default' })
  })

  it('reads slide frontmatter, layouts and classes', () => {
    const sections = course.slides.filter((slide) => slide.layout === 'section')
    expect(sections).toHaveLength(7)
    expect(sections[0]).toMatchObject({ title: 'Distributions Kubernetes', frontmatter: { layout: 'section' }, line: 113 })
    const twoCols = course.slides.filter((slide) => slide.layout === 'two-cols')
    expect(twoCols.map((slide) => slide.title)).toEqual(['Liens', 'Liens (suite)'])
    expect(twoCols[0].classes).toEqual(['liens'])
    expect(course.slides.filter((slide) => slide.classes.length > 0)).toHaveLength(1)
  })

  it('never leaves a frontmatter block in a slide body', () => {
    const outsideFences = (markdown: string) => markdown.replace(/^```[\s\S]*?^```/gm, '')
    for (const slide of course.slides) {
      expect(outsideFences(slide.markdown)).not.toMatch(/^---\s*$/m)
      expect(slide.markdown).not.toMatch(/^layout:/m)
      expect(slide.markdown).not.toMatch(/^\s*\n|\n\s*$/)
    }
  })

  it('gives every slide a non-empty title, derived when the slide has no heading', () => {
    for (const slide of course.slides) expect(slide.title.trim()).not.toBe('')
    expect(course.slides.slice(1, 4).map((slide) => slide.title)).toEqual([
      'Présentation de Kubernetes',
      'Présentation de Kubernetes (suite)',
      'Présentation de Kubernetes (suite 2)'
    ])
    const byTitle = (title: string) => course.slides.find((slide) => slide.title === title)
    expect(byTitle("Architecture d'un cluster Kubernetes")?.markdown).toMatch(/^!\[/)
    expect(byTitle("Architecture d'un Pod")?.markdown).toContain('@startditaa')
    expect(byTitle("Schema d'un Ingress basé path.")?.markdown).toContain('```mermaid')
  })

  it('gives search text without markup but with code and diagram words', () => {
    const structure = course.slides.find((slide) => slide.title === "Structure d'un fichier k8s")
    expect(structure?.text).toContain('apiVersion: v1 # Version de l\'APIServer k8s')
    const pod = course.slides.find((slide) => slide.title === "Architecture d'un Pod")
    expect(pod?.text).toContain('Pod web : 1 adresse IP')
    expect(pod?.text).not.toMatch(/@startditaa|\+-{3}/)
    const ingress = course.slides.find((slide) => slide.title === "Schema d'un Ingress basé path.")
    expect(ingress?.text).toContain('Ingress-managed load balancer')
    expect(ingress?.text).not.toMatch(/classDef|-->|graph LR/)
    for (const slide of course.slides) expect(slide.text).not.toMatch(/:::|<div|<!--|\*\*|`/)
  })

  it('records the line where each slide starts', () => {
    const lines = readFileSync(coursePath, 'utf8').split('\n')
    for (const slide of course.slides) {
      const first = slide.layout === 'default' ? slide.markdown.split('\n')[0] : `layout: ${slide.layout}`
      expect(lines[slide.line - 1]).toBe(first)
    }
  })
})

describe('parseCourse on malformed files', () => {
  const fails = (text: string) => {
    try {
      parseCourse(text, 'cours.md')
    } catch (error) {
      if (error instanceof CourseParseError) return error
      throw error
    }
    throw new Error('expected a CourseParseError')
  }

  it('rejects an empty file', () => {
    expect(fails('  \n\n').message).toBe('cours.md, ligne 1 : le fichier est vide.')
  })

  it('points at an unterminated code fence', () => {
    const error = fails('# A\n\n---\n\n# B\n\n```yaml\nkind: Pod\n---\n# C\n')
    expect(error.line).toBe(7)
    expect(error.reason).toContain('jamais fermé')
  })

  it('points at broken headmatter YAML', () => {
    const error = fails('---\ntitle: Cours\ntags: [a, b\n---\n\n# A\n')
    expect(error.line).toBeGreaterThanOrEqual(3)
    expect(error.reason).toMatch(/^L'en-tête du cours n'est pas du YAML valide/)
  })

  it('points at an unclosed headmatter', () => {
    expect(fails('---\ntitle: Cours\n\n# A\n').line).toBe(1)
  })

  it('points at broken slide frontmatter', () => {
    const error = fails('# A\n\n---\nlayout: [section\n---\n\n# B\n')
    expect(error.line).toBe(4)
  })
})

describe('parseCourse edge cases', () => {
  it('keeps separators inside code fences, including a mermaid header', () => {
    const course = parseCourse('# A\n\n```mermaid\n---\ntitle: T\n---\ngraph LR;\n  a-->b\n```\n\n---\n\n# B', 'x.md')
    expect(course.slides.map((slide) => slide.title)).toEqual(['A', 'B'])
    expect(course.slides[0].markdown).toContain('title: T')
  })

  it('does not mistake a "Note: …" slide for frontmatter', () => {
    const course = parseCourse('# A\n\n---\nNote: à relire\n---\n\n# B', 'x.md')
    expect(course.slides.map((slide) => slide.markdown)).toEqual(['# A', 'Note: à relire', '# B'])
  })

  it('titles a file without headmatter from its first heading and handles CRLF', () => {
    const course = parseCourse('# Docker\r\n\r\ntexte\r\n---\r\nlayout: section\r\n---\r\n# Images\r\n', 'docker.md')
    expect(course.title).toBe('Docker')
    expect(course.chapters.map((chapter) => [chapter.title, chapter.slideCount])).toEqual([['Docker', 1], ['Images', 1]])
  })

  it('applies a slide layout set in the headmatter to the first slide only', () => {
    const course = parseCourse('---\ntitle: Docker\nlayout: section\n---\n\n# Docker\n\n---\n\n# Images', 'docker.md')
    expect(course.slides.map((slide) => slide.layout)).toEqual(['section', 'default'])
    expect(course.chapters.map((chapter) => chapter.title)).toEqual(['Docker'])
  })

  it('lets a slide frontmatter title name the slide', () => {
    const course = parseCourse('# A\n\n---\nlayout: section\ntitle: Deuxième partie\n---\n\n# B', 'x.md')
    expect(course.slides[1].title).toBe('Deuxième partie')
    expect(course.chapters[1].title).toBe('Deuxième partie')
  })

  it('falls back on the file name and skips empty slides', () => {
    const course = parseCourse('texte\n\n---\n\n---\n\nsuite', 'dossier/mon-cours.md')
    expect(course.title).toBe('mon-cours')
    expect(course.slides.map((slide) => slide.title)).toEqual(['mon-cours', 'mon-cours (suite)'])
  })
})
