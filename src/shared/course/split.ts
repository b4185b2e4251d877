import { parse as parseYaml, YAMLParseError } from 'yaml'
import { CourseParseError } from './errors'

export interface RawSlide {
  /** 1-based line of the slide's first written line (its frontmatter, if any). */
  line: number
  frontmatter: Record<string, unknown>
  markdown: string
}

export interface SplitCourse {
  headmatter: Record<string, unknown>
  slides: RawSlide[]
}

interface Chunk {
  /** 0-based index of the chunk's first line. */
  start: number
  lines: string[]
  /** True when a `---` separator sits right above the chunk. */
  afterSeparator: boolean
}

const SEPARATOR = /^---\s*$/
const FENCE_OPEN = /^\s*(`{3,}|~{3,})(.*)$/
const FENCE_CLOSE = /^\s*(`{3,}|~{3,})\s*$/
const YAML_KEY = /^[A-Za-z_][\w.-]*:(?:\s|$)/
const YAML_MORE = /^(?:\s|- |-$)/
// A block of `key: value` lines is a slide's frontmatter only when it sets something a
// slide understands; otherwise a slide reading "Note: …" would silently vanish.
const FRONTMATTER_KEYS = new Set([
  'layout', 'class', 'title', 'level', 'hide', 'hideInToc', 'disabled', 'transition', 'clicks',
  'background', 'image', 'preload', 'routeAlias', 'src', 'zoom', 'dragPos', 'url', 'theme'
])

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function parseYamlBlock(file: string, lines: string[], firstLine: number, what: string): unknown {
  try {
    return parseYaml(lines.join('\n'))
  } catch (error) {
    const line = error instanceof YAMLParseError && error.linePos ? firstLine + error.linePos[0].line - 1 : firstLine
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error)
    throw new CourseParseError(file, line, `${what} n'est pas du YAML valide (${detail}).`)
  }
}

function readHeadmatter(file: string, lines: string[]): { headmatter: Record<string, unknown>; next: number } {
  if (!SEPARATOR.test(lines[0])) return { headmatter: {}, next: 0 }
  const close = lines.findIndex((line, index) => index > 0 && SEPARATOR.test(line))
  if (close === -1) {
    throw new CourseParseError(file, 1, "l'en-tête YAML ouvert par « --- » n'est jamais fermé par une autre ligne « --- ».")
  }
  const data = parseYamlBlock(file, lines.slice(1, close), 2, "L'en-tête du cours")
  if (data !== null && data !== undefined && !isPlainObject(data)) {
    throw new CourseParseError(file, 2, "l'en-tête du cours doit être une liste de champs « clé: valeur ».")
  }
  return { headmatter: data ?? {}, next: close + 1 }
}

function splitChunks(file: string, lines: string[], from: number): Chunk[] {
  const chunks: Chunk[] = [{ start: from, lines: [], afterSeparator: false }]
  let fence: { marker: string; line: number } | null = null
  for (let index = from; index < lines.length; index++) {
    const line = lines[index]
    const current = chunks[chunks.length - 1]
    if (fence) {
      const close = FENCE_CLOSE.exec(line)
      if (close && close[1][0] === fence.marker[0] && close[1].length >= fence.marker.length) fence = null
      current.lines.push(line)
      continue
    }
    const open = FENCE_OPEN.exec(line)
    if (open && !(open[1][0] === '`' && open[2].includes('`'))) {
      fence = { marker: open[1], line: index + 1 }
    } else if (SEPARATOR.test(line)) {
      chunks.push({ start: index + 1, lines: [], afterSeparator: true })
      continue
    }
    current.lines.push(line)
  }
  if (fence) {
    throw new CourseParseError(
      file,
      fence.line,
      `le bloc de code ouvert par « ${fence.marker} » n'est jamais fermé : ajoutez une ligne « ${fence.marker} » à la fin du bloc.`
    )
  }
  return chunks
}

function asFrontmatter(file: string, chunk: Chunk): Record<string, unknown> | null {
  const lines = chunk.lines
  if (!chunk.afterSeparator || lines.length === 0 || !YAML_KEY.test(lines[0])) return null
  if (!lines.every((line) => !line.trim() || YAML_KEY.test(line) || YAML_MORE.test(line))) return null
  const keys = lines.filter((line) => YAML_KEY.test(line)).map((line) => line.slice(0, line.indexOf(':')))
  if (!keys.some((key) => FRONTMATTER_KEYS.has(key))) return null
  const data = parseYamlBlock(file, lines, chunk.start + 1, "L'en-tête de la diapositive")
  return isPlainObject(data) ? data : null
}

function trimBlankLines(lines: string[]): string {
  let first = 0
  let last = lines.length
  while (first < last && !lines[first].trim()) first++
  while (last > first && !lines[last - 1].trim()) last--
  return lines.slice(first, last).join('\n')
}

/** Cuts a course file into its headmatter and slides (Slidev rules, see GUIDE §4). */
export function splitCourse(text: string, file: string): SplitCourse {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)
  if (lines.every((line) => !line.trim())) throw new CourseParseError(file, 1, 'le fichier est vide.')
  const { headmatter, next } = readHeadmatter(file, lines)
  const chunks = splitChunks(file, lines, next)
  const slides: RawSlide[] = []
  for (let index = 0; index < chunks.length; index++) {
    const chunk = chunks[index]
    const frontmatter = index + 1 < chunks.length ? asFrontmatter(file, chunk) : null
    const body = frontmatter ? chunks[++index] : chunk
    const markdown = trimBlankLines(body.lines)
    if (!frontmatter && !markdown) continue
    const firstWritten = chunk.lines.findIndex((line) => line.trim())
    slides.push({ line: chunk.start + 1 + Math.max(0, firstWritten), frontmatter: frontmatter ?? {}, markdown })
  }
  if (slides.length === 0) throw new CourseParseError(file, lines.length, 'le fichier ne contient aucune diapositive.')
  // In Slidev the headmatter is also the first slide's frontmatter. Only a slide layout
  // name carries over: this course's `layout: '@layouts/CoursePartLayout.astro'` is its
  // website's page template.
  const layout = headmatter.layout
  if (typeof layout === 'string' && /^[a-z][\w-]*$/i.test(layout) && slides[0].frontmatter.layout === undefined) {
    slides[0] = { ...slides[0], frontmatter: { layout, ...slides[0].frontmatter } }
  }
  return { headmatter, slides }
}
