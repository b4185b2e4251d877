import { fail, type CommandOutput } from '../types'
import { joinLines, splitLines } from './lines'

export type ReadInput = (files: string[], tool: string) => Promise<{ text: string; stderr: string }>

/** `-n 5`, `-n5`, `-5`, `--lines=5`, `-c 20` (bytes); `+N` for tail means "from line N". */
function lineCount(args: string[], tool: string): { n: number; fromStart: boolean; bytes: boolean; files: string[] } | string {
  let n = 10
  let fromStart = false
  let bytes = false
  const files: string[] = []
  for (let i = 0; i < args.length; i++) {
    const a = args[i]
    let value: string | undefined
    if (a === '-c' || a === '--bytes' || /^-c.+/.test(a) || a.startsWith('--bytes=')) {
      bytes = true
      value = a === '-c' || a === '--bytes' ? args[++i] : a.startsWith('--') ? a.slice(8) : a.slice(2)
      if (value === undefined) return `${tool}: option requires an argument -- 'c'`
      if (!/^\+?\d+$/.test(value)) return `${tool}: invalid number of bytes: ‘${value}’`
      fromStart = value.startsWith('+')
      n = Number(value.replace('+', ''))
      continue
    }
    if (a === '-n' || a === '--lines') value = args[++i]
    else if (a.startsWith('--lines=')) value = a.slice(8)
    else if (/^-n.+/.test(a)) value = a.slice(2)
    else if (/^-\d+$/.test(a)) value = a.slice(1)
    else if (a.startsWith('-') && a.length > 1) return `${tool}: invalid option -- '${a[1]}'`
    else {
      files.push(a)
      continue
    }
    if (value === undefined) return `${tool}: option requires an argument -- 'n'`
    if (value.startsWith('+')) {
      fromStart = true
      value = value.slice(1)
    }
    if (!/^\d+$/.test(value)) return `${tool}: invalid number of lines: ‘${value}’`
    n = Number(value)
  }
  return { n, fromStart, bytes, files }
}

export async function head(args: string[], read: ReadInput): Promise<CommandOutput> {
  const parsed = lineCount(args, 'head')
  if (typeof parsed === 'string') return fail(parsed)
  const { text, stderr } = await read(parsed.files, 'head')
  if (parsed.bytes) return { stdout: [...text].slice(0, parsed.n).join(''), stderr, exitCode: stderr ? 1 : 0 }
  return { stdout: joinLines(splitLines(text).slice(0, parsed.n)), stderr, exitCode: stderr ? 1 : 0 }
}

export async function tail(args: string[], read: ReadInput): Promise<CommandOutput> {
  const parsed = lineCount(args, 'tail')
  if (typeof parsed === 'string') return fail(parsed)
  const { text, stderr } = await read(parsed.files, 'tail')
  if (parsed.bytes) {
    const chars = [...text]
    const kept = parsed.fromStart ? chars.slice(Math.max(parsed.n - 1, 0)) : parsed.n ? chars.slice(-parsed.n) : []
    return { stdout: kept.join(''), stderr, exitCode: stderr ? 1 : 0 }
  }
  const lines = splitLines(text)
  const kept = parsed.fromStart ? lines.slice(Math.max(parsed.n - 1, 0)) : parsed.n ? lines.slice(-parsed.n) : []
  return { stdout: joinLines(kept), stderr, exitCode: stderr ? 1 : 0 }
}

export async function wc(args: string[], read: ReadInput): Promise<CommandOutput> {
  const flags = new Set<string>()
  const files: string[] = []
  for (const a of args) {
    if (a.startsWith('-') && a.length > 1) {
      for (const f of a.slice(1)) {
        if (!'lwc'.includes(f)) return fail(`wc: invalid option -- '${f}'`)
        flags.add(f)
      }
    } else files.push(a)
  }
  const { text, stderr } = await read(files, 'wc')
  const counts: Record<string, number> = {
    l: (text.match(/\n/g) ?? []).length,
    w: text.split(/\s+/).filter(Boolean).length,
    c: new TextEncoder().encode(text).length
  }
  const shown = ['l', 'w', 'c'].filter((f) => !flags.size || flags.has(f))
  const cells = shown.map((f) => String(counts[f]))
  const line = shown.length === 1 ? cells[0] : cells.map((c) => c.padStart(7)).join(' ')
  return { stdout: line + '\n', stderr, exitCode: stderr ? 1 : 0 }
}

export async function sort(args: string[], read: ReadInput): Promise<CommandOutput> {
  const flags = new Set<string>()
  const files: string[] = []
  for (const a of args) {
    if (a.startsWith('-') && a.length > 1) for (const f of a.slice(1)) flags.add(f)
    else files.push(a)
  }
  const { text, stderr } = await read(files, 'sort')
  let lines = splitLines(text)
  lines = flags.has('n')
    ? lines.sort((a, b) => (parseFloat(a) || 0) - (parseFloat(b) || 0))
    : lines.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  if (flags.has('r')) lines.reverse()
  if (flags.has('u')) lines = lines.filter((l, i) => i === 0 || l !== lines[i - 1])
  return { stdout: joinLines(lines), stderr, exitCode: stderr ? 2 : 0 }
}

export async function uniq(args: string[], read: ReadInput): Promise<CommandOutput> {
  const count = args.includes('-c')
  const { text, stderr } = await read(args.filter((a) => !a.startsWith('-')), 'uniq')
  const out: string[] = []
  let prev: string | undefined
  let n = 0
  const push = (): void => {
    if (prev !== undefined) out.push(count ? `${String(n).padStart(7)} ${prev}` : prev)
  }
  for (const line of splitLines(text)) {
    if (line === prev) n++
    else {
      push()
      prev = line
      n = 1
    }
  }
  push()
  return { stdout: joinLines(out), stderr, exitCode: stderr ? 1 : 0 }
}

/** `awk '{print $1}'`, `awk 'NR>1 {print $1, $3}'`: the one-liners people pipe kubectl into. */
export async function awk(args: string[], read: ReadInput): Promise<CommandOutput> {
  const program = args.find((a) => !a.startsWith('-'))
  if (!program) return fail('usage: awk [-F fs] \'prog\' [file ...]', 2)
  const fsArg = args.find((a) => a.startsWith('-F'))
  const separator = fsArg ? fsArg.slice(2) : undefined
  const m = /^\s*(?:NR\s*(>|>=|==|<|<=|!=)\s*(\d+)\s*)?\{\s*print\s*(.*?)\s*;?\s*\}\s*$/.exec(program)
  if (!m) return fail(`awk: this console's awk only runs '{print $N}' programs`, 2)
  const [, op, limit, exprs] = m
  const files = args.filter((a) => a !== program && a !== fsArg)
  const { text, stderr } = await read(files, 'awk')
  const out: string[] = []
  splitLines(text).forEach((line, i) => {
    const nr = i + 1
    if (op) {
      const l = Number(limit)
      const pass = { '>': nr > l, '>=': nr >= l, '==': nr === l, '<': nr < l, '<=': nr <= l, '!=': nr !== l }[op]
      if (!pass) return
    }
    const fields = separator ? line.split(separator) : line.trim().split(/\s+/)
    const items = exprs ? exprs.split(',').map((e) => e.trim()) : ['$0']
    out.push(
      items
        .map((e) => {
          if (e === '$0') return line
          if (e === 'NR') return String(nr)
          if (e === 'NF') return String(fields.length)
          const f = /^\$(\d+|NF)$/.exec(e)
          if (f) return f[1] === 'NF' ? fields[fields.length - 1] ?? '' : fields[Number(f[1]) - 1] ?? ''
          const str = /^"(.*)"$/.exec(e)
          return str ? str[1] : ''
        })
        .join(' ')
    )
  })
  return { stdout: joinLines(out), stderr, exitCode: stderr ? 2 : 0 }
}

export async function cut(args: string[], read: ReadInput): Promise<CommandOutput> {
  let delimiter = '\t'
  let fields: number[] | undefined
  const files: string[] = []
  for (let i = 0; i < args.length; i++) {
    const a = args[i]
    const value = (flag: string): string => (a === flag ? args[++i] ?? '' : a.slice(2))
    if (a.startsWith('-d')) delimiter = value('-d')
    else if (a.startsWith('-f')) fields = value('-f').split(',').map(Number)
    else files.push(a)
  }
  if (!fields || fields.some((f) => !Number.isInteger(f) || f < 1)) return fail('cut: you must specify a list of bytes, characters, or fields')
  const { text, stderr } = await read(files, 'cut')
  const out = splitLines(text).map((line) => {
    const parts = line.split(delimiter)
    return parts.length === 1 ? line : fields!.map((f) => parts[f - 1]).filter((p) => p !== undefined).join(delimiter)
  })
  return { stdout: joinLines(out), stderr, exitCode: stderr ? 1 : 0 }
}

