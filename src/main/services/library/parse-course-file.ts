import { assignSlideIds, decodeCourseBytes, parseCourse } from '@shared/course'
import type { EncodingRepair } from '@shared/api'
import type { CourseFileParser } from './types'

/** Mojibake undone, or a legacy single-byte file read in its charset: either way the user is told. */
function repairOf(decoded: ReturnType<typeof decodeCourseBytes>): EncodingRepair | undefined {
  if (decoded.repairedFrom) return decoded.repairedFrom
  return decoded.encoding === 'mac-roman' || decoded.encoding === 'windows-1252' ? decoded.encoding : undefined
}

/**
 * The app's course parser: shared decoding and parsing rules, and slide ids matched
 * against the file's previous version so what hangs on a slide stays on it.
 */
export const parseCourseFile: CourseFileParser = ({ bytes, file, previous, newSlideId }) => {
  const decoded = decodeCourseBytes(bytes)
  const course = parseCourse(decoded.text, file)
  const ids = assignSlideIds(previous, course.slides, newSlideId)
  const repairedFrom = repairOf(decoded)
  return {
    title: course.title,
    chapters: course.chapters.map((c) => c.title),
    ...(repairedFrom ? { repairedFrom } : {}),
    slides: course.slides.map((s, i) => ({
      id: ids[i],
      title: s.title,
      markdown: s.markdown,
      text: s.text,
      layout: s.layout,
      chapterIndex: s.chapterIndex,
      isToc: s.isToc
    }))
  }
}
