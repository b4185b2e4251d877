import { fail, type CommandOutput } from '../types'
import { splitLines } from './lines'

/** GNU grep's basic regular expressions: `+ ? | ( ) { }` are literal unless escaped. */
function basicToJs(pattern: string): string {
  let out = ''
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]
    if (c === '\\' && i + 1 < pattern.length) {
      const n = pattern[++i]
      out += '+?|(){}'.includes(n) ? n : '\\' + n
    } else if ('+?|(){}'.includes(c)) {
      out += '\\' + c
    } else {
      out += c
    }
  }
  return out
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}

export async function grep(
  args: string[],
  stdin: string,
  readFile: (p: string) => Promise<string | undefined>
): Promise<CommandOutput> {
  const opts = { i: false, v: false, c: false, n: false, E: false, F: false, w: false, o: false, q: false }
  const patterns: string[] = []
  const files: string[] = []
  for (let k = 0; k < args.length; k++) {
    const a = args[k]
    if (a === '-e' || a === '--regexp') {
      if (k + 1 >= args.length) return fail("grep: option requires an argument -- 'e'", 2)
      patterns.push(args[++k])
    } else if (a.startsWith('--')) {
      const long: Record<string, keyof typeof opts> = {
        '--ignore-case': 'i', '--invert-match': 'v', '--count': 'c', '--line-number': 'n',
        '--extended-regexp': 'E', '--fixed-strings': 'F', '--word-regexp': 'w', '--only-matching': 'o', '--quiet': 'q'
      }
      const key = long[a]
      if (!key) return fail(`grep: unrecognized option '${a}'\nUsage: grep [OPTION]... PATTERNS [FILE]...`, 2)
      opts[key] = true
    } else if (a.startsWith('-') && a.length > 1) {
      for (const f of a.slice(1)) {
        if (!(f in opts)) return fail(`grep: invalid option -- '${f}'\nUsage: grep [OPTION]... PATTERNS [FILE]...`, 2)
        opts[f as keyof typeof opts] = true
      }
    } else if (!patterns.length) {
      patterns.push(a)
    } else {
      files.push(a)
    }
  }
  if (!patterns.length) return fail('Usage: grep [OPTION]... PATTERNS [FILE]...\nTry \'grep --help\' for more information.', 2)
  let source: string
  try {
    source = patterns
      .map((p) => (opts.F ? escapeRegExp(p) : opts.E ? p : basicToJs(p)))
      .map((p) => (opts.w ? `(?<![\\w])(?:${p})(?![\\w])` : p))
      .join('|')
    new RegExp(source)
  } catch {
    return fail('grep: Unmatched ( or \\(', 2)
  }
  const flags = opts.i ? 'gi' : 'g'
  const inputs: { name: string; text: string }[] = []
  let stderr = ''
  if (!files.length) inputs.push({ name: '(standard input)', text: stdin })
  for (const f of files) {
    const text = await readFile(f)
    if (text === undefined) stderr += `grep: ${f}: No such file or directory\n`
    else inputs.push({ name: f, text })
  }
  let out = ''
  let matched = false
  for (const input of inputs) {
    const prefix = files.length > 1 ? `${input.name}:` : ''
    let count = 0
    splitLines(input.text).forEach((line, idx) => {
      const re = new RegExp(source, flags)
      const hit = re.test(line)
      if (hit === opts.v) return
      count++
      if (opts.c || opts.q) return
      const n = opts.n ? `${idx + 1}:` : ''
      if (opts.o && !opts.v) {
        for (const m of line.matchAll(new RegExp(source, flags))) if (m[0]) out += `${prefix}${n}${m[0]}\n`
      } else {
        out += `${prefix}${n}${line}\n`
      }
    })
    if (opts.c) out += `${prefix}${count}\n`
    if (count) matched = true
  }
  if (opts.q) out = ''
  return { stdout: out, stderr, exitCode: stderr ? 2 : matched ? 0 : 1 }
}

