import type { EncodingRepair } from '@shared/api'

/** A previously stored slide, as the id assignment needs it to recognise the same slide again. */
export interface StoredSlide {
  id: string
  title: string
  /** Plain text of the slide: what the search index holds and what ids are matched on. */
  text: string
}

export interface IndexedSlide extends StoredSlide {
  markdown: string
  layout: string
  chapterIndex: number
  isToc: boolean
}

/** One course file, parsed and given stable slide ids: what the library stores. */
export interface IndexedCourse {
  title: string
  chapters: string[]
  slides: IndexedSlide[]
  repairedFrom?: EncodingRepair
}

export interface CourseFileInput {
  bytes: Uint8Array
  /** Path relative to its folder, for error messages. */
  file: string
  courseId: string
  /** The slides stored for this file by the previous run, in order. */
  previous: StoredSlide[]
  /** A slide id used nowhere in the library yet. */
  newSlideId: () => string
}

/**
 * Reads a course file's bytes: repairs its encoding, parses it, and assigns slide ids,
 * reusing the ids of `previous` for slides it recognises. Throws when the file cannot
 * be parsed; the message is shown to the user.
 */
export type CourseFileParser = (input: CourseFileInput) => IndexedCourse
