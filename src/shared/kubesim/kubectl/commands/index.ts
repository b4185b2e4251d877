import { apiResourcesCommand, apiVersionsCommand } from './api-resources'
import { clusterInfoCommand } from './cluster-info'
import { configCommand } from './config'
import { getCommand } from './get'
import type { CommandSpec } from './types'
import { versionCommand } from './version'

export const COMMANDS: CommandSpec[] = [
  getCommand,
  clusterInfoCommand,
  apiResourcesCommand,
  apiVersionsCommand,
  configCommand,
  versionCommand
]
