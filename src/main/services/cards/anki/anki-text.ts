import type { CardType } from '@shared/api'
import { cardProblem } from '../card-text'
import { DelimitedError, parseDelimited } from './delimited'
import { htmlToMarkdown } from './html-fields'

/** Anki's `#key:value` file headers (see Anki's rslib import_export/text/csv/metadata.rs). */
export interface AnkiHeaders {
  separator?: string
  html?: boolean
  tags: string[]
  columns?: string[]
  /** `#columns:` as written: split once the separator is known, whichever header came first. */
  columnsLine?: string
  notetype?: string
  deck?: string
  /** 1-based columns. */
  notetypeColumn?: number
  deckColumn?: number
  tagsColumn?: number
  guidColumn?: number
}

export interface CardDraft {
  line: number
  guid: string | null
  type: CardType
  front: string
  back: string
  tags: string[]
  deck: string | null
}

const separators: Record<string, string> = { comma: ',', semicolon: ';', tab: '\t', space: ' ', pipe: '|', colon: ':' }

const notetypes: Record<string, CardType> = {
  basic: 'basic',
  basique: 'basic',
  'basic-and-reversed': 'basic-and-reversed',
  'basic (and reversed card)': 'basic-and-reversed',
  'basique (avec carte inversée)': 'basic-and-reversed',
  'basic (optional reversed card)': 'basic-and-reversed',
  'basique (carte inversée optionnelle)': 'basic-and-reversed',
  cloze: 'cloze',
  'texte à trous': 'cloze'
}

const frontNames = new Set(['front', 'recto', 'text', 'texte', 'question'])
const backNames = new Set(['back', 'verso', 'back extra', 'extra', 'answer', 'réponse'])

/**
 * Reads an Anki text export into card drafts. Everything is checked before anything is
 * returned; the first problem throws a DelimitedError naming its line.
 */
export function parseAnkiText(text: string): { headers: AnkiHeaders; drafts: CardDraft[] } {
  const body = text.replace(/^\uFEFF/, '')
  const headers: AnkiHeaders = { tags: [] }
  let offset = 0
  let line = 1
  for (;;) {
    const end = body.indexOf('\n', offset)
    const raw = body.slice(offset, end < 0 ? body.length : end).replace(/\r$/, '')
    const isMeta = raw.startsWith('#') || (line === 1 && raw.startsWith('tags:'))
    if (!isMeta) break
    readHeader(raw.startsWith('#') ? raw.slice(1) : raw, line, headers)
    line++
    if (end < 0) {
      offset = body.length
      break
    }
    offset = end + 1
  }
  const rest = body.slice(offset)
  const separator = headers.separator ?? guessSeparator(rest)
  if (headers.columnsLine !== undefined) headers.columns = headers.columnsLine.split(separator).map((c) => c.trim())
  const records = parseDelimited(rest, separator, line)
  const width = headers.columns?.length ?? records[0]?.fields.length ?? 0
  const drafts = records.map((record) => {
    if (record.fields.length !== width) {
      throw new DelimitedError(record.line, `expected ${width} fields, found ${record.fields.length} (is the file truncated or the separator wrong?)`)
    }
    return toDraft(record.fields, record.line, headers)
  })
  return { headers, drafts }
}

function readHeader(content: string, line: number, headers: AnkiHeaders): void {
  const colon = content.indexOf(':')
  if (colon < 0) return
  const key = content.slice(0, colon).trim().toLowerCase()
  const value = content.slice(colon + 1).trim()
  const column = (): number => {
    const n = Number(value)
    if (!Number.isInteger(n) || n < 1) throw new DelimitedError(line, `#${key}: expects a column number from 1, not "${value}"`)
    return n
  }
  switch (key) {
    case 'separator': {
      const sep = separators[value.toLowerCase()] ?? (value.length === 1 ? value : undefined)
      if (!sep || sep === '"' || sep === '\n') throw new DelimitedError(line, `unknown #separator: "${value}" (tab, comma, semicolon, space, pipe or colon)`)
      headers.separator = sep
      break
    }
    case 'html':
      if (!/^(true|false)$/i.test(value)) throw new DelimitedError(line, `#html: must be true or false, not "${value}"`)
      headers.html = value.toLowerCase() === 'true'
      break
    case 'tags':
      headers.tags = value.split(/\s+/).filter(Boolean)
      break
    case 'columns':
      headers.columnsLine = value
      break
    case 'notetype':
      headers.notetype = value
      break
    case 'deck':
      headers.deck = value
      break
    case 'notetype column':
      headers.notetypeColumn = column()
      break
    case 'deck column':
      headers.deckColumn = column()
      break
    case 'tags column':
      headers.tagsColumn = column()
      break
    case 'guid column':
      headers.guidColumn = column()
      break
  }
}

/** Without `#separator:`, the first of tab, semicolon, comma found on the first record line. */
function guessSeparator(rest: string): string {
  const first = rest.split(/\r?\n/).find((l) => l.trim() !== '' && !l.startsWith('#')) ?? ''
  return ['\t', ';', ','].find((s) => first.includes(s)) ?? '\t'
}

function toDraft(fields: string[], line: number, headers: AnkiHeaders): CardDraft {
  const meta = new Set([headers.notetypeColumn, headers.deckColumn, headers.tagsColumn, headers.guidColumn].filter((c) => c !== undefined))
  for (const column of meta) {
    if (column! > fields.length) throw new DelimitedError(line, `column ${column} named in the headers does not exist (${fields.length} fields)`)
  }
  const at = (column: number | undefined): string | undefined => (column === undefined ? undefined : fields[column - 1])
  const content = fields.map((value, i) => ({ value, column: i + 1 })).filter((f) => !meta.has(f.column))
  const named = (names: Set<string>) => content.find((f) => names.has((headers.columns?.[f.column - 1] ?? '').toLowerCase()))
  const frontField = named(frontNames) ?? content[0]
  const backField = named(backNames) ?? content.find((f) => f !== frontField)
  const extras = content.filter((f) => f !== frontField && f !== backField && f.value.trim() !== '')
  const convert = (value: string) => (headers.html === false ? value : htmlToMarkdown(value))
  const front = convert(frontField?.value ?? '')
  const back = [backField?.value ?? '', ...extras.map((f) => f.value)].filter((v) => v.trim() !== '').map(convert).join('\n\n')

  const notetype = at(headers.notetypeColumn) ?? headers.notetype
  const type = notetype ? notetypes[notetype.trim().toLowerCase()] : undefined
  const resolved: CardType = type ?? (/\{\{c\d+::/.test(front) ? 'cloze' : 'basic')
  const problem = cardProblem(resolved, front, back, false)
  if (problem) throw new DelimitedError(line, problem)
  const tags = [...headers.tags, ...(at(headers.tagsColumn)?.split(/\s+/) ?? [])]
    .map((t) => t.replace(/^#/, ''))
    .filter((t) => /^[^\s#]{1,64}$/u.test(t))
  return {
    line,
    guid: at(headers.guidColumn)?.trim() || null,
    type: resolved,
    front,
    back,
    tags: [...new Set(tags)],
    deck: at(headers.deckColumn)?.trim() || headers.deck || null
  }
}
