import { apiResourcesCommand, apiVersionsCommand } from './api-resources'
import { applyCommand } from './apply'
import { clusterInfoCommand } from './cluster-info'
import { configCommand } from './config'
import { createCommand } from './create'
import { exposeCommand } from './expose'
import { getCommand } from './get'
import { runCommand } from './run'
import type { CommandSpec } from './types'
import { versionCommand } from './version'

export const COMMANDS: CommandSpec[] = [
  createCommand,
  applyCommand,
  exposeCommand,
  runCommand,
  getCommand,
  clusterInfoCommand,
  apiResourcesCommand,
  apiVersionsCommand,
  configCommand,
  versionCommand
]
