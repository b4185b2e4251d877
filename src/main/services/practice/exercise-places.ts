import { normaliseSourceText } from '@shared/cards/source-phrase'
import type { Db } from '../db/open'

export interface ExercisePlace {
  courseId: string
  chapterIndex: number
  slideId?: string
  slideIndex?: number
  slideTitle?: string
}

interface Locatable {
  id: string
  chapter: string
  source: string
}

interface SlideRow {
  id: string
  course_id: string
  position: number
  chapter_index: number
  title: string
  markdown: string
}

/**
 * Where each exercise sits in the indexed courses: the chapter named by its `chapter`,
 * and the one slide of that chapter holding its `source` phrase (the rule the cards
 * use, so formatting and spacing do not matter). An exercise whose chapter is not in
 * any course gets no place; one whose phrase is not found keeps its chapter only.
 */
export function placeExercises(db: Db, exercises: readonly Locatable[]): Map<string, ExercisePlace> {
  const chapters = db
    .prepare<[], { course_id: string; position: number; title: string }>('SELECT course_id, position, title FROM chapters ORDER BY course_id, position')
    .all()
  const slidesByCourse = new Map<string, (SlideRow & { text: string })[]>()
  const slidesOf = (courseId: string) => {
    let slides = slidesByCourse.get(courseId)
    if (!slides) {
      slides = db
        .prepare<[string], SlideRow>(
          'SELECT id, course_id, position, chapter_index, title, markdown FROM slides WHERE course_id = ? ORDER BY position'
        )
        .all(courseId)
        .map((slide) => ({ ...slide, text: normaliseSourceText(slide.markdown) }))
      slidesByCourse.set(courseId, slides)
    }
    return slides
  }

  const places = new Map<string, ExercisePlace>()
  for (const exercise of exercises) {
    const wanted = normaliseSourceText(exercise.chapter).toLocaleLowerCase('fr')
    const chapter = chapters.find((c) => normaliseSourceText(c.title).toLocaleLowerCase('fr') === wanted)
    if (!chapter) continue
    const needle = normaliseSourceText(exercise.source)
    const inChapter = slidesOf(chapter.course_id).filter(
      (s) => s.chapter_index === chapter.position && needle !== '' && s.text.includes(needle)
    )
    const place: ExercisePlace = { courseId: chapter.course_id, chapterIndex: chapter.position }
    const slide = inChapter[0]
    if (slide) Object.assign(place, { slideId: slide.id, slideIndex: slide.position, slideTitle: slide.title })
    places.set(exercise.id, place)
  }
  return places
}
