import type { Ctx } from '../context'
import { CmdError, RawError, usageError } from '../errors'
import { flagBool, flagString } from '../flags'
import { containerFor, podForArg } from './pod-for'
import type { CommandSpec } from './types'

// kubectl exec (pkg/cmd/exec/exec.go): runs a simple command in a container and
// passes on its output and exit code.

const SHELLS = new Set(['sh', 'bash', '/bin/sh', '/bin/bash', 'ash', 'zsh'])

async function runExec(ctx: Ctx): Promise<void> {
  const args = ctx.flags.args
  const dash = ctx.flags.argsLenAtDash
  if (dash < 0 && args.length > 1) throw usageError(ctx.commandPath, 'exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead')
  const target = args.length && dash !== 0 ? args[0] : ''
  const command = dash > -1 ? args.slice(dash) : []
  if (!target) throw new CmdError('pod, type/name or --filename must be specified')
  if (!command.length) throw new CmdError('you must specify at least one command for the container')
  const pod = podForArg(ctx, target)
  const phase = pod.status?.phase
  if (phase === 'Succeeded' || phase === 'Failed') throw new CmdError(`cannot exec into a container in a completed pod; current phase is ${phase}`)
  const container = containerFor(ctx, pod, flagString(ctx.flags, 'container'), flagBool(ctx.flags, 'quiet'))
  if (command.length === 1 && SHELLS.has(command[0]) && flagBool(ctx.flags, 'stdin')) {
    throw new CmdError(`this console cannot open an interactive shell in "${pod.metadata.name}"; run one command instead, for example: kubectl exec ${pod.metadata.name} -- ls /`)
  }
  const result = ctx.cluster.exec(ctx.namespace, pod.metadata.name, container, command)
  ctx.out(result.stdout)
  ctx.err(result.stderr)
  if (result.exitCode !== 0) throw new RawError(`command terminated with exit code ${result.exitCode}`, result.exitCode)
}

export const execCommand: CommandSpec = {
  name: 'exec',
  group: 'Troubleshooting and Debugging Commands',
  short: 'Execute a command in a container',
  long: 'Execute a command in a container.',
  examples: `  # Get output from running the 'date' command from pod mypod, using the first container by default
  kubectl exec mypod -- date
  
  # Get output from running the 'date' command in ruby-container from pod mypod
  kubectl exec mypod -c ruby-container -- date
  
  # List contents of /usr from the first container of pod mypod and sort by modification time
  # If the command you want to execute in the pod has any flags in common (e.g. -i),
  # you must use two dashes (--) to separate your command's flags/arguments
  # Also note, do not surround your command and its flags/arguments with quotes
  # unless that is how you would execute it normally (i.e., do ls -t /usr, not "ls -t /usr")
  kubectl exec mypod -i -t -- ls -t /usr
  
  # Get output from running 'date' command from the first pod of the deployment mydeployment, using the first container by default
  kubectl exec deploy/mydeployment -- date
  
  # Get output from running 'date' command from the first pod of the service myservice, using the first container by default
  kubectl exec svc/myservice -- date`,
  usage: 'exec (POD | TYPE/NAME) [-c CONTAINER] [flags] -- COMMAND [args...]',
  flags: [
    { name: 'container', short: 'c', type: 'string', usage: 'Container name. If omitted, use the kubectl.kubernetes.io/default-container annotation for selecting the container to be attached or the first container in the pod will be chosen' },
    { name: 'stdin', short: 'i', type: 'bool', usage: 'Pass stdin to the container' },
    { name: 'tty', short: 't', type: 'bool', usage: 'Stdin is a TTY' },
    { name: 'quiet', short: 'q', type: 'bool', usage: 'Only print output from the remote session' },
    { name: 'filename', short: 'f', type: 'stringSlice', usage: 'to use to exec into the resource' },
    { name: 'pod-running-timeout', type: 'duration', default: '1m0s', usage: 'The length of time (like 5s, 2m, or 3h, higher than zero) to wait until at least one pod is running' }
  ],
  run: runExec
}
