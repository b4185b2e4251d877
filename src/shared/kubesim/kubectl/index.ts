import type { ClusterApi } from '../engine/contract'
import type { CommandOutput, EditorHook, SessionFiles } from '../shell/types'
import { COMMANDS } from './commands'
import type { CommandSpec } from './commands/types'
import { Ctx } from './context'
import { describeError, KlogError } from './errors'
import { missingRequired, parseFlags } from './flags'
import { GLOBAL_FLAGS, GLOBAL_VALUE_FLAGS } from './global-flags'
import { commandHelp, rootHelp } from './help'
import type { Kubeconfig } from './kubeconfig'

export interface KubectlEnv {
  cluster: ClusterApi
  config: Kubeconfig
  files: SessionFiles
  editor?: EditorHook
}

function levenshtein(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)])
  for (let j = 1; j <= b.length; j++) d[0][j] = j
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
  }
  return d[a.length][b.length]
}

/** cobra's "Did you mean this?" (distance at most 2, or a prefix). */
function suggestions(typed: string, commands: CommandSpec[]): string {
  const found = commands
    .filter((c) => levenshtein(typed.toLowerCase(), c.name.toLowerCase()) <= 2 || c.name.toLowerCase().startsWith(typed.toLowerCase()))
    .map((c) => c.name)
  return found.length ? `\n\nDid you mean this?\n${found.map((n) => `\t${n}\n`).join('')}` : ''
}

function findCommand(list: CommandSpec[], name: string): CommandSpec | undefined {
  return list.find((c) => c.name === name || c.aliases?.includes(name))
}

/** Splits argv into the command path (`rollout status`) and the rest, skipping global flags. */
function locate(argv: string[]): { path: CommandSpec[]; rest: string[] } | { unknown: string[]; parent: CommandSpec[] } {
  const path: CommandSpec[] = []
  const rest: string[] = []
  let list: CommandSpec[] | undefined = COMMANDS
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (a === '--') {
      rest.push(...argv.slice(i))
      break
    }
    if (a.startsWith('-') && a.length > 1) {
      rest.push(a)
      if (!a.includes('=') && GLOBAL_VALUE_FLAGS.has(a) && i + 1 < argv.length) rest.push(argv[++i])
      continue
    }
    if (list) {
      const cmd = findCommand(list, a)
      if (cmd) {
        path.push(cmd)
        list = cmd.subcommands
        continue
      }
      if (!path.length || !path[path.length - 1].run) {
        const words = argv.slice(i).filter((w, j, all) => !w.startsWith('-') && !(j > 0 && GLOBAL_VALUE_FLAGS.has(all[j - 1]) && !all[j - 1].includes('=')))
        return { unknown: words, parent: path }
      }
    }
    list = undefined
    rest.push(a)
  }
  return { path, rest }
}

/** Runs one kubectl invocation (argv without the leading `kubectl`). */
export async function runKubectl(argv: string[], stdin: string, env: KubectlEnv): Promise<CommandOutput> {
  const located = locate(argv)
  if ('unknown' in located) {
    const parent = located.parent
    if (parent.length) {
      // cmdutil.DefaultSubCommandRun
      const parentPath = ['kubectl', ...parent.map((c) => c.name)].join(' ')
      return { stdout: '', stderr: `error: unknown command "${located.unknown.join(' ')}"\nSee '${parentPath} -h' for help and examples\n`, exitCode: 1 }
    }
    // cobra's own error for the root command, with its suggestions
    const hint = suggestions(located.unknown[0], COMMANDS)
    return { stdout: '', stderr: `Error: unknown command "${located.unknown[0]}" for "kubectl"${hint}\n`, exitCode: 1 }
  }
  const { path, rest } = located
  if (!path.length) {
    const wantsHelp = rest.includes('--help') || rest.includes('-h') || !rest.length
    if (wantsHelp) return { stdout: rootHelp(COMMANDS), stderr: '', exitCode: 0 }
  }
  const cmd = path[path.length - 1]
  const commandPath = ['kubectl', ...path.map((c) => c.name)].join(' ')
  let ctx: Ctx | undefined
  try {
    const flags = parseFlags(rest, [...(cmd?.flags ?? []), ...GLOBAL_FLAGS])
    if (!cmd) {
      return { stdout: rootHelp(COMMANDS), stderr: '', exitCode: 0 }
    }
    if (flags.values.get('help') === true) {
      return { stdout: commandHelp(cmd, ['kubectl', ...path.map((c) => c.name)]), stderr: '', exitCode: 0 }
    }
    if (!cmd.run) {
      // DefaultSubCommandRun without arguments: the help, on stderr, and exit code 1
      return { stdout: '', stderr: commandHelp(cmd, ['kubectl', ...path.map((c) => c.name)]), exitCode: 1 }
    }
    const missing = missingRequired(flags, cmd.flags ?? [])
    if (missing) throw new KlogError(missing, env.cluster.now())
    ctx = new Ctx(env.cluster, env.config, env.files, stdin, flags, commandPath, env.editor)
    await cmd.run(ctx)
    return { stdout: ctx.stdout, stderr: ctx.stderr, exitCode: 0 }
  } catch (e) {
    const { text, exitCode } = describeError(e, commandPath)
    return { stdout: ctx?.stdout ?? '', stderr: (ctx?.stderr ?? '') + text, exitCode }
  }
}

