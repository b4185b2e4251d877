import { apiResourcesCommand, apiVersionsCommand } from './api-resources'
import { applyCommand } from './apply'
import { autoscaleCommand } from './autoscale'
import { authCommand } from './auth'
import { clusterInfoCommand } from './cluster-info'
import { configCommand } from './config'
import { createCommand } from './create'
import { exposeCommand } from './expose'
import { deleteCommand } from './delete'
import { describeCommand } from './describe'
import { editCommand } from './edit'
import { eventsCommand } from './events'
import { execCommand } from './exec'
import { explainCommand } from './explain'
import { logsCommand } from './logs'
import { getCommand } from './get'
import { annotateCommand, labelCommand } from './label'
import { NODE_COMMANDS } from './nodes'
import { patchCommand } from './patch'
import { portForwardCommand } from './port-forward'
import { replaceCommand } from './replace'
import { rolloutCommand } from './rollout'
import { setCommand } from './set'
import { topCommand } from './top'
import { scaleCommand } from './scale'
import { runCommand } from './run'
import type { CommandSpec } from './types'
import { optionsCommand } from './options'
import { attachCommand, certificateCommand, completionCommand, cpCommand, debugCommand, diffCommand, kustomizeCommand, pluginCommand, proxyCommand } from './unavailable'
import { versionCommand } from './version'
import { waitCommand } from './wait'

const [cordonCommand, uncordonCommand, drainCommand, taintCommand] = ['cordon', 'uncordon', 'drain', 'taint'].map((n) => NODE_COMMANDS.find((c) => c.name === n)!)

/** In the order of `kubectl --help` (pkg/cmd/cmd.go command groups). */
export const COMMANDS: CommandSpec[] = [
  createCommand,
  exposeCommand,
  runCommand,
  setCommand,
  explainCommand,
  getCommand,
  editCommand,
  deleteCommand,
  rolloutCommand,
  scaleCommand,
  autoscaleCommand,
  certificateCommand,
  clusterInfoCommand,
  topCommand,
  cordonCommand,
  uncordonCommand,
  drainCommand,
  taintCommand,
  describeCommand,
  logsCommand,
  attachCommand,
  execCommand,
  portForwardCommand,
  proxyCommand,
  cpCommand,
  authCommand,
  debugCommand,
  eventsCommand,
  diffCommand,
  applyCommand,
  patchCommand,
  replaceCommand,
  waitCommand,
  kustomizeCommand,
  labelCommand,
  annotateCommand,
  completionCommand,
  apiResourcesCommand,
  apiVersionsCommand,
  configCommand,
  pluginCommand,
  versionCommand,
  optionsCommand
]
