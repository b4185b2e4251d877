import { slideOutline, type SlideOutline } from '../markdown/plainText'
import { splitCourse } from './split'
import { isTocSlide, slideTitles } from './titles'
import type { ParsedChapter, ParsedCourse, ParsedSlide } from './types'

const CLASS_COMMENT = /<!--\s*class:\s*([^>]*?)\s*-->/g

function classesOf(frontmatter: Record<string, unknown>, markdown: string): string[] {
  const declared = frontmatter.class
  const names = Array.isArray(declared) ? declared.map(String) : typeof declared === 'string' ? [declared] : []
  for (const match of markdown.matchAll(CLASS_COMMENT)) names.push(match[1])
  return [...new Set(names.flatMap((name) => name.split(/\s+/)).filter(Boolean))]
}

function baseName(file: string): string {
  return file.split(/[\\/]/).pop()?.replace(/\.[^.]+$/, '') || file
}

/**
 * Parses a Slidev-style course file (GUIDE §4) into slides and chapters. Chapter 0 is the
 * opening part; each `layout: section` slide starts the next one.
 * Throws CourseParseError for a file that cannot be read as slides.
 */
export function parseCourse(text: string, file: string): ParsedCourse {
  const { headmatter, slides: raw } = splitCourse(text, file)
  const outlines = raw.map((slide) => slideOutline(slide.markdown))
  const courseTitle =
    (typeof headmatter.title === 'string' && headmatter.title.trim()) ||
    outlines.find((outline) => outline.headingLevel === 1)?.heading ||
    baseName(file)
  // Slidev lets a slide's frontmatter name it (`title: …`), over its heading.
  const titles = slideTitles(outlines, courseTitle).map((title, index) => {
    const own = raw[index].frontmatter.title
    return typeof own === 'string' && own.trim() ? own.trim() : title
  })

  const chapters: ParsedChapter[] = []
  const slides: ParsedSlide[] = raw.map((slide, index) => {
    const layout = typeof slide.frontmatter.layout === 'string' ? slide.frontmatter.layout : 'default'
    if (chapters.length === 0 || layout === 'section') {
      chapters.push({ index: chapters.length, title: titles[index], firstSlide: index, slideCount: 0 })
    }
    const chapter = chapters[chapters.length - 1]
    chapter.slideCount++
    return {
      index,
      chapterIndex: chapter.index,
      title: titles[index],
      layout,
      frontmatter: slide.frontmatter,
      classes: classesOf(slide.frontmatter, slide.markdown),
      markdown: slide.markdown,
      text: outlines[index].text,
      isToc: isTocSlide(outlines[index]),
      line: slide.line
    }
  })

  const opening = chapters[0]
  if (slides[0].layout !== 'section') {
    opening.title = openingTitle(outlines.slice(0, opening.slideCount), courseTitle)
  }
  return { title: courseTitle, headmatter, slides, chapters }
}

/** The opening part is named after its first top-level heading that is not the TOC. */
function openingTitle(outlines: SlideOutline[], courseTitle: string): string {
  const content = outlines.filter((outline) => !isTocSlide(outline))
  return (
    content.find((outline) => outline.headingLevel === 1)?.heading ??
    content.find((outline) => outline.heading)?.heading ??
    courseTitle
  )
}
