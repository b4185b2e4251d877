// The exported notes file: one per chapter, readable anywhere as markdown.
//
//   # <chapter title>
//
//   ## [<slide title>](kubestudy://course/<course id>/slide/<slide id>)
//   <!-- kubestudy:note course="<course id>" slide="<slide id>" -->
//
//   <the note, as written>
//
// The heading is for people; the comment line is what import reads, so a note may
// itself contain headings of any level.

export interface ExportedNote {
  courseId: string
  slideId: string
  slideTitle: string
  markdown: string
}

export interface ParsedNote {
  courseId: string | null
  slideId: string
  slideTitle: string
  chapterTitle: string
  markdown: string
  line: number
}

export class NotesFileError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    detail: string
  ) {
    super(`${file}:${line}: ${detail}`)
    this.name = 'NotesFileError'
  }
}

const markerPattern = /^<!-- kubestudy:note (.*) -->\s*$/
const markerStart = '<!-- kubestudy:note'
const attributePattern = /(\w+)="([^"]*)"/g

export function slideLink(courseId: string, slideId: string): string {
  return `kubestudy://course/${encodeURIComponent(courseId)}/slide/${encodeURIComponent(slideId)}`
}

export function formatNotesFile(chapterTitle: string, notes: ExportedNote[]): string {
  const parts = [`# ${oneLine(chapterTitle)}\n`]
  for (const note of notes) {
    const title = oneLine(note.slideTitle).replace(/[[\]\\]/g, (c) => `\\${c}`)
    parts.push(
      `## [${title}](${slideLink(note.courseId, note.slideId)})\n` +
        `${markerStart} course="${encodeURIComponent(note.courseId)}" slide="${encodeURIComponent(note.slideId)}" -->\n\n` +
        `${trimBlankLines(note.markdown)}\n`
    )
  }
  return parts.join('\n')
}

/** Reads the notes of an exported file; a file without markers holds none. Throws NotesFileError on a broken marker. */
export function parseNotesFile(text: string, file: string): ParsedNote[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/)
  const markers: { line: number; courseId: string | null; slideId: string }[] = []
  lines.forEach((line, i) => {
    if (!line.startsWith(markerStart)) return
    const match = markerPattern.exec(line)
    if (!match) throw new NotesFileError(file, i + 1, 'note marker is not closed by "-->" on the same line')
    const attributes = new Map([...match[1].matchAll(attributePattern)].map((m) => [m[1], m[2]]))
    const slideId = decode(attributes.get('slide'), file, i + 1)
    if (!slideId) throw new NotesFileError(file, i + 1, 'note marker without a slide="…" id')
    markers.push({ line: i, courseId: decode(attributes.get('course'), file, i + 1) || null, slideId })
  })
  if (markers.length === 0) return []

  const chapterLine = lines.slice(0, markers[0].line).find((l) => /^# \S/.test(l))
  const chapterTitle = chapterLine ? chapterLine.slice(2).trim() : ''
  const headingAt = (markerLine: number): number | null =>
    markerLine > 0 && lines[markerLine - 1].startsWith('## ') ? markerLine - 1 : null

  return markers.map((marker, k) => {
    const next = markers[k + 1]
    const end = next ? (headingAt(next.line) ?? next.line) : lines.length
    const heading = headingAt(marker.line)
    return {
      courseId: marker.courseId,
      slideId: marker.slideId,
      slideTitle: heading === null ? '' : headingTitle(lines[heading]),
      chapterTitle,
      markdown: trimBlankLines(lines.slice(marker.line + 1, end).join('\n')),
      line: marker.line + 1
    }
  })
}

/** Leading and trailing blank lines are layout of the file, not part of the note. */
export function trimBlankLines(text: string): string {
  return text.replace(/^(?:[ \t]*\r?\n)+/, '').trimEnd()
}

function headingTitle(line: string): string {
  const text = line.slice(3).trim()
  const link = /^\[((?:\\.|[^\]\\])*)\]\([^)]*\)$/.exec(text)
  return (link ? link[1] : text).replace(/\\(.)/g, '$1')
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

function decode(value: string | undefined, file: string, line: number): string {
  if (value === undefined) return ''
  try {
    return decodeURIComponent(value)
  } catch {
    throw new NotesFileError(file, line, `malformed id "${value}" in note marker`)
  }
}
