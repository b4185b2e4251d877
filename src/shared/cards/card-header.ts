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

  const id = text('id')
  if (id === undefined && !values.has('id')) problems.push({ line: firstLine, message: 'card has no "id"' })
  else if (id !== undefined && !idPattern.test(id)) {
    problems.push({ line: lineOfKey('id'), message: `id "${id}" must be lowercase letters, digits and single dashes (e.g. archi-scheduler-role)` })
  }

  const type = text('type')
  if (type === undefined && !values.has('type')) problems.push({ line: firstLine, message: 'card has no "type"' })
  else if (type !== undefined && !(cardTypes as readonly string[]).includes(type)) {
    problems.push({ line: lineOfKey('type'), message: `unknown type "${type}" (expected ${cardTypes.join(', ')})` })
  }

  const source = text('source')
  if (source === undefined && !values.has('source')) {
    problems.push({ line: firstLine, message: 'card has no "source" (a short phrase copied from its slide)' })
  } else if (source !== undefined && source.length > maxSourceLength) {
    problems.push({ line: lineOfKey('source'), message: `source is ${source.length} characters long; keep it under ${maxSourceLength}` })
  }

  const tags = readTags(values.get('tags'), problems)
  if (problems.length > 0 || !id || !type || !source) return { problems }
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
