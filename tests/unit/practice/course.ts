// The course's slides and chapters, read the way GUIDE.md §4 describes the format: a
// headmatter, slides split on `---` outside code fences, a `key: value` block between
// two separators being the next slide's frontmatter, `layout: section` opening a chapter.
// (The course parser lives in another worktree; this is only what the exercise tests need.)
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

export interface CourseSlide {
  index: number
  chapter: string | undefined
  body: string
}

export const coursePath = resolve(__dirname, '../../../content/courses/kubernetes/kubernetes.md')

function splitOutsideFences(text: string): string[] {
  const parts: string[] = []
  let current: string[] = []
  let fence: string | undefined
  for (const line of text.split('\n')) {
    const marker = /^(```|~~~)/.exec(line)?.[1]
    if (marker) fence = fence === undefined ? marker : fence === marker ? undefined : fence
    if (fence === undefined && line.trim() === '---') {
      parts.push(current.join('\n'))
      current = []
    } else current.push(line)
  }
  parts.push(current.join('\n'))
  return parts
}

const isFrontmatter = (part: string) =>
  part.trim() !== '' && part.trim().split('\n').every((line) => /^[A-Za-z][\w-]*:\s*\S/.test(line))

export function readCourse(path = coursePath): CourseSlide[] {
  const parts = splitOutsideFences(readFileSync(path, 'utf8'))
  // parts[0] is empty (before the headmatter), parts[1] the headmatter.
  const slides: CourseSlide[] = []
  let chapter: string | undefined
  let frontmatter = ''
  for (const part of parts.slice(2)) {
    if (isFrontmatter(part)) {
      frontmatter = part
      continue
    }
    if (/^layout:\s*section\s*$/m.test(frontmatter)) chapter = /^#\s+(.+)$/m.exec(part)?.[1].trim()
    slides.push({ index: slides.length, chapter, body: part })
    frontmatter = ''
  }
  return slides
}
