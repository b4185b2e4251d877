import type { SlideOutline } from '../markdown/plainText'

const TOC_HEADING = /^(?:chapitres|sommaire|table des matières|contents|table of contents)$/i

/** The course's empty "Chapitres" slide: a table-of-contents heading and nothing else. */
export function isTocSlide(outline: SlideOutline): boolean {
  return outline.heading !== null && TOC_HEADING.test(outline.heading) && outline.text.trim() === outline.heading
}

/**
 * Gives every slide a title, deterministic and never empty: its first heading, else its
 * diagram title, image description or caption, else the last heading seen followed by "(suite)",
 * "(suite 2)"… so that slides continuing a topic read as such in the table of contents.
 */
export function slideTitles(outlines: SlideOutline[], courseTitle: string): string[] {
  let lastHeading = courseTitle
  let continuation = 0
  return outlines.map((outline, index) => {
    if (outline.heading) {
      lastHeading = outline.heading
      continuation = 0
      return outline.heading
    }
    const own = outline.diagramTitle ?? outline.imageAlt ?? outline.caption
    if (own) return own
    if (index === 0) return courseTitle
    continuation++
    return continuation === 1 ? `${lastHeading} (suite)` : `${lastHeading} (suite ${continuation})`
  })
}
