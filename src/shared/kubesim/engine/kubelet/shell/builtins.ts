// The commands a container shell knows (busybox and coreutils behaviour for the common flags).
import type { ShellEvent, ShellWorld } from './world'
import { ExitSignal, Shell } from './run'
import { webCommand } from './web'

export interface CommandContext {
  shell: Shell
  stdin: string
  world: ShellWorld
}

type Builtin = (argv: string[], ctx: CommandContext) => Generator<ShellEvent, number>

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** `date` as busybox and coreutils print it in UTC: "Tue Sep 10 12:00:01 UTC 2024". */
export function dateText(ms: number): string {
  const d = new Date(ms)
  const p = (n: number): string => String(n).padStart(2, '0')
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} UTC ${d.getUTCFullYear()}`
}

function lines(text: string): string[] {
  if (!text) return []
  const out = text.split('\n')
  if (out[out.length - 1] === '') out.pop()
  return out
}

export function parseSleep(arg: string | undefined): number | undefined {
  if (arg === undefined) return undefined
  if (arg === 'infinity' || arg === 'inf') return Infinity
  const m = /^(\d+(?:\.\d+)?)([smhd]?)$/.exec(arg)
  if (!m) return undefined
  const unit = { '': 1, s: 1, m: 60, h: 3600, d: 86400 }[m[2]] ?? 1
  return parseFloat(m[1]) * unit * 1000
}

function* sleep(argv: string[], ctx: CommandContext): Generator<ShellEvent, number> {
  if (argv.length < 2) {
    yield { out: 'sleep: missing operand', err: true }
    return 1
  }
  let total = 0
  for (const a of argv.slice(1)) {
    const ms = parseSleep(a)
    if (ms === undefined) {
      yield { out: `sleep: invalid number '${a}'`, err: true }
      return 1
    }
    total += ms
  }
  if (total === Infinity) {
    yield { forever: true }
    return 0
  }
  ctx.shell.elapsed += total
  yield { sleep: total }
  return 0
}

function unescapeEcho(s: string): string {
  return s.replace(/\\(n|t|\\|c)/g, (_, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c === '\\' ? '\\' : ''))
}

function* echo(argv: string[]): Generator<ShellEvent, number> {
  let args = argv.slice(1)
  let escapes = false
  while (args.length && /^-[neE]+$/.test(args[0])) {
    if (args[0].includes('e')) escapes = true
    args = args.slice(1)
  }
  let text = args.join(' ')
  if (escapes) text = unescapeEcho(text)
  for (const l of text.split('\n')) yield { out: l }
  return 0
}

function* printf(argv: string[]): Generator<ShellEvent, number> {
  const fmt = argv[1] ?? ''
  let i = 2
  const text = unescapeEcho(fmt).replace(/%[sd]/g, () => argv[i++] ?? '')
  const parts = text.split('\n')
  if (parts[parts.length - 1] === '') parts.pop()
  for (const l of parts) yield { out: l }
  return 0
}

function* test(argv: string[], ctx: CommandContext): Generator<ShellEvent, number> {
  let args = argv.slice(1)
  if (argv[0] === '[') {
    if (args[args.length - 1] !== ']') {
      yield { out: '[: missing ]', err: true }
      return 2
    }
    args = args.slice(0, -1)
  }
  const num = (s: string): number => parseInt(s, 10) || 0
  const evalExpr = (a: string[]): boolean => {
    if (a[0] === '!') return !evalExpr(a.slice(1))
    if (a.length === 0) return false
    if (a.length === 1) return a[0] !== ''
    if (a.length === 2) {
      const [op, v] = a
      if (op === '-z') return v === ''
      if (op === '-n') return v !== ''
      if (op === '-f' || op === '-e' || op === '-r' || op === '-s') return ctx.world.readFile(v) !== undefined || (op === '-e' && ctx.world.listDir(v) !== undefined)
      if (op === '-d') return ctx.world.listDir(v) !== undefined
      return false
    }
    const [l, op, r] = a
    switch (op) {
      case '=':
      case '==':
        return l === r
      case '!=':
        return l !== r
      case '-eq':
        return num(l) === num(r)
      case '-ne':
        return num(l) !== num(r)
      case '-lt':
        return num(l) < num(r)
      case '-le':
        return num(l) <= num(r)
      case '-gt':
        return num(l) > num(r)
      case '-ge':
        return num(l) >= num(r)
      default:
        return false
    }
  }
  return evalExpr(args) ? 0 : 1
}

function* cat(argv: string[], ctx: CommandContext): Generator<ShellEvent, number> {
  const files = argv.slice(1).filter((a) => a !== '-')
  if (files.length === 0) {
    for (const l of lines(ctx.stdin)) yield { out: l }
    return 0
  }
  let status = 0
  for (const f of files) {
    const body = ctx.world.readFile(f)
    if (body === undefined) {
      const why = ctx.world.listDir(f) ? 'Is a directory' : 'No such file or directory'
      yield { out: ctx.world.busybox ? `cat: ${why === 'Is a directory' ? `read error: ${why}` : `can't open '${f}': ${why}`}` : `cat: ${f}: ${why}`, err: true }
      status = 1
      continue
    }
    for (const l of lines(body)) yield { out: l }
  }
  return status
}

function* ls(argv: string[], ctx: CommandContext): Generator<ShellEvent, number> {
  const targets = argv.slice(1).filter((a) => !a.startsWith('-'))
  const long = argv.some((a) => a.startsWith('-') && a.includes('l'))
  let status = 0
  for (const t of targets.length ? targets : ['/']) {
    const entries = ctx.world.listDir(t)
    if (!entries) {
      if (ctx.world.readFile(t) !== undefined) yield { out: t }
      else {
        yield { out: ctx.world.busybox ? `ls: ${t}: No such file or directory` : `ls: cannot access '${t}': No such file or directory`, err: true }
        status = 1
      }
      continue
    }
    if (targets.length > 1) yield { out: `${t}:` }
    if (long) for (const e of entries) yield { out: `${e.endsWith('/') ? 'drwxr-xr-x' : '-rw-r--r--'}    1 root     root          4096 Sep 10 12:00 ${e.replace(/\/$/, '')}` }
    else for (const e of entries) yield { out: e.replace(/\/$/, '') }
  }
  return status
}

function* env(argv: string[], ctx: CommandContext): Generator<ShellEvent, number> {
  const vars = ctx.shell.vars
  if (argv[0] === 'printenv' && argv[1]) {
    if (vars[argv[1]] === undefined) return 1
    yield { out: vars[argv[1]] }
    return 0
  }
  for (const k of Object.keys(vars)) if (k !== 'PWD' || argv[0] === 'env') yield { out: `${k}=${vars[k]}` }
  return 0
}

/**
 * head and tail with -n N / -N, and tail's -f / -F / --follow / --retry: print the last
 * lines, then keep following (nothing else writes to the file later in the simulation).
 * `-f` on a missing file gives up ("no files"); `-F` retries, so it waits forever too.
 */
function* headTail(argv: string[], ctx: CommandContext): Generator<ShellEvent, number> {
  const name = argv[0]
  let n = 10
  let follow = false
  let retry = false
  const files: string[] = []
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]
    if (a === '-n') n = parseInt(argv[++i] ?? '10', 10)
    else if (/^-n\d+$/.test(a) || /^-\d+$/.test(a)) n = parseInt(a.replace(/^-n?/, ''), 10)
    else if (a === '--follow' || a.startsWith('--follow=')) follow = true
    else if (a === '--retry') retry = true
    else if (/^-[fFqv]+$/.test(a) && name === 'tail') {
      if (/[fF]/.test(a)) follow = true
      if (a.includes('F')) retry = true
    } else files.push(a)
  }
  if (!files.length) {
    if (follow) {
      yield { forever: true }
      return 0
    }
    const all = lines(ctx.stdin)
    for (const l of name === 'head' ? all.slice(0, n) : all.slice(Math.max(0, all.length - n))) yield { out: l }
    return 0
  }
  const text = ctx.world.readFile(files[0])
  if (text === undefined) {
    yield { out: ctx.world.busybox ? `${name}: can't open '${files[0]}': No such file or directory` : `${name}: cannot open '${files[0]}' for reading: No such file or directory`, err: true }
    if (follow && retry) {
      yield { forever: true }
      return 0
    }
    if (follow) yield { out: ctx.world.busybox ? `${name}: no files` : `${name}: no files remaining`, err: true }
    return 1
  }
  const all = lines(text)
  for (const l of name === 'head' ? all.slice(0, n) : all.slice(Math.max(0, all.length - n))) yield { out: l }
  if (follow) yield { forever: true }
  return 0
}

function* grep(argv: string[], ctx: CommandContext): Generator<ShellEvent, number> {
  const flags = argv.filter((a) => a.startsWith('-')).join('')
  const rest = argv.slice(1).filter((a) => !a.startsWith('-'))
  const pattern = rest[0] ?? ''
  const text = rest[1] ? (ctx.world.readFile(rest[1]) ?? '') : ctx.stdin
  const insensitive = flags.includes('i')
  let re: RegExp
  try {
    re = new RegExp(pattern, insensitive ? 'i' : '')
  } catch {
    re = new RegExp(pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), insensitive ? 'i' : '')
  }
  const invert = flags.includes('v')
  let found = 0
  for (const l of lines(text)) {
    if (re.test(l) !== invert) {
      found++
      if (!flags.includes('q') && !flags.includes('c')) yield { out: l }
    }
  }
  if (flags.includes('c')) yield { out: String(found) }
  return found ? 0 : 1
}

function* shell(argv: string[], ctx: CommandContext): Generator<ShellEvent, number> {
  const i = argv.indexOf('-c')
  if (i < 0) return 0
  const sub = new Shell(ctx.world, ctx.shell.limits, argv[0].replace(/^.*\//, ''), ctx.shell.clock)
  Object.assign(sub.vars, ctx.shell.vars)
  return yield* sub.script(argv[i + 1] ?? '')
}

function simple(out: (argv: string[], ctx: CommandContext) => string[] | undefined, code = 0): Builtin {
  return function* (argv, ctx) {
    const text = out(argv, ctx)
    if (!text) return 1
    for (const l of text) yield { out: l }
    return code
  }
}

function* exit(argv: string[]): Generator<ShellEvent, number> {
  throw new ExitSignal(parseInt(argv[1] ?? '0', 10) || 0)
}

function* server(argv: string[]): Generator<ShellEvent, number> {
  yield { serve: argv[0].replace(/^.*\//, '') }
  yield { forever: true }
  return 0
}

function* files(argv: string[], ctx: CommandContext): Generator<ShellEvent, number> {
  const targets = argv.slice(1).filter((a) => !a.startsWith('-'))
  if (argv[0] === 'touch') for (const t of targets) ctx.world.writeFile(t, ctx.world.readFile(t) ?? '')
  if (argv[0] === 'rm') {
    let status = 0
    for (const t of targets) {
      if (!ctx.world.removeFile(t) && !argv.some((a) => a.startsWith('-') && a.includes('f'))) {
        yield { out: `rm: can't remove '${t}': No such file or directory`, err: true }
        status = 1
      }
    }
    return status
  }
  if (argv[0] === 'mkdir') for (const t of targets) ctx.world.writeFile(`${t.replace(/\/$/, '')}/.keep`, '')
  return 0
}

export const BUILTINS: Record<string, Builtin> = {
  echo,
  printf,
  sleep,
  exit,
  test,
  '[': test,
  true: function* () {
    return 0
  },
  ':': function* () {
    return 0
  },
  false: function* () {
    return 1
  },
  cat,
  ls,
  env,
  printenv: env,
  head: headTail,
  tail: headTail,
  grep,
  sh: shell,
  bash: shell,
  ash: shell,
  zsh: shell,
  touch: files,
  rm: files,
  mkdir: files,
  cd: function* () {
    return 0
  },
  export: function* (argv, ctx) {
    for (const a of argv.slice(1)) {
      const eq = a.indexOf('=')
      if (eq > 0) ctx.shell.vars[a.slice(0, eq)] = a.slice(eq + 1)
    }
    return 0
  },
  hostname: simple((_, ctx) => [ctx.world.hostname]),
  date: simple((_, ctx) => [dateText(ctx.shell.now())]),
  whoami: simple(() => ['root']),
  id: simple(() => ['uid=0(root) gid=0(root) groups=0(root),10(wheel)']),
  pwd: simple(() => ['/']),
  uname: simple((argv) => [argv.includes('-a') ? 'Linux web 5.15.0-119-generic #129-Ubuntu SMP Fri Aug 2 19:25:20 UTC 2024 x86_64 GNU/Linux' : argv.includes('-r') ? '5.15.0-119-generic' : 'Linux']),
  seq: simple((argv) => {
    const nums = argv.slice(1).map((a) => parseInt(a, 10))
    const [first, last] = nums.length >= 2 ? [nums[0], nums[nums.length - 1]] : [1, nums[0] ?? 0]
    const out: string[] = []
    for (let i = first; i <= last && out.length < 100000; i++) out.push(String(i))
    return out
  }),
  wc: simple((argv, ctx) => {
    const l = lines(ctx.stdin)
    return [argv.includes('-l') ? String(l.length) : `${String(l.length).padStart(7)} ${String(ctx.stdin.split(/\s+/).filter(Boolean).length).padStart(7)} ${String(ctx.stdin.length).padStart(7)}`]
  }),
  nginx: function* (argv) {
    if (argv.includes('-v')) {
      yield { out: 'nginx version: nginx/1.27.1', err: true }
      return 0
    }
    if (argv.includes('-t')) {
      yield { out: 'nginx: the configuration file /etc/nginx/nginx.conf syntax is ok', err: true }
      yield { out: 'nginx: configuration file /etc/nginx/nginx.conf test is successful', err: true }
      return 0
    }
    return yield* server(argv)
  },
  'httpd-foreground': server,
  httpd: server,
  'redis-server': server,
  postgres: server,
  mysqld: server,
  'apache2-foreground': server,
  wget: webCommand,
  curl: webCommand,
  nslookup: webCommand,
  ping: webCommand,
  cp: function* () {
    return 0
  },
  kill: function* () {
    return 0
  },
  ps: simple(() => ['PID   USER     TIME  COMMAND', '    1 root      0:00 sh', '   42 root      0:00 ps']),
  df: simple(() => ['Filesystem           1K-blocks      Used Available Use% Mounted on', 'overlay               50620216  12001232  38602600  24% /']),
  free: simple(() => ['              total        used        free      shared  buff/cache   available', 'Mem:        8131992     1633448     4380148        3256     2118396     6186468', 'Swap:             0           0           0'])
}
