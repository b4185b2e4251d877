// pflag's command-line syntax, as kubectl (cobra) reads it: `--name=value`,
// `--name value`, `-n value`, `-nvalue`, `-n=value`, grouped booleans `-it`,
// flags anywhere among the arguments, `--` ending the flags.

export type FlagType = 'bool' | 'string' | 'int' | 'stringArray' | 'stringSlice' | 'duration'

export interface FlagSpec {
  name: string
  short?: string
  type: FlagType
  default?: string | number | boolean | string[]
  /** Value taken when the flag is given without one (`--dry-run` means `--dry-run=unchanged`). */
  noOptDefault?: string
  usage?: string
  hidden?: boolean
  /** cobra MarkFlagRequired. */
  required?: boolean
}

export class FlagError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'FlagError'
  }
}

export type FlagValue = string | number | boolean | string[]

export interface ParsedFlags {
  values: Map<string, FlagValue>
  /** Names of the flags given on the command line. */
  changed: Set<string>
  args: string[]
  /** Arguments after `--` (for `exec`, `run`), also included at the end of `args`. */
  dashArgs: string[]
  /** Index in `args` where `--` stood, -1 if absent. */
  argsLenAtDash: number
}

function displayName(f: FlagSpec): string {
  return f.short ? `-${f.short}, --${f.name}` : `--${f.name}`
}

const GO_INT = /^[+-]?(?:0[xX][0-9a-fA-F]+|0[oO]?[0-7]*|0[bB][01]+|[1-9][0-9]*|0)$/

function convert(f: FlagSpec, raw: string, prev: FlagValue | undefined, changed: boolean): FlagValue {
  switch (f.type) {
    case 'bool': {
      const v = { '1': true, t: true, T: true, TRUE: true, true: true, True: true, '0': false, f: false, F: false, FALSE: false, false: false, False: false }[raw]
      if (v === undefined) {
        throw new FlagError(`invalid argument "${raw}" for "${displayName(f)}" flag: strconv.ParseBool: parsing "${raw}": invalid syntax`)
      }
      return v
    }
    case 'int': {
      if (!GO_INT.test(raw)) {
        throw new FlagError(`invalid argument "${raw}" for "${displayName(f)}" flag: strconv.ParseInt: parsing "${raw}": invalid syntax`)
      }
      const n = Number.parseInt(raw, 10)
      if (Math.abs(n) > 2 ** 31 - 1) {
        throw new FlagError(`invalid argument "${raw}" for "${displayName(f)}" flag: strconv.ParseInt: parsing "${raw}": value out of range`)
      }
      return n
    }
    case 'duration': {
      if (!/^([0-9]*(\.[0-9]*)?(ns|us|µs|ms|s|m|h))+$|^0$/.test(raw)) {
        throw new FlagError(`invalid argument "${raw}" for "${displayName(f)}" flag: time: invalid duration "${raw}"`)
      }
      return raw
    }
    case 'stringArray': {
      const list = changed && Array.isArray(prev) ? prev : []
      return [...list, raw]
    }
    case 'stringSlice': {
      const list = changed && Array.isArray(prev) ? prev : []
      return [...list, ...(raw === '' ? [] : raw.split(','))]
    }
    default:
      return raw
  }
}

/** Parses argv against `specs`; throws FlagError with pflag's wording. */
export function parseFlags(argv: string[], specs: FlagSpec[]): ParsedFlags {
  // A command's own flag shadows a global one of the same name (rolebinding --user).
  const byName = new Map<string, FlagSpec>()
  const byShort = new Map<string, FlagSpec>()
  for (const s of specs) {
    if (!byName.has(s.name)) byName.set(s.name, s)
    if (s.short && !byShort.has(s.short)) byShort.set(s.short, s)
  }
  specs = [...byName.values()]
  const values = new Map<string, FlagValue>()
  for (const s of specs) {
    if (s.default !== undefined) values.set(s.name, s.default)
    else values.set(s.name, s.type === 'bool' ? false : s.type === 'int' ? 0 : s.type.startsWith('string') && s.type !== 'string' ? [] : '')
  }
  const changed = new Set<string>()
  const args: string[] = []
  const dashArgs: string[] = []
  let argsLenAtDash = -1
  const set = (f: FlagSpec, raw: string): void => {
    values.set(f.name, convert(f, raw, values.get(f.name), changed.has(f.name)))
    changed.add(f.name)
  }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (a === '--') {
      argsLenAtDash = args.length
      dashArgs.push(...argv.slice(i + 1))
      args.push(...argv.slice(i + 1))
      break
    }
    if (a.startsWith('--') && a.length > 2) {
      const eq = a.indexOf('=')
      const name = eq < 0 ? a.slice(2) : a.slice(2, eq)
      const f = byName.get(name)
      if (!f) throw new FlagError(`unknown flag: --${name}`)
      if (eq >= 0) set(f, a.slice(eq + 1))
      else if (f.type === 'bool') set(f, 'true')
      else if (f.noOptDefault !== undefined) set(f, f.noOptDefault)
      else if (i + 1 < argv.length) set(f, argv[++i])
      else throw new FlagError(`flag needs an argument: --${name}`)
      continue
    }
    if (a.startsWith('-') && a.length > 1 && a !== '-') {
      const shorts = a.slice(1)
      for (let k = 0; k < shorts.length; k++) {
        const c = shorts[k]
        const f = byShort.get(c)
        if (!f) {
          throw new FlagError(`unknown shorthand flag: '${c}' in ${a}`)
        }
        const rest = shorts.slice(k + 1)
        if (rest.startsWith('=')) {
          set(f, rest.slice(1))
          break
        }
        if (f.type === 'bool') {
          set(f, 'true')
          continue
        }
        if (f.noOptDefault !== undefined && !rest) {
          set(f, f.noOptDefault)
          break
        }
        if (rest) set(f, rest)
        else if (i + 1 < argv.length) set(f, argv[++i])
        else throw new FlagError(`flag needs an argument: '${c}' in -${c}`)
        break
      }
      continue
    }
    args.push(a)
  }
  return { values, changed, args, dashArgs, argsLenAtDash }
}

/** cobra's ValidateRequiredFlags. */
export function missingRequired(p: ParsedFlags, specs: FlagSpec[]): string | undefined {
  const missing = specs.filter((s) => s.required && !p.changed.has(s.name)).map((s) => s.name).sort()
  return missing.length ? `required flag(s) "${missing.join('", "')}" not set` : undefined
}

export function flagString(p: ParsedFlags, name: string): string {
  return String(p.values.get(name) ?? '')
}
export function flagBool(p: ParsedFlags, name: string): boolean {
  return p.values.get(name) === true
}
export function flagInt(p: ParsedFlags, name: string): number {
  return Number(p.values.get(name) ?? 0)
}
export function flagList(p: ParsedFlags, name: string): string[] {
  const v = p.values.get(name)
  return Array.isArray(v) ? v : []
}

/** A duration flag in seconds (`90s`, `1m30s`, `500ms`; `0` is 0). */
export function flagDuration(p: ParsedFlags, name: string): number {
  let total = 0
  for (const [, n, unit] of flagString(p, name).matchAll(/([\d.]+)(ns|us|µs|ms|s|m|h)/g)) {
    total += Number(n) * ({ ns: 1e-9, us: 1e-6, µs: 1e-6, ms: 0.001, s: 1, m: 60, h: 3600 } as Record<string, number>)[unit]
  }
  return total
}
