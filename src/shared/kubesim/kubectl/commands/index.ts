import { getCommand } from './get'
import type { CommandSpec } from './types'

export const COMMANDS: CommandSpec[] = [getCommand]
