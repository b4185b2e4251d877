export interface ParsedSlide {
  /** 0-based position in the course. */
  index: number
  chapterIndex: number
  /** First heading as plain text, or a derived title; never empty. */
  title: string
  /** Slide frontmatter `layout`, `default` when none. */
  layout: string
  frontmatter: Record<string, unknown>
  /** From `class:` in the frontmatter and `<!-- class: x -->` comments. */
  classes: string[]
  /** The slide's markdown without its frontmatter. */
  markdown: string
  /** Plain text for search: no markup, code kept, diagrams reduced to their words. */
  text: string
  /** The course's empty "Chapitres" slide, shown as an automatic table of contents. */
  isToc: boolean
  /** 1-based line of the slide's first written line in the file (its frontmatter, if any). */
  line: number
}

export interface ParsedChapter {
  index: number
  title: string
  /** Index of the chapter's first slide. */
  firstSlide: number
  slideCount: number
}

export interface ParsedCourse {
  title: string
  headmatter: Record<string, unknown>
  slides: ParsedSlide[]
  chapters: ParsedChapter[]
}
