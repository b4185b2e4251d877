import { apiResourcesCommand, apiVersionsCommand } from './api-resources'
import { applyCommand } from './apply'
import { clusterInfoCommand } from './cluster-info'
import { configCommand } from './config'
import { createCommand } from './create'
import { exposeCommand } from './expose'
import { deleteCommand } from './delete'
import { describeCommand } from './describe'
import { execCommand } from './exec'
import { logsCommand } from './logs'
import { getCommand } from './get'
import { annotateCommand, labelCommand } from './label'
import { NODE_COMMANDS } from './nodes'
import { patchCommand } from './patch'
import { replaceCommand } from './replace'
import { rolloutCommand } from './rollout'
import { setCommand } from './set'
import { scaleCommand } from './scale'
import { runCommand } from './run'
import type { CommandSpec } from './types'
import { versionCommand } from './version'

export const COMMANDS: CommandSpec[] = [
  createCommand,
  applyCommand,
  exposeCommand,
  runCommand,
  deleteCommand,
  describeCommand,
  logsCommand,
  execCommand,
  scaleCommand,
  rolloutCommand,
  setCommand,
  patchCommand,
  replaceCommand,
  labelCommand,
  ...NODE_COMMANDS,
  annotateCommand,
  getCommand,
  clusterInfoCommand,
  apiResourcesCommand,
  apiVersionsCommand,
  configCommand,
  versionCommand
]
