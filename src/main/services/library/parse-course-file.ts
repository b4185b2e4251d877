import { parseCourse } from '@shared/course'
import type { CourseFileParser } from './types'

const utf8 = new TextDecoder('utf-8')

/** The app's course parser: shared parsing rules, with ids the library can keep across edits. */
export const parseCourseFile: CourseFileParser = ({ bytes, file, courseId }) => {
  const course = parseCourse(utf8.decode(bytes), file)
  return {
    title: course.title,
    chapters: course.chapters.map((c) => c.title),
    slides: course.slides.map((s) => ({
      id: `${courseId}-${s.index}`,
      title: s.title,
      markdown: s.markdown,
      text: s.text,
      layout: s.layout,
      chapterIndex: s.chapterIndex,
      isToc: s.isToc
    }))
  }
}
