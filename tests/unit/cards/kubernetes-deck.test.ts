import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cardFaces, cardTypes, parseDeck, slidesMatchingSource } from '@shared/cards/deck-format'
import { parseCourse } from '@shared/course'

const root = resolve(__dirname, '../../..')
const course = parseCourse(readFileSync(resolve(root, 'content/courses/kubernetes/kubernetes.md'), 'utf8'), 'kubernetes.md')
const { cards } = parseDeck(readFileSync(resolve(root, 'content/cards/kubernetes.cards.md'), 'utf8'), 'kubernetes.cards.md')

const chapterTitle = (index: number): string => course.chapters[index].title
const sourceSlides = (source: string) => slidesMatchingSource(source, course.slides)

describe('the Kubernetes deck', () => {
  it('holds at least 150 cards with unique ids', () => {
    expect(cards.length).toBeGreaterThanOrEqual(150)
    expect(new Set(cards.map((card) => card.id)).size).toBe(cards.length)
  })

  it('links every card to exactly one slide, in the card’s own chapter', () => {
    const wrong = cards.flatMap((card) => {
      const slides = sourceSlides(card.source)
      if (slides.length !== 1) return [`${card.id}: "${card.source}" is in ${slides.length} slides`]
      const chapter = chapterTitle(slides[0].chapterIndex)
      return chapter === card.chapter ? [] : [`${card.id}: under "${card.chapter}" but its slide is in "${chapter}"`]
    })
    expect(wrong).toEqual([])
  })

  it('covers every chapter of the course, in proportion to its slides', () => {
    const perChapter = new Map(course.chapters.map((chapter) => [chapter.title, 0]))
    for (const card of cards) perChapter.set(card.chapter, (perChapter.get(card.chapter) ?? 0) + 1)
    expect([...perChapter.keys()]).toEqual(course.chapters.map((chapter) => chapter.title))
    for (const chapter of course.chapters) {
      expect(perChapter.get(chapter.title), chapter.title).toBeGreaterThanOrEqual(Math.min(10, chapter.slideCount))
    }
  })

  it('covers the best-practice slides that close the course', () => {
    const start = course.slides.findIndex((slide) => slide.title === 'Bonnes pratiques')
    const bestPractices = course.slides.filter((slide) => slide.index > start && slide.chapterIndex === course.slides[start].chapterIndex)
    const covered = new Set(cards.map((card) => sourceSlides(card.source)[0]?.index))
    const withContent = bestPractices.filter((slide) => !slide.classes.includes('liens') && slide.title !== 'Legal' && slide.layout !== 'two-cols')
    expect(withContent.map((slide) => slide.title)).toEqual(['Sécurité des Secrets', 'Limitation des ressources', 'Découpage en sous-clusters :'])
    expect(withContent.filter((slide) => !covered.has(slide.index)).map((slide) => slide.title)).toEqual([])
  })

  it('asks nothing about the links and legal slides', () => {
    const trivia = cards.filter((card) => {
      const slide = sourceSlides(card.source)[0]
      return slide.classes.includes('liens') || slide.layout === 'two-cols' || slide.title === 'Legal'
    })
    expect(trivia.map((card) => card.id)).toEqual([])
  })

  it('mixes the three card types', () => {
    for (const type of cardTypes) {
      expect(cards.filter((card) => card.type === type).length, type).toBeGreaterThanOrEqual(cards.length * 0.15)
    }
  })

  it('gives every card at least one face with a question and an answer', () => {
    const empty = cards.filter((card) => {
      const faces = cardFaces(card)
      return faces.length === 0 || faces.some((face) => face.front.trim() === '' || face.back.trim() === '')
    })
    expect(empty.map((card) => card.id)).toEqual([])
  })
})
