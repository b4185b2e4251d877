import type { CommandSpec } from './commands/types'
import type { FlagSpec } from './flags'
import { GLOBAL_FLAGS } from './global-flags'

// `kubectl CMD --help`, laid out as kubectl's templates (util/templates/templates.go):
// description, Examples, Options (one flag per paragraph, sorted), Usage, tips.

function defaultText(f: FlagSpec): string {
  const d = f.default
  if (Array.isArray(d)) return `[${d.join(',')}]`
  if (d !== undefined) return String(d)
  if (f.type === 'bool') return 'false'
  if (f.type === 'int') return '0'
  if (f.type === 'duration') return '0s'
  if (f.type === 'stringArray' || f.type === 'stringSlice') return '[]'
  return ''
}

function flagParagraph(f: FlagSpec): string {
  const value = f.type === 'string' ? `'${defaultText(f)}'` : defaultText(f)
  const head = f.short ? `    -${f.short}, --${f.name}=${value}:` : `    --${f.name}=${value}:`
  return `${head}\n\t${(f.usage ?? '').replace(/\n/g, '\n\t')}\n\n`
}

function flagsText(flags: FlagSpec[]): string {
  return [...flags]
    .filter((f) => !f.hidden)
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .map(flagParagraph)
    .join('')
    .trimEnd()
}

export function commandHelp(cmd: CommandSpec, path: string[]): string {
  const parts: string[] = [(cmd.long ?? cmd.short).trim()]
  if (cmd.aliases?.length) parts.push(`Aliases:\n${[cmd.name, ...cmd.aliases].join(', ')}`)
  if (cmd.examples) parts.push(`Examples:\n${cmd.examples.trimEnd()}`)
  if (cmd.subcommands?.length) {
    // cobra's rpad(name, NamePadding) (at least 11) and kubectl's three spaces
    const width = Math.max(11, ...cmd.subcommands.map((s) => s.name.length)) + 3
    parts.push(
      `Available Commands:\n${[...cmd.subcommands]
        .sort((a, b) => (a.name < b.name ? -1 : 1))
        .map((s) => `  ${s.name.padEnd(width)}${s.short}`)
        .join('\n')}`
    )
  }
  const flags = (cmd.flags ?? []).filter((f) => !f.hidden)
  if (flags.length) parts.push(`Options:\n${flagsText(flags)}`)
  // templates.go usageLine: " [options]" unless the Use line already has it
  parts.push(`Usage:\n  kubectl ${cmd.usage}${cmd.usage.includes('[options]') ? '' : ' [options]'}`)
  const tips: string[] = []
  if (cmd.subcommands?.length) tips.push(`Use "${path.join(' ')} <command> --help" for more information about a given command.`)
  tips.push('Use "kubectl options" for a list of global command-line options (applies to all commands).')
  parts.push(tips.join('\n'))
  return parts.join('\n\n') + '\n'
}

export function optionsHelp(): string {
  return `The following options can be passed to any command:\n\n${flagsText(GLOBAL_FLAGS.filter((f) => f.name !== 'help'))}\n`
}

export function rootHelp(commands: CommandSpec[]): string {
  const groups = new Map<string, CommandSpec[]>()
  for (const c of commands) {
    if (!c.group) continue
    const list = groups.get(c.group) ?? []
    list.push(c)
    groups.set(c.group, list)
  }
  let text = 'kubectl controls the Kubernetes cluster manager.\n\n Find more information at: https://kubernetes.io/docs/reference/kubectl/\n\n'
  for (const [title, list] of groups) {
    // kubectl lists plugin commands (none here) just before "Other Commands"
    if (title === 'Other Commands') text += 'Subcommands provided by plugins:\n\n'
    text += `${title}:\n`
    for (const c of list) text += `  ${c.name.padEnd(16)}${c.short}\n`
    text += '\n'
  }
  text +=
    'Usage:\n  kubectl [flags] [options]\n\n' +
    'Use "kubectl <command> --help" for more information about a given command.\n' +
    'Use "kubectl options" for a list of global command-line options (applies to all commands).\n'
  return text
}
