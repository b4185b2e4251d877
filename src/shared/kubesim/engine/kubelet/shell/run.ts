// The interpreter: walks the syntax tree as a generator of output and sleep events, so the
// kubelet can replay a container's life up to any instant (logs) or find when it exits.
import { parseScript, ShellSyntaxError, type Node, type Part, type Word } from './parse'
import { BUILTINS, type CommandContext } from './builtins'
import type { ShellEvent, ShellWorld } from './world'

export class ExitSignal {
  constructor(readonly code: number) {}
}

export interface RunLimits {
  /** Stop replaying once this much simulated time has elapsed (ms). */
  horizon: number
  /** Keep at least this many trailing output lines when skipping loop iterations. */
  keepLines: number
}

const MAX_STEPS = 200000

/** Simulated time spent by a process and every shell it starts. */
export interface Clock {
  elapsed: number
  steps: number
}

export class Shell {
  readonly vars: Record<string, string>
  readonly clock: Clock
  lastStatus = 0

  constructor(
    readonly world: ShellWorld,
    readonly limits: RunLimits = { horizon: Infinity, keepLines: Infinity },
    readonly name = 'sh',
    clock?: Clock
  ) {
    this.vars = { ...world.env, HOSTNAME: world.hostname, HOME: world.env.HOME ?? '/root', PWD: '/' }
    this.clock = clock ?? { elapsed: 0, steps: 0 }
  }

  get elapsed(): number {
    return this.clock.elapsed
  }

  set elapsed(ms: number) {
    this.clock.elapsed = ms
  }

  get steps(): number {
    return this.clock.steps
  }

  set steps(n: number) {
    this.clock.steps = n
  }

  now(): number {
    return this.world.start + this.elapsed
  }

  *script(text: string): Generator<ShellEvent, number> {
    let node: Node
    try {
      node = parseScript(text)
    } catch (e) {
      if (e instanceof ShellSyntaxError) {
        yield { out: `${this.name}: ${e.message}`, err: true }
        return 2
      }
      throw e
    }
    try {
      return yield* this.exec(node, '')
    } catch (e) {
      if (e instanceof ExitSignal) return e.code
      throw e
    }
  }

  *exec(node: Node, stdin: string): Generator<ShellEvent, number> {
    if (++this.steps > MAX_STEPS) {
      yield { forever: true }
      return 0
    }
    switch (node.t) {
      case 'seq': {
        let status = 0
        for (const item of node.items) status = yield* this.exec(item, stdin)
        return status
      }
      case 'and': {
        const left = yield* this.exec(node.left, stdin)
        return left === 0 ? yield* this.exec(node.right, stdin) : left
      }
      case 'or': {
        const left = yield* this.exec(node.left, stdin)
        return left !== 0 ? yield* this.exec(node.right, stdin) : left
      }
      case 'not':
        return (yield* this.exec(node.body, stdin)) === 0 ? 1 : 0
      case 'pipe': {
        let input = stdin
        let status = 0
        for (let i = 0; i < node.items.length; i++) {
          const last = i === node.items.length - 1
          if (last) status = yield* this.exec(node.items[i], input)
          else {
            const captured: string[] = []
            for (const ev of this.capture(node.items[i], input, captured)) yield ev
            input = captured.join('\n') + (captured.length ? '\n' : '')
          }
        }
        return status
      }
      case 'loop':
        return yield* this.loop(node)
      case 'for': {
        let status = 0
        const items: string[] = []
        for (const w of node.items) items.push(...(yield* this.expandWords([w])))
        for (const item of items) {
          this.vars[node.name] = item
          status = yield* this.exec(node.body, stdin)
        }
        return status
      }
      case 'if': {
        const cond = yield* this.exec(node.cond, stdin)
        if (cond === 0) return yield* this.exec(node.then, stdin)
        return node.else ? yield* this.exec(node.else, stdin) : 0
      }
      case 'cmd':
        return yield* this.command(node, stdin)
    }
  }

  /** Runs a node, collecting its stdout into `into` instead of emitting it. */
  private *capture(node: Node, stdin: string, into: string[]): Generator<ShellEvent, number> {
    const gen = this.exec(node, stdin)
    for (;;) {
      const r = gen.next()
      if (r.done) return r.value
      const ev = r.value
      if ('out' in ev && !ev.err) into.push(ev.out)
      else yield ev
    }
  }

  private *loop(node: Extract<Node, { t: 'loop' }>): Generator<ShellEvent, number> {
    let status = 0
    const infinite = node.cond.t === 'cmd' && node.cond.argv.length === 1 && ['true', ':'].includes(literal(node.cond.argv[0]))
    let previous: { duration: number; lines: number; vars: string } | undefined
    for (;;) {
      const cond = yield* this.exec(node.cond, '')
      if ((cond === 0) === node.until) return status
      const began = this.elapsed
      const varsBefore = JSON.stringify(this.vars)
      let lines = 0
      const gen = this.exec(node.body, '')
      for (;;) {
        const r = gen.next()
        if (r.done) {
          status = r.value
          break
        }
        if ('out' in r.value) lines++
        yield r.value
      }
      const duration = this.elapsed - began
      if (duration === 0 && this.steps > MAX_STEPS / 2) {
        yield { forever: true }
        return status
      }
      const vars = JSON.stringify(this.vars)
      if (infinite && duration > 0 && previous && previous.duration === duration && previous.lines === lines && vars === varsBefore) {
        // A steady loop: jump over the iterations whose output nobody will read.
        const left = this.limits.horizon - this.elapsed
        if (!Number.isFinite(left)) {
          yield { forever: true }
          return status
        }
        const keep = lines > 0 ? Math.ceil(this.limits.keepLines / lines) + 1 : 1
        const skip = Math.floor(left / duration) - keep
        if (skip > 0) this.elapsed += skip * duration
      }
      previous = { duration, lines, vars }
      if (this.elapsed > this.limits.horizon) {
        yield { forever: true }
        return status
      }
    }
  }

  private *command(node: Extract<Node, { t: 'cmd' }>, stdin: string): Generator<ShellEvent, number> {
    for (const [name, word] of node.assigns) this.vars[name] = (yield* this.expandWord(word, false)).join(' ')
    const argv = yield* this.expandWords(node.argv)
    if (argv.length === 0) return 0
    let outFile: { path: string; append: boolean } | undefined
    let errToOut = false
    let errNull = false
    let input = stdin
    for (const r of node.redirects) {
      const target = (yield* this.expandWord(r.target, false)).join(' ')
      if (r.op === '<') input = this.world.readFile(target) ?? ''
      else if (r.op === '>&') {
        if (r.fd === 2 && target === '1') errToOut = true
      } else if (r.fd === 2) errNull = target === '/dev/null'
      else outFile = { path: target, append: r.op === '>>' }
    }
    const collected: string[] = []
    const ctx: CommandContext = { shell: this, stdin: input, world: this.world }
    const gen = this.invoke(argv, ctx)
    let status = 0
    for (;;) {
      const r = gen.next()
      if (r.done) {
        status = r.value
        break
      }
      const ev = r.value
      if ('out' in ev) {
        if (ev.err && errNull) continue
        if (outFile && (!ev.err || errToOut)) collected.push(ev.out)
        else yield ev
      } else yield ev
    }
    if (outFile && outFile.path !== '/dev/null') {
      const body = collected.map((l) => `${l}\n`).join('')
      const prev = outFile.append ? (this.world.readFile(outFile.path) ?? '') : ''
      this.world.writeFile(outFile.path, prev + body)
    }
    this.lastStatus = status
    return status
  }

  *invoke(argv: string[], ctx: CommandContext): Generator<ShellEvent, number> {
    const name = argv[0]
    const base = name.includes('/') ? name.slice(name.lastIndexOf('/') + 1) : name
    const builtin = BUILTINS[base]
    const always = ['echo', 'true', 'false', ':', 'exit', 'test', '[', 'printf', 'cd', 'export', 'set', 'read', 'sleep', 'unset', 'shift', 'return']
    if (builtin && (always.includes(base) || this.world.tools.has(base))) return yield* builtin(argv, ctx)
    yield { out: this.world.busybox ? `${this.name}: ${name}: not found` : `${this.name}: 1: ${name}: not found`, err: true }
    return 127
  }

  *expandWords(words: Word[]): Generator<ShellEvent, string[]> {
    const out: string[] = []
    for (const w of words) out.push(...(yield* this.expandWord(w, true)))
    return out
  }

  /** Expands one word; unquoted expansions split on whitespace when `split`. */
  *expandWord(word: Word, split: boolean): Generator<ShellEvent, string[]> {
    const fields: string[] = ['']
    let sawQuote = false
    const push = (text: string, splittable: boolean): void => {
      if (!splittable || !split) {
        fields[fields.length - 1] += text
        return
      }
      const pieces = text.split(/\s+/)
      fields[fields.length - 1] += pieces[0]
      for (let i = 1; i < pieces.length; i++) fields.push(pieces[i])
    }
    for (const part of word) {
      if ('quoted' in part) {
        sawQuote = true
        for (const p of part.quoted) push(yield* this.expandPart(p), false)
      } else if ('lit' in part) push(part.lit, false)
      else push(yield* this.expandPart(part), true)
    }
    const out = fields.filter((f, i) => f !== '' || sawQuote || (i > 0 && i < fields.length - 1))
    return out.length ? out : sawQuote ? [''] : []
  }

  private *expandPart(part: Part): Generator<ShellEvent, string> {
    if ('lit' in part) return part.lit
    if ('var' in part) {
      const name = part.var
      if (name === '?') return String(this.lastStatus)
      if (name === '$') return '1'
      if (name === '#') return '0'
      const m = /^([A-Za-z_][A-Za-z0-9_]*)(:?[-=+])(.*)$/.exec(name)
      if (m) {
        const v = this.vars[m[1]]
        const unset = m[2].startsWith(':') ? !v : v === undefined
        if (m[2].endsWith('-')) return unset ? m[3] : v
        if (m[2].endsWith('=')) return unset ? (this.vars[m[1]] = m[3]) : v
        return unset ? '' : m[3]
      }
      return this.vars[name] ?? ''
    }
    if ('arith' in part) return String(arithmetic(part.arith, this.vars))
    if ('sub' in part) {
      const captured: string[] = []
      const sub = new Shell(this.world, this.limits, this.name, this.clock)
      Object.assign(sub.vars, this.vars)
      try {
        const gen = sub.script(part.sub)
        for (;;) {
          const r = gen.next()
          if (r.done) break
          if ('out' in r.value && !r.value.err) captured.push(r.value.out)
          else yield r.value
        }
      } catch (e) {
        if (!(e instanceof ExitSignal)) throw e
      }
      return captured.join('\n')
    }
    return ''
  }
}

function literal(word: Word): string {
  return word.map((p) => ('lit' in p ? p.lit : '')).join('')
}

/** $((…)): integers, + - * / %, comparisons, parentheses and variables. */
export function arithmetic(expr: string, vars: Record<string, string>): number {
  const tokens = expr.match(/\d+|[A-Za-z_][A-Za-z0-9_]*|==|!=|<=|>=|&&|\|\||[-+*/%()<>!]/g) ?? []
  let i = 0
  const value = (name: string): number => parseInt(vars[name] ?? '0', 10) || 0
  const primary = (): number => {
    const t = tokens[i++]
    if (t === '(') {
      const v = or()
      i++
      return v
    }
    if (t === '-') return -primary()
    if (t === '+') return primary()
    if (t === '!') return primary() ? 0 : 1
    if (t === undefined) return 0
    if (/^\d+$/.test(t)) return parseInt(t, 10)
    return value(t.startsWith('$') ? t.slice(1) : t)
  }
  const mul = (): number => {
    let v = primary()
    while (['*', '/', '%'].includes(tokens[i])) {
      const op = tokens[i++]
      const r = primary()
      v = op === '*' ? v * r : r === 0 ? 0 : op === '/' ? Math.trunc(v / r) : v % r
    }
    return v
  }
  const add = (): number => {
    let v = mul()
    while (tokens[i] === '+' || tokens[i] === '-') v = tokens[i++] === '+' ? v + mul() : v - mul()
    return v
  }
  const cmp = (): number => {
    let v = add()
    while (['<', '>', '<=', '>=', '==', '!='].includes(tokens[i])) {
      const op = tokens[i++]
      const r = add()
      v = Number(op === '<' ? v < r : op === '>' ? v > r : op === '<=' ? v <= r : op === '>=' ? v >= r : op === '==' ? v === r : v !== r)
    }
    return v
  }
  const and = (): number => {
    let v = cmp()
    while (tokens[i] === '&&') {
      i++
      const r = cmp()
      v = Number(!!v && !!r)
    }
    return v
  }
  const or = (): number => {
    let v = and()
    while (tokens[i] === '||') {
      i++
      const r = and()
      v = Number(!!v || !!r)
    }
    return v
  }
  return or()
}
