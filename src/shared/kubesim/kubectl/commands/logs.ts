import type { Ctx } from '../context'
import { CmdError, usageError } from '../errors'
import { flagBool, flagInt, flagString } from '../flags'
import { SELECTOR_FLAG } from './shared-flags'
import { containerFor, podForArg } from './pod-for'
import type { CommandSpec } from './types'

// kubectl logs (pkg/cmd/logs/logs.go): what the container printed, as the kubelet
// returns it; -f prints what is there and returns.

const USAGE = "expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command"

function seconds(text: string): number {
  let total = 0
  for (const [, n, unit] of text.matchAll(/([\d.]+)(ms|s|m|h)/g)) total += Number(n) * ({ ms: 0.001, s: 1, m: 60, h: 3600 } as Record<string, number>)[unit]
  return total
}

async function runLogs(ctx: Ctx): Promise<void> {
  const args = ctx.flags.args
  const selector = flagString(ctx.flags, 'selector')
  if (!args.length && !selector) throw usageError(ctx.commandPath, USAGE)
  if (args.length && selector) throw usageError(ctx.commandPath, 'only a selector (-l) or a POD name is allowed')
  if (args.length > 2) throw usageError(ctx.commandPath, USAGE)
  let container = flagString(ctx.flags, 'container')
  if (args.length === 2) {
    if (container) throw new CmdError('only one of -c or an inline [CONTAINER] arg is allowed')
    container = args[1]
  }
  const allContainers = flagBool(ctx.flags, 'all-containers')
  if (allContainers && container) throw new CmdError(`--all-containers=true should not be specified with container name ${container}`)
  const tail = ctx.flags.changed.has('tail') ? flagInt(ctx.flags, 'tail') : selector ? 10 : -1
  if (tail < -1) throw new CmdError('--tail must be greater than or equal to -1')
  const since = ctx.flags.changed.has('since') ? flagString(ctx.flags, 'since') : ''
  const sinceSeconds = since ? seconds(since) : undefined
  if (since && !sinceSeconds) throw new CmdError('--since must be greater than 0')
  const opts = {
    previous: flagBool(ctx.flags, 'previous'),
    timestamps: flagBool(ctx.flags, 'timestamps'),
    ...(tail >= 0 ? { tail } : {}),
    ...(sinceSeconds ? { sinceSeconds } : {})
  }
  const prefix = flagBool(ctx.flags, 'prefix')
  const pods = selector
    ? ctx.cluster.list('pods', ctx.namespace, { labelSelector: selector }, ctx.user)
    : [podForArg(ctx, args[0], (n, pod) => ctx.err(`Found ${n} pods, using pod/${pod.metadata.name}\n`))]
  if (selector && !pods.length) {
    ctx.err(`No resources found in ${ctx.namespace} namespace.\n`)
    return
  }
  const max = flagInt(ctx.flags, 'max-log-requests')
  if (selector && pods.length > max) {
    throw new CmdError(`you are attempting to follow ${pods.length} log streams, but maximum allowed concurrency is ${max}, use --max-log-requests to increase the limit`)
  }
  for (const pod of pods) {
    const names = allContainers
      ? (pod.spec?.containers ?? []).map((c: { name: string }) => c.name)
      : [container ? containerFor(ctx, pod, container) : containerFor(ctx, pod, '', !!selector)]
    for (const name of names) {
      const text = ctx.cluster.logs(ctx.namespace, pod.metadata.name, { ...opts, container: name })
      ctx.out(prefix ? text.split('\n').filter((l, i, a) => l || i < a.length - 1).map((l) => `[pod/${pod.metadata.name}/${name}] ${l}\n`).join('') : text)
    }
  }
}

export const logsCommand: CommandSpec = {
  name: 'logs',
  group: 'Troubleshooting and Debugging Commands',
  short: 'Print the logs for a container in a pod',
  long: 'Print the logs for a container in a pod or specified resource. If the pod has only one container, the container name is optional.',
  examples: `  # Return snapshot logs from pod nginx with only one container
  kubectl logs nginx
  
  # Return snapshot logs from pod nginx with multi containers
  kubectl logs nginx --all-containers=true
  
  # Return snapshot logs from all containers in pods defined by label app=nginx
  kubectl logs -l app=nginx --all-containers=true
  
  # Return snapshot of previous terminated ruby container logs from pod web-1
  kubectl logs -p -c ruby web-1
  
  # Begin streaming the logs of the ruby container in pod web-1
  kubectl logs -f -c ruby web-1
  
  # Display only the most recent 20 lines of output in pod nginx
  kubectl logs --tail=20 nginx
  
  # Show all logs from pod nginx written in the last hour
  kubectl logs --since=1h nginx
  
  # Return snapshot logs from first container of a job named hello
  kubectl logs job/hello
  
  # Return snapshot logs from container nginx-1 of a deployment named nginx
  kubectl logs deployment/nginx -c nginx-1`,
  usage: 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]',
  flags: [
    SELECTOR_FLAG,
    { name: 'container', short: 'c', type: 'string', usage: 'Print the logs of this container' },
    { name: 'follow', short: 'f', type: 'bool', usage: 'Specify if the logs should be streamed.' },
    { name: 'previous', short: 'p', type: 'bool', usage: 'If true, print the logs for the previous instance of the container in a pod if it exists.' },
    { name: 'timestamps', type: 'bool', usage: 'Include timestamps on each line in the log output' },
    { name: 'tail', type: 'int', default: -1, usage: 'Lines of recent log file to display. Defaults to -1 with no selector, showing all log lines otherwise 10, if a selector is provided.' },
    { name: 'since', type: 'duration', default: '0s', usage: 'Only return logs newer than a relative duration like 5s, 2m, or 3h. Defaults to all logs. Only one of since-time / since may be used.' },
    { name: 'since-time', type: 'string', usage: 'Only return logs after a specific date (RFC3339). Defaults to all logs. Only one of since-time / since may be used.' },
    { name: 'all-containers', type: 'bool', usage: 'Get all containers\' logs in the pod(s).' },
    { name: 'prefix', type: 'bool', usage: 'Prefix each log line with the log source (pod name and container name)' },
    { name: 'max-log-requests', type: 'int', default: 5, usage: 'Specify maximum number of concurrent logs to follow when using by a selector. Defaults to 5.' },
    { name: 'limit-bytes', type: 'int', usage: 'Maximum bytes of logs to return. Defaults to no limit.' },
    { name: 'pod-running-timeout', type: 'duration', default: '20s', usage: 'The length of time (like 5s, 2m, or 3h, higher than zero) to wait until at least one pod is running' },
    { name: 'ignore-errors', type: 'bool', usage: 'If watching / following pod logs, allow for any errors that occur to be non-fatal' }
  ],
  run: runLogs
}
