import type { CommandList, Pipeline, SimpleCommand } from './ast'
import { runBuiltin, isBuiltin } from './builtins'
import { expandHeredoc, expandWord, expandWords, type ExpandContext } from './expand'
import { parseCommandLine } from './parser'
import { splitScript } from './script'
import type { CommandIO, CommandOutput, EditorHook, RunResult, SessionFiles } from './types'

/** A program the shell can start besides its builtins (`kubectl`, `kubesim`). */
export type Program = (argv: string[], io: CommandIO) => Promise<CommandOutput>

export interface ShellState {
  env: Record<string, string>
  aliases: Record<string, string>
  lastExit: number
}

export interface ShellHost {
  state: ShellState
  files: SessionFiles
  programs: Record<string, Program>
  advanceClock(seconds: number): void
  editor?: EditorHook
}

export function defaultShellState(): ShellState {
  return { env: { HOME: '/root', USER: 'root', SHELL: '/bin/bash', PWD: '/root' }, aliases: { k: 'kubectl' }, lastExit: 0 }
}

class Collector {
  readonly output: RunResult['output'] = []
  clear = false
  push(stream: 'stdout' | 'stderr', text: string): void {
    if (!text) return
    const last = this.output[this.output.length - 1]
    if (last?.stream === stream) last.text += text
    else this.output.push({ stream, text })
  }
  result(exitCode: number): RunResult {
    const pick = (s: 'stdout' | 'stderr'): string =>
      this.output
        .filter((o) => o.stream === s)
        .map((o) => o.text)
        .join('')
    const r: RunResult = { stdout: pick('stdout'), stderr: pick('stderr'), exitCode, output: this.output }
    if (this.clear) r.clear = true
    return r
  }
}

/** Runs everything in `text` (one or several commands, heredocs included) and gathers what it printed. */
export async function runShell(text: string, host: ShellHost, stdin = ''): Promise<RunResult> {
  const out = new Collector()
  let code = host.state.lastExit
  for (const cmd of splitScript(text)) {
    if (cmd.error) {
      out.push('stderr', `bash: ${cmd.error}\n`)
      if (!cmd.list) {
        code = 2
        host.state.lastExit = code
        continue
      }
    }
    code = await runList(cmd.list!, host, out, stdin)
    host.state.lastExit = code
  }
  return out.result(code)
}

async function runList(list: CommandList, host: ShellHost, out: Collector, stdin: string): Promise<number> {
  let code = host.state.lastExit
  for (const item of list.items) {
    code = await runPipeline(item.first, host, out, stdin)
    host.state.lastExit = code
    for (const next of item.rest) {
      if ((next.op === '&&') !== (code === 0)) continue
      code = await runPipeline(next.pipeline, host, out, stdin)
      host.state.lastExit = code
    }
  }
  return code
}

function expandContext(host: ShellHost): ExpandContext {
  return {
    vars: (name) => (name === '?' ? String(host.state.lastExit) : name === '$' ? '4242' : Object.hasOwn(host.state.env, name) ? host.state.env[name] : ''),
    listDir: async (path) => host.files.listDir(path),
    substitute: async (source) => {
      const inner = new Collector()
      const saved = host.state.lastExit
      try {
        const code = await runList(parseCommandLine(source).list, host, inner, '')
        host.state.lastExit = code
      } catch {
        host.state.lastExit = saved
      }
      // stderr of `$(…)` still reaches the terminal in bash; it is dropped here with the rest of the substitution.
      return inner.result(0).stdout
    }
  }
}

async function runPipeline(p: Pipeline, host: ShellHost, out: Collector, stdin: string): Promise<number> {
  let data = stdin
  let code = 0
  for (let i = 0; i < p.commands.length; i++) {
    const last = i === p.commands.length - 1
    const r = await runSimple(p.commands[i], host, data)
    if (r.clear) out.clear = true
    out.push('stderr', r.stderr)
    if (last) out.push('stdout', r.stdout)
    data = r.stdout
    code = r.exitCode
  }
  return code
}

function aliasWords(name: string, host: ShellHost): string[] | undefined {
  if (!Object.hasOwn(host.state.aliases, name)) return undefined
  const value = host.state.aliases[name]
  try {
    const first = parseCommandLine(value).list.items[0]?.first.commands[0]
    return first?.words.map((w) => w.map((p) => (p.kind === 'text' ? p.text : '')).join('')) ?? []
  } catch {
    return [value]
  }
}

async function runSimple(cmd: SimpleCommand, host: ShellHost, stdin: string): Promise<CommandOutput> {
  const ctx = expandContext(host)
  let argv = await expandWords(cmd.words, ctx)
  const first = cmd.words[0]
  if (first && first.length === 1 && first[0].kind === 'text' && !first[0].quoted) {
    const replaced = aliasWords(argv[0], host)
    if (replaced) argv = [...replaced, ...argv.slice(1)]
  }
  if (!argv.length) {
    for (const a of cmd.assignments) host.state.env[a.name] = (await expandWord(a.value, { ...ctx, listDir: undefined })).join(' ')
  }

  let input = stdin
  if (cmd.heredoc) {
    input = cmd.heredoc.quoted ? cmd.heredoc.body : expandHeredoc(cmd.heredoc.body, ctx.vars)
  }
  const writes: { fd: 1 | 2; path: string; append: boolean }[] = []
  let mergeErr = false
  for (const r of cmd.redirects) {
    const target = (await expandWord(r.target, ctx)).join(' ')
    if (r.op === '<') {
      const text = await host.files.readFile(target)
      if (text === undefined) return { stdout: '', stderr: `bash: ${target}: No such file or directory\n`, exitCode: 1 }
      input = text
    } else if (r.op === '>&') {
      if (r.fd === 2 && target === '1') mergeErr = true
    } else {
      writes.push({ fd: r.fd === 2 ? 2 : 1, path: target, append: r.op === '>>' })
    }
  }

  let result: CommandOutput
  if (!argv.length) result = { stdout: '', stderr: '', exitCode: 0 }
  else result = await dispatch(argv, host, input)
  if (mergeErr) result = { ...result, stdout: result.stdout + result.stderr, stderr: '' }

  for (const w of writes) {
    const text = w.fd === 1 ? result.stdout : result.stderr
    if (w.fd === 1) result = { ...result, stdout: '' }
    else result = { ...result, stderr: '' }
    if (w.path === '/dev/null') continue
    let content = text
    if (w.append) content = ((await host.files.readFile(w.path)) ?? '') + text
    try {
      await host.files.writeFile(w.path, content)
    } catch (e) {
      const reason = e instanceof Error && e.message ? e.message : 'Permission denied'
      return { stdout: result.stdout, stderr: result.stderr + `bash: ${w.path}: ${reason}\n`, exitCode: 1 }
    }
  }
  return result
}

async function dispatch(argv: string[], host: ShellHost, stdin: string): Promise<CommandOutput> {
  const [name, ...args] = argv
  try {
    const program = Object.hasOwn(host.programs, name) ? host.programs[name] : undefined
    if (program) return await program(args, { stdin })
    if (isBuiltin(name)) return await runBuiltin(name, args, stdin, host)
  } catch (e) {
    // a bug in the simulator: reported like a failing program, never thrown at the terminal
    return { stdout: '', stderr: `${name}: internal error in the simulator: ${e instanceof Error ? e.message : String(e)}\n`, exitCode: 1 }
  }
  return { stdout: '', stderr: `bash: ${name}: command not found\n`, exitCode: 127 }
}
