export { CourseParseError } from './errors'
export { parseCourse } from './parseCourse'
export type { ParsedChapter, ParsedCourse, ParsedSlide } from './types'
