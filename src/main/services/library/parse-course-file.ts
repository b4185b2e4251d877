import { decodeCourseBytes, parseCourse } from '@shared/course'
import type { EncodingRepair } from '@shared/api'
import type { CourseFileParser } from './types'

/** Mojibake undone, or a legacy single-byte file read in its charset: either way the user is told. */
function repairOf(decoded: ReturnType<typeof decodeCourseBytes>): EncodingRepair | undefined {
  if (decoded.repairedFrom) return decoded.repairedFrom
  return decoded.encoding === 'mac-roman' || decoded.encoding === 'windows-1252' ? decoded.encoding : undefined
}

/** The app's course parser: shared decoding and parsing rules, with ids the library keeps across edits. */
export const parseCourseFile: CourseFileParser = ({ bytes, file, courseId }) => {
  const decoded = decodeCourseBytes(bytes)
  const course = parseCourse(decoded.text, file)
  const repairedFrom = repairOf(decoded)
  return {
    title: course.title,
    chapters: course.chapters.map((c) => c.title),
    ...(repairedFrom ? { repairedFrom } : {}),
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
