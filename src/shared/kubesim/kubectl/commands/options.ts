import { optionsHelp } from '../help'
import type { CommandSpec } from './types'

// kubectl options (pkg/cmd/options/options.go): the global flags.

export const optionsCommand: CommandSpec = {
  name: 'options',
  short: 'Print the list of flags inherited by all commands',
  long: 'Print the list of flags inherited by all commands',
  examples: '  # Print flags inherited by all commands\n  kubectl options',
  usage: 'options [flags]',
  run: (ctx) => ctx.out(optionsHelp())
}
