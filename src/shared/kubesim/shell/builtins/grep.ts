import { fail, type CommandOutput } from '../types'
import { splitLines } from './lines'
import { basicToJs, escapeRegExp, extendedToJs } from './regex'

type Flag = 'i' | 'v' | 'c' | 'n' | 'E' | 'F' | 'w' | 'o' | 'q'
const FLAGS = new Set<string>(['i', 'v', 'c', 'n', 'E', 'F', 'w', 'o', 'q'])
const LONG_FLAGS: Record<string, Flag> = {
  '--ignore-case': 'i', '--invert-match': 'v', '--count': 'c', '--line-number': 'n',
  '--extended-regexp': 'E', '--fixed-strings': 'F', '--word-regexp': 'w', '--only-matching': 'o', '--quiet': 'q'
}
const LONG_CONTEXT: Record<string, 'A' | 'B' | 'C'> = { '--after-context': 'A', '--before-context': 'B', '--context': 'C' }
const USAGE = 'Usage: grep [OPTION]... PATTERNS [FILE]...'

interface GrepArgs {
  flags: Set<Flag>
  /** Lines of context after and before each selected line (-A, -B, -C, -NUM). */
  after: number
  before: number
  patterns: string[]
  files: string[]
}

function contextLength(value: string | undefined): number | string {
  if (value === undefined) return ''
  return /^\d+$/.test(value) ? Number(value) : `grep: ${value}: invalid context length argument`
}

/** getopt as GNU grep runs it: clustered flags (`-inA3`), option arguments attached or next. */
function parseArgs(args: string[]): GrepArgs | CommandOutput {
  const parsed: GrepArgs = { flags: new Set(), after: 0, before: 0, patterns: [], files: [] }
  const setContext = (which: 'A' | 'B' | 'C', value: string | undefined): CommandOutput | undefined => {
    const n = contextLength(value)
    if (n === '') return fail(`grep: option requires an argument -- '${which}'\n${USAGE}`, 2)
    if (typeof n === 'string') return fail(n, 2)
    if (which !== 'B') parsed.after = n
    if (which !== 'A') parsed.before = n
    return undefined
  }
  for (let k = 0; k < args.length; k++) {
    const a = args[k]
    if (a === '--') {
      for (const rest of args.slice(k + 1)) (parsed.patterns.length ? parsed.files : parsed.patterns).push(rest)
      break
    }
    if (a.startsWith('--')) {
      const [name, value] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined]
      if (name === '--regexp') {
        const pattern = value ?? args[++k]
        if (pattern === undefined) return fail(`grep: option '--regexp' requires an argument\n${USAGE}`, 2)
        parsed.patterns.push(pattern)
      } else if (LONG_CONTEXT[name]) {
        const failed = setContext(LONG_CONTEXT[name], value ?? args[++k])
        if (failed) return failed
      } else if (LONG_FLAGS[name] && value === undefined) {
        parsed.flags.add(LONG_FLAGS[name])
      } else {
        return fail(`grep: unrecognized option '${a}'\n${USAGE}`, 2)
      }
      continue
    }
    if (!a.startsWith('-') || a.length === 1) {
      ;(parsed.patterns.length ? parsed.files : parsed.patterns).push(a)
      continue
    }
    const digits = /^-(\d+)$/.exec(a)
    if (digits) {
      setContext('C', digits[1])
      continue
    }
    for (let j = 1; j < a.length; j++) {
      const f = a[j]
      if (f === 'e' || f === 'A' || f === 'B' || f === 'C') {
        const value = j + 1 < a.length ? a.slice(j + 1) : args[++k]
        if (f === 'e') {
          if (value === undefined) return fail(`grep: option requires an argument -- 'e'\n${USAGE}`, 2)
          parsed.patterns.push(value)
        } else {
          const failed = setContext(f, value)
          if (failed) return failed
        }
        break
      }
      if (!FLAGS.has(f)) return fail(`grep: invalid option -- '${f}'\n${USAGE}`, 2)
      parsed.flags.add(f as Flag)
    }
  }
  return parsed
}

function compile(parsed: GrepArgs): string | undefined {
  const { flags } = parsed
  const source = parsed.patterns
    .map((p) => (flags.has('F') ? escapeRegExp(p) : flags.has('E') ? extendedToJs(p) : basicToJs(p)))
    .map((p) => (flags.has('w') ? `(?<![\\w])(?:${p})(?![\\w])` : p))
    .join('|')
  try {
    new RegExp(source)
    return source
  } catch {
    return undefined
  }
}

export async function grep(
  args: string[],
  stdin: string,
  readFile: (p: string) => Promise<string | undefined>
): Promise<CommandOutput> {
  const parsed = parseArgs(args)
  if ('exitCode' in parsed) return parsed
  const { flags, files } = parsed
  if (!parsed.patterns.length) return fail(`${USAGE}\nTry 'grep --help' for more information.`, 2)
  const source = compile(parsed)
  if (source === undefined) return fail('grep: Unmatched ( or \\(', 2)
  const re = new RegExp(source, flags.has('i') ? 'i' : '')
  const inputs: { name: string; text: string }[] = []
  let stderr = ''
  if (!files.length) inputs.push({ name: '(standard input)', text: stdin })
  for (const f of files) {
    const text = await readFile(f)
    if (text === undefined) stderr += `grep: ${f}: No such file or directory\n`
    else inputs.push({ name: f, text })
  }
  // Context lines print with '-' where selected ones have ':', and '--' between groups;
  // -o, -c and -q print no context, as GNU grep.
  const context = !flags.has('o') && !flags.has('c') && !flags.has('q') && (parsed.after > 0 || parsed.before > 0)
  let out = ''
  let matched = false
  let printedAny = false
  for (const input of inputs) {
    const name = files.length > 1 ? input.name : ''
    const lines = splitLines(input.text)
    const line = (idx: number, sep: ':' | '-'): string => `${name ? name + sep : ''}${flags.has('n') ? `${idx + 1}${sep}` : ''}${lines[idx]}\n`
    let count = 0
    let last = -1
    let afterLeft = 0
    for (let idx = 0; idx < lines.length; idx++) {
      if (re.test(lines[idx]) === flags.has('v')) {
        if (context && afterLeft > 0) {
          out += line(idx, '-')
          last = idx
          afterLeft--
        }
        continue
      }
      count++
      if (flags.has('c') || flags.has('q')) continue
      if (flags.has('o') && !flags.has('v')) {
        for (const m of lines[idx].matchAll(new RegExp(source, re.flags + 'g'))) if (m[0]) out += `${name ? name + ':' : ''}${flags.has('n') ? `${idx + 1}:` : ''}${m[0]}\n`
        continue
      }
      const from = context ? Math.max(idx - parsed.before, 0, last + 1) : idx
      if (context && printedAny && (last < 0 || from > last + 1)) out += '--\n'
      for (let j = from; j < idx; j++) out += line(j, '-')
      out += line(idx, ':')
      last = idx
      afterLeft = parsed.after
      printedAny = true
    }
    if (flags.has('c')) out += `${name ? name + ':' : ''}${count}\n`
    if (count) matched = true
  }
  if (flags.has('q')) out = ''
  return { stdout: out, stderr, exitCode: stderr ? 2 : matched ? 0 : 1 }
}
