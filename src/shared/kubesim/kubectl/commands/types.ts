import type { Ctx } from '../context'
import type { FlagSpec } from '../flags'

export interface CommandSpec {
  name: string
  aliases?: string[]
  /** One line for `kubectl --help`. */
  short: string
  /** The description `kubectl CMD --help` starts with. */
  long?: string
  examples?: string
  /** The "Usage:" line, without the leading `kubectl `. */
  usage: string
  flags?: FlagSpec[]
  subcommands?: CommandSpec[]
  /** Group title in `kubectl --help`. */
  group?: string
  run?: (ctx: Ctx) => Promise<void> | void
}
