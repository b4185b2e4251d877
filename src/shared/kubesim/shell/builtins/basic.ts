import { fail, ok, type CommandOutput } from '../types'

/** bash's builtin echo: `-n` drops the newline, `-e` interprets backslash escapes. */
export function echo(args: string[]): CommandOutput {
  let newline = true
  let escapes = false
  let i = 0
  for (; i < args.length && /^-[neE]+$/.test(args[i]); i++) {
    if (args[i].includes('n')) newline = false
    if (args[i].includes('e')) escapes = true
    if (args[i].includes('E')) escapes = false
  }
  let text = args.slice(i).join(' ')
  if (escapes) {
    text = text.replace(/\\([nt\\]|x[0-9a-fA-F]{2})/g, (_, e: string) =>
      e === 'n' ? '\n' : e === 't' ? '\t' : e === '\\' ? '\\' : String.fromCharCode(parseInt(e.slice(1), 16))
    )
  }
  return ok(newline ? text + '\n' : text)
}

/** `sleep 5`, `sleep 1m`, `sleep 0.5`: seconds of simulated time, or undefined for bash's error. */
export function sleepSeconds(args: string[]): number | string {
  if (!args.length) return 'sleep: missing operand\nTry \'sleep --help\' for more information.'
  let total = 0
  for (const a of args) {
    const m = /^(\d+(?:\.\d*)?|\.\d+)([smhd]?)$/.exec(a)
    if (!m) return `sleep: invalid time interval ‘${a}’\nTry 'sleep --help' for more information.`
    total += Number(m[1]) * { '': 1, s: 1, m: 60, h: 3600, d: 86400 }[m[2] as '' | 's' | 'm' | 'h' | 'd']
  }
  return total
}

/** `export A=b`, `export do="--dry-run=client -o yaml"` (words already expanded). */
export function exportVars(args: string[], env: Record<string, string>): CommandOutput {
  for (const a of args) {
    if (a === '-p' || a === '-n') continue
    const eq = a.indexOf('=')
    const name = eq < 0 ? a : a.slice(0, eq)
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return fail(`bash: export: \`${a}': not a valid identifier`)
    if (eq >= 0) env[name] = a.slice(eq + 1)
    else env[name] ??= ''
  }
  if (!args.length) {
    return ok(
      Object.keys(env)
        .sort()
        .map((k) => `declare -x ${k}="${env[k]}"\n`)
        .join('')
    )
  }
  return ok()
}

export function unsetVars(args: string[], env: Record<string, string>): CommandOutput {
  for (const a of args) if (!a.startsWith('-')) delete env[a]
  return ok()
}

export function alias(args: string[], aliases: Record<string, string>): CommandOutput {
  if (!args.length) {
    return ok(
      Object.keys(aliases)
        .sort()
        .map((k) => `alias ${k}='${aliases[k]}'\n`)
        .join('')
    )
  }
  let out = ''
  for (const a of args) {
    const eq = a.indexOf('=')
    if (eq < 0) {
      if (Object.hasOwn(aliases, a)) out += `alias ${a}='${aliases[a]}'\n`
      else return fail(`bash: alias: ${a}: not found`, 1, out)
      continue
    }
    aliases[a.slice(0, eq)] = a.slice(eq + 1)
  }
  return ok(out)
}

export function unalias(args: string[], aliases: Record<string, string>): CommandOutput {
  for (const a of args) {
    if (a === '-a') {
      for (const k of Object.keys(aliases)) delete aliases[k]
    } else if (Object.hasOwn(aliases, a)) delete aliases[a]
    else return fail(`bash: unalias: ${a}: not found`)
  }
  return ok()
}
