import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml'
import { cardTypes, type CardType, type DeckProblem } from './deck-types'

export interface CardHeader {
  id: string
  type: CardType
  source: string
  tags: string[]
}

const knownKeys = ['id', 'type', 'source', 'tags'] as const
const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const tagPattern = /^[\p{L}\p{N}_-]+$/u
const maxSourceLength = 120

/**
 * Reads the `key: value` lines between a card's two `---` lines. `firstLine` is the
 * file line of the first header line, so every problem points at the right line.
 */
export function parseCardHeader(lines: string[], firstLine: number): { header?: CardHeader; problems: DeckProblem[] } {
  const problems: DeckProblem[] = []
  const lineCounter = new LineCounter()
  // failsafe: every scalar stays a string, so `id: 1e3` or `tags: [no]` mean what they say.
  const doc = parseDocument(lines.join('\n'), { lineCounter, schema: 'failsafe', uniqueKeys: true })
  const lineOf = (offset: number): number => firstLine + lineCounter.linePos(offset).line - 1

  for (const error of doc.errors) {
    problems.push({ line: lineOf(error.pos[0]), message: `card header: ${error.message.split(' at line ')[0]}` })
  }
  if (problems.length > 0) return { problems }
  if (!isMap(doc.contents)) {
    return { problems: [{ line: firstLine, message: 'card header must be `key: value` lines (id, type, source, tags)' }] }
  }

  const values = new Map<string, { node: Node | null; line: number }>()
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : ''
    const line = isScalar(pair.key) && pair.key.range ? lineOf(pair.key.range[0]) : firstLine
    if (!(knownKeys as readonly string[]).includes(key)) {
      problems.push({ line, message: `unknown key "${key}" in card header (expected ${knownKeys.join(', ')})` })
      continue
    }
    values.set(key, { node: pair.value as Node | null, line })
  }

  const text = (key: string): string | undefined => {
    const entry = values.get(key)
    if (!entry) return undefined
    if (isScalar(entry.node) && typeof entry.node.value === 'string' && entry.node.value.trim() !== '') {
      return entry.node.value.trim()
    }
    problems.push({ line: entry.line, message: `"${key}" must be a non-empty single value` })
    return undefined
  }
  const lineOfKey = (key: string): number => values.get(key)?.line ?? firstLine

  /** A required key's value if present and valid; otherwise records why not. */
  const valid = (key: string, missing: string, isValid: (value: string) => boolean, invalid: (value: string) => string) => {
    if (!values.has(key)) {
      problems.push({ line: firstLine, message: missing })
      return undefined
    }
    const value = text(key)
    if (value === undefined || isValid(value)) return value
    problems.push({ line: lineOfKey(key), message: invalid(value) })
    return undefined
  }

  const id = valid('id', 'card has no "id"', (value) => idPattern.test(value), (value) =>
    `id "${value}" must be lowercase letters, digits and single dashes (e.g. archi-scheduler-role)`)
  const type = valid('type', 'card has no "type"', (value) => (cardTypes as readonly string[]).includes(value), (value) =>
    `unknown type "${value}" (expected ${cardTypes.join(', ')})`)
  const source = valid('source', 'card has no "source" (a short phrase copied from its slide)',
    (value) => value.length <= maxSourceLength,
    (value) => `source is ${value.length} characters long; keep it under ${maxSourceLength}`)
  const tags = readTags(values.get('tags'), problems)

  // A header with a bad tag or an unknown key still yields a card, so that its text is checked too.
  if (!id || !type || !source) return { problems }
  return { header: { id, type: type as CardType, source, tags }, problems }
}

function readTags(entry: { node: Node | null; line: number } | undefined, problems: DeckProblem[]): string[] {
  if (!entry) return []
  if (!isSeq(entry.node)) {
    problems.push({ line: entry.line, message: 'tags must be a list, e.g. tags: [réseau, service]' })
    return []
  }
  const tags: string[] = []
  for (const item of entry.node.items) {
    const tag = isScalar(item) ? String(item.value) : ''
    if (tagPattern.test(tag)) tags.push(tag)
    else problems.push({ line: entry.line, message: `tag "${tag}" must be one word (letters, digits, - or _)` })
  }
  return tags
}
