import type { ShellHost } from '../run'
import { fail, ok, type CommandOutput } from '../types'
import { alias, echo, exportVars, sleepSeconds, unalias, unsetVars } from './basic'
import { base64 } from './base64'
import { awk, cut, head, sort, tail, uniq, wc, type ReadInput } from './filters'
import { grep } from './grep'
import { sed } from './sed'

type Builtin = (args: string[], stdin: string, host: ShellHost) => Promise<CommandOutput> | CommandOutput

function reader(stdin: string, host: ShellHost): ReadInput {
  return async (files, tool) => {
    if (!files.length || (files.length === 1 && files[0] === '-')) return { text: stdin, stderr: '' }
    let text = ''
    let stderr = ''
    for (const f of files) {
      const content = await host.files.readFile(f)
      if (content === undefined) {
        const isDir = (await host.files.listDir(f)) !== undefined
        stderr += `${tool}: ${f}: ${isDir ? 'Is a directory' : 'No such file or directory'}\n`
      } else text += content
    }
    return { text, stderr }
  }
}

async function cat(args: string[], stdin: string, host: ShellHost): Promise<CommandOutput> {
  const { text, stderr } = await reader(stdin, host)(args.filter((a) => a !== '-n'), 'cat')
  return { stdout: text, stderr, exitCode: stderr ? 1 : 0 }
}

async function ls(args: string[], _stdin: string, host: ShellHost): Promise<CommandOutput> {
  const targets = args.filter((a) => !a.startsWith('-'))
  if (!targets.length) targets.push('.')
  let stdout = ''
  let stderr = ''
  for (const t of targets) {
    const entries = await host.files.listDir(t)
    if (entries) {
      if (targets.length > 1) stdout += `${t}:\n`
      stdout += entries.length ? [...entries].sort().join('\n') + '\n' : ''
    } else if ((await host.files.readFile(t)) !== undefined) stdout += t + '\n'
    else stderr += `ls: cannot access '${t}': No such file or directory\n`
  }
  return { stdout, stderr, exitCode: stderr ? 2 : 0 }
}

async function edit(name: string, args: string[], host: ShellHost): Promise<CommandOutput> {
  if (!host.editor) return fail(`bash: ${name}: command not found`, 127)
  const path = args.find((a) => !a.startsWith('-') && !a.startsWith('+'))
  if (!path) return fail(`${name}: a file name is needed in this console`)
  const saved = await host.editor(path, (await host.files.readFile(path)) ?? '')
  if (saved !== undefined) await host.files.writeFile(path, saved)
  return ok()
}

const builtins: Record<string, Builtin> = {
  echo: (args) => echo(args),
  true: () => ok(),
  false: () => ({ stdout: '', stderr: '', exitCode: 1 }),
  ':': () => ok(),
  pwd: (_args, _stdin, host) => ok((host.state.env.PWD ?? '/root') + '\n'),
  clear: () => ({ stdout: '', stderr: '', exitCode: 0, clear: true }),
  sleep: (args, _stdin, host) => {
    const seconds = sleepSeconds(args)
    if (typeof seconds === 'string') return fail(seconds)
    host.advanceClock(seconds)
    return ok()
  },
  export: (args, _stdin, host) => exportVars(args, host.state.env),
  unset: (args, _stdin, host) => unsetVars(args, host.state.env),
  alias: (args, _stdin, host) => alias(args, host.state.aliases),
  unalias: (args, _stdin, host) => unalias(args, host.state.aliases),
  cat,
  ls,
  grep: (args, stdin, host) => grep(args, stdin, async (p) => host.files.readFile(p)),
  head: (args, stdin, host) => head(args, reader(stdin, host)),
  tail: (args, stdin, host) => tail(args, reader(stdin, host)),
  wc: (args, stdin, host) => wc(args, reader(stdin, host)),
  sort: (args, stdin, host) => sort(args, reader(stdin, host)),
  uniq: (args, stdin, host) => uniq(args, reader(stdin, host)),
  awk: (args, stdin, host) => awk(args, reader(stdin, host)),
  cut: (args, stdin, host) => cut(args, reader(stdin, host)),
  sed: (args, stdin, host) => sed(args, stdin, host.files),
  base64: (args, stdin, host) => base64(args, reader(stdin, host)),
  vi: (args, _stdin, host) => edit('vi', args, host),
  vim: (args, _stdin, host) => edit('vim', args, host),
  nano: (args, _stdin, host) => edit('nano', args, host)
}

export const BUILTIN_NAMES = Object.keys(builtins)

export function isBuiltin(name: string): boolean {
  return Object.prototype.hasOwnProperty.call(builtins, name)
}

export async function runBuiltin(name: string, args: string[], stdin: string, host: ShellHost): Promise<CommandOutput> {
  return builtins[name](args, stdin, host)
}
