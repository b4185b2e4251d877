import { apiResourcesCommand, apiVersionsCommand } from './api-resources'
import { clusterInfoCommand } from './cluster-info'
import { configCommand } from './config'
import { createCommand } from './create'
import { getCommand } from './get'
import type { CommandSpec } from './types'
import { versionCommand } from './version'

export const COMMANDS: CommandSpec[] = [
  createCommand,
  getCommand,
  clusterInfoCommand,
  apiResourcesCommand,
  apiVersionsCommand,
  configCommand,
  versionCommand
]
