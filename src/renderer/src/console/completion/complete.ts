// Tab completion at the console's prompt, as bash does it: one candidate is inserted
// with a space after it, several are completed to what they share, and a second Tab
// lists them.
import type { CommandSpec } from '@shared/kubesim/kubectl/commands/types'
import type { LineState } from '../line-editor'
import { completeKubectl } from './kubectl'
import type { CompletionSource } from './source'
import { commonPrefix, wordsBeforeCursor } from './words'

export interface Completion {
  /** Where the word being completed starts. */
  start: number
  partial: string
  /** Whole words that may replace it, sorted, without duplicates. */
  candidates: string[]
}

export interface CompletionTables {
  kubectl: CommandSpec[]
  /** Commands of the shell and of the console (`cat`, `help`, `reset`…). */
  commands: string[]
}

const noArguments = new Set(['help', 'reset', 'clear', 'sleep', 'pwd', 'true', 'false', 'echo', 'export', 'unset', 'alias', 'unalias'])

export function complete(line: string, cursor: number, tables: CompletionTables, source: CompletionSource): Completion {
  const { words, partial, start } = wordsBeforeCursor(line, cursor)
  let found: string[]
  if (!words.length) {
    found = [...tables.commands, 'kubectl', ...Object.keys(source.aliases())]
  } else if (/^[0-9]?(>|>>|<)$/.test(words[words.length - 1])) {
    found = source.files(partial)
  } else {
    const alias = source.aliases()[words[0]]
    const head = alias ? alias.trim().split(/\s+/) : [words[0]]
    const command = head[0]
    if (command === 'kubectl') found = completeKubectl([...head.slice(1), ...words.slice(1)], partial, tables.kubectl, source)
    else if (noArguments.has(command)) found = []
    else found = source.files(partial)
  }
  const candidates = [...new Set(found.filter((c) => c.startsWith(partial)))].sort()
  return { start, partial, candidates }
}

export interface Applied {
  line: LineState
  /** Candidates to list under the prompt (second Tab). */
  list?: string[]
}

/** A candidate that is not a finished word: a folder, a flag or an output format waiting for its value. */
const unfinished = (word: string): boolean => word.endsWith('/') || word.endsWith('=')

/**
 * The line after a Tab. `again` is true when the previous key was a Tab too: then
 * candidates that share nothing more are listed, as bash does on a double Tab.
 */
export function applyCompletion(line: LineState, completion: Completion, again: boolean): Applied {
  const { candidates, start, partial } = completion
  const replace = (word: string): LineState => {
    const before = line.text.slice(0, start)
    const after = line.text.slice(line.cursor)
    const text = before + word + after
    return { text, cursor: before.length + word.length, selection: null }
  }
  if (!candidates.length) return { line }
  if (candidates.length === 1) {
    const word = candidates[0]
    const spaced = unfinished(word) || line.text[line.cursor] === ' ' ? word : word + ' '
    return { line: replace(spaced) }
  }
  const shared = commonPrefix(candidates)
  if (shared.length > partial.length) return { line: replace(shared) }
  return again ? { line, list: candidates } : { line }
}

/** bash's listing of candidates: in columns, sorted down each column. */
export function columns(items: readonly string[], width: number): string[] {
  if (!items.length) return []
  const cell = Math.max(...items.map((i) => i.length)) + 2
  const perRow = Math.max(1, Math.floor(width / cell))
  const rows = Math.ceil(items.length / perRow)
  const lines: string[] = []
  for (let r = 0; r < rows; r++) {
    let line = ''
    for (let c = 0; c < perRow; c++) {
      const item = items[r + c * rows]
      if (item === undefined) break
      const last = r + (c + 1) * rows >= items.length
      line += last ? item : item.padEnd(cell)
    }
    lines.push(line.trimEnd())
  }
  return lines
}
