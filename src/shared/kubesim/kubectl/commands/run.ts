import type { KubeObject } from '../../engine/contract'
import type { Ctx } from '../context'
import { CmdError, usageError } from '../errors'
import { flagBool, flagList, flagString } from '../flags'
import { toKubectlYaml } from '../output/goyaml'
import { printObjects, toKubectlJson } from '../output/generic'
import { outputFormat } from '../print'
import { applyOverrides, OVERRIDE_FLAGS } from '../overrides'
import { createAndPrintObject, serviceForExpose } from './run-objects'
import { dryRunStrategy, generatorFlags } from './create/common'
import type { CommandSpec } from './types'

// kubectl run (pkg/cmd/run/run.go and generate/versioned/run.go BasicPod).
// With -i/--attach the simulator waits for the pod as kubectl does (the simulated
// clock moves during that wait), then prints what the container wrote.

const IMAGE_REF = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?::[0-9]+)?(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[\w][\w.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?$/

function parseEnv(list: string[]): { name: string; value: string }[] {
  return list.map((e) => {
    const i = e.indexOf('=')
    if (i <= 0) throw new CmdError(`invalid env: ${e}`)
    return { name: e.slice(0, i), value: e.slice(i + 1) }
  })
}

function parseLabels(spec: string): Record<string, string> {
  const labels: Record<string, string> = {}
  for (const part of spec.split(',')) {
    const [k, v] = part.split('=')
    if (v === undefined || !k) throw new CmdError(`invalid label spec: ${part}`)
    labels[k] = v
  }
  return labels
}

function podObject(ctx: Ctx, name: string, restart: string): Record<string, unknown> {
  const args = ctx.flags.args.slice(1)
  const annotations = Object.fromEntries(flagList(ctx.flags, 'annotations').map((a) => {
    const i = a.indexOf('=')
    if (i <= 0) throw new CmdError(`invalid annotation spec: ${a}`)
    return [a.slice(0, i), a.slice(i + 1)]
  }))
  const labelSpec = flagString(ctx.flags, 'labels')
  const env = parseEnv(flagList(ctx.flags, 'env'))
  const port = flagString(ctx.flags, 'port')
  if (port && !/^\d+$/.test(port)) throw new CmdError(`strconv.Atoi: parsing ${JSON.stringify(port)}: invalid syntax`)
  const pullPolicy = flagString(ctx.flags, 'image-pull-policy')
  const stdin = flagBool(ctx.flags, 'stdin')
  const container: Record<string, unknown> = {
    name,
    image: flagString(ctx.flags, 'image'),
    ...(args.length ? (flagBool(ctx.flags, 'command') ? { command: args } : { args }) : {}),
    ...(port ? { ports: [{ containerPort: Number(port) }] } : {}),
    ...(env.length ? { env } : {}),
    resources: {},
    ...(pullPolicy ? { imagePullPolicy: pullPolicy } : {}),
    ...(flagBool(ctx.flags, 'privileged') ? { securityContext: { privileged: true } } : {}),
    ...(stdin ? { stdin: true, stdinOnce: !flagBool(ctx.flags, 'leave-stdin-open') } : {}),
    ...(flagBool(ctx.flags, 'tty') ? { tty: true } : {})
  }
  const sa = flagString(ctx.flags, 'serviceaccount')
  return {
    kind: 'Pod',
    apiVersion: 'v1',
    metadata: {
      name,
      creationTimestamp: null,
      labels: labelSpec ? parseLabels(labelSpec) : { run: name },
      ...(Object.keys(annotations).length ? { annotations } : {})
    },
    spec: {
      containers: [container],
      restartPolicy: restart,
      dnsPolicy: 'ClusterFirst',
      ...(sa ? { serviceAccountName: sa } : {})
    },
    status: {}
  }
}

/** Waits as kubectl attach does (up to --pod-running-timeout), moving the simulated clock. */
function waitForPod(ctx: Ctx, name: string, done: (pod: KubeObject) => boolean): KubeObject {
  for (let waited = 0; ; waited++) {
    const pod = ctx.cluster.get('pods', ctx.namespace, name, ctx.user)
    if (done(pod)) return pod
    if (waited >= 60) throw new CmdError('timed out waiting for the condition')
    ctx.cluster.advance(1)
  }
}

async function attach(ctx: Ctx, name: string, restart: string): Promise<void> {
  if (flagBool(ctx.flags, 'tty')) ctx.err("If you don't see a command prompt, try pressing enter.\n")
  const started = (p: KubeObject): boolean => ['Running', 'Succeeded', 'Failed'].includes(p.status?.phase)
  const finished = (p: KubeObject): boolean => ['Succeeded', 'Failed'].includes(p.status?.phase)
  let pod = waitForPod(ctx, name, started)
  const waitForExit = !flagBool(ctx.flags, 'leave-stdin-open') && restart !== 'Always'
  if (waitForExit) pod = waitForPod(ctx, name, restart === 'OnFailure' ? (p) => p.status?.phase === 'Succeeded' : finished)
  ctx.out(ctx.cluster.logs(ctx.namespace, name, {}))
  if (flagBool(ctx.flags, 'rm')) {
    ctx.cluster.delete('pods', ctx.namespace, name, { user: ctx.user })
    ctx.out(`pod "${name}" deleted\n`)
  }
  if (waitForExit && pod.status?.phase === 'Failed') {
    const term = pod.status?.containerStatuses?.[0]?.state?.terminated
    if (!term || !term.exitCode) throw new CmdError(`pod ${ctx.namespace}/${name} failed with unknown exit code`)
    throw new CmdError(`pod ${ctx.namespace}/${name} terminated (${term.reason ?? 'Error'})\n${term.message ?? ''}`, term.exitCode)
  }
}

async function runRun(ctx: Ctx): Promise<void> {
  const args = ctx.flags.args
  if (!args.length || ctx.flags.argsLenAtDash === 0) throw usageError(ctx.commandPath, 'NAME is required for run')
  const name = args[0]
  const image = flagString(ctx.flags, 'image')
  if (!image) throw new CmdError('--image is required')
  if (!IMAGE_REF.test(image)) throw new CmdError(`Invalid image name "${image}": invalid reference format`)
  const interactive = flagBool(ctx.flags, 'stdin')
  const attachRequested = flagBool(ctx.flags, 'attach') || interactive
  if (flagBool(ctx.flags, 'tty') && !interactive) throw usageError(ctx.commandPath, '-i/--stdin is required for containers with -t/--tty=true')
  if (flagBool(ctx.flags, 'expose') && !flagString(ctx.flags, 'port')) throw usageError(ctx.commandPath, '--port must be set when exposing a service')
  const restart = flagString(ctx.flags, 'restart')
  if (!['Always', 'OnFailure', 'Never'].includes(restart)) throw usageError(ctx.commandPath, `invalid restart policy: ${restart}`)
  if (!attachRequested && flagBool(ctx.flags, 'rm')) throw usageError(ctx.commandPath, '--rm should only be used for attached containers')
  const dryRun = dryRunStrategy(ctx)
  if (attachRequested && dryRun !== 'none') {
    throw usageError(ctx.commandPath, "--dry-run=[server|client] can't be used with attached containers options (--attach, --stdin, or --tty)")
  }
  const pull = flagString(ctx.flags, 'image-pull-policy')
  if (pull && !['Always', 'IfNotPresent', 'Never'].includes(pull)) {
    throw new CmdError(`invalid image pull policy: ${pull}`)
  }
  const format = await outputFormat(ctx, false)
  const pod = applyOverrides(ctx, podObject(ctx, name, restart), ctx.cluster.resolveResource('pods')!)
  const podResult = createAndPrintObject(ctx, pod, dryRun)
  if (flagBool(ctx.flags, 'expose')) {
    const svc = serviceForExpose(ctx, name, flagString(ctx.flags, 'labels') || `run=${name}`, flagString(ctx.flags, 'port'))
    const svcResult = createAndPrintObject(ctx, svc, dryRun)
    printResult(ctx, format, svcResult, 'service', dryRun)
    if (format.type === 'yaml') ctx.out('---\n')
  }
  if (attachRequested) {
    await attach(ctx, name, restart)
    return
  }
  printResult(ctx, format, podResult, 'pod', dryRun)
}

function printResult(ctx: Ctx, format: Awaited<ReturnType<typeof outputFormat>>, obj: Record<string, unknown>, kind: string, dryRun: string): void {
  const name = `${kind}/${String((obj.metadata as Record<string, unknown>).name)}`
  if (format.type === 'table') ctx.out(`${name} created${dryRun === 'client' ? ' (dry run)' : dryRun === 'server' ? ' (server dry run)' : ''}\n`)
  else if (format.type === 'yaml') ctx.out(toKubectlYaml(obj))
  else if (format.type === 'json') ctx.out(toKubectlJson(obj, dryRun !== 'client'))
  else ctx.out(printObjects(format, [obj as KubeObject], false, { noHeaders: false, names: [name] }))
}

export const runCommand: CommandSpec = {
  name: 'run',
  group: 'Basic Commands (Beginner)',
  short: 'Run a particular image on the cluster',
  long: 'Create and run a particular image in a pod.',
  examples: `  # Start a nginx pod
  kubectl run nginx --image=nginx
  
  # Start a hazelcast pod and let the container expose port 5701
  kubectl run hazelcast --image=hazelcast/hazelcast --port=5701
  
  # Start a hazelcast pod and set environment variables "DNS_DOMAIN=cluster" and "POD_NAMESPACE=default" in the container
  kubectl run hazelcast --image=hazelcast/hazelcast --env="DNS_DOMAIN=cluster" --env="POD_NAMESPACE=default"
  
  # Start a hazelcast pod and set labels "app=hazelcast" and "env=prod" in the container
  kubectl run hazelcast --image=hazelcast/hazelcast --labels="app=hazelcast,env=prod"
  
  # Dry run; print the corresponding API objects without creating them
  kubectl run nginx --image=nginx --dry-run=client
  
  # Start a busybox pod and keep it in the foreground, don't restart it if it exits
  kubectl run -i -t busybox --image=busybox --restart=Never
  
  # Start the nginx pod using the default command, but use custom arguments (arg1 .. argN) for that command
  kubectl run nginx --image=nginx -- <arg1> <arg2> ... <argN>
  
  # Start the nginx pod using a different command and custom arguments
  kubectl run nginx --image=nginx --command -- <cmd> <arg1> ... <argN>`,
  usage: 'run NAME --image=image [--env="key=value"] [--port=port] [--dry-run=server|client] [--overrides=inline-json] [--command] -- [COMMAND] [args...]',
  flags: [
    ...generatorFlags('kubectl-run'),
    { name: 'image', type: 'string', required: true, usage: 'The image for the container to run.' },
    { name: 'annotations', type: 'stringArray', usage: 'Annotations to apply to the pod.' },
    { name: 'image-pull-policy', type: 'string', usage: 'The image pull policy for the container.  If left empty, this value will not be specified by the client and defaulted by the server.' },
    { name: 'rm', type: 'bool', usage: "If true, delete the pod after it exits.  Only valid when attaching to the container, e.g. with '--attach' or with '-i/--stdin'." },
    { name: 'env', type: 'stringArray', usage: 'Environment variables to set in the container.' },
    { name: 'port', type: 'string', usage: 'The port that this container exposes.' },
    { name: 'labels', short: 'l', type: 'string', usage: 'Comma separated labels to apply to the pod. Will override previous values.' },
    { name: 'stdin', short: 'i', type: 'bool', usage: 'Keep stdin open on the container in the pod, even if nothing is attached.' },
    { name: 'tty', short: 't', type: 'bool', usage: 'Allocate a TTY for the container in the pod.' },
    { name: 'attach', type: 'bool', usage: "If true, wait for the Pod to start running, and then attach to the Pod as if 'kubectl attach ...' were called.  Default false, unless '-i/--stdin' is set, in which case the default is true. With '--restart=Never' the exit code of the container process is returned." },
    { name: 'leave-stdin-open', type: 'bool', usage: 'If the pod is started in interactive mode or with stdin, leave stdin open after the first attach completes. By default, stdin will be closed after the first attach completes.' },
    { name: 'restart', type: 'string', default: 'Always', usage: 'The restart policy for this Pod.  Legal values [Always, OnFailure, Never].' },
    { name: 'command', type: 'bool', usage: "If true and extra arguments are present, use them as the 'command' field in the container, rather than the 'args' field which is the default." },
    { name: 'expose', type: 'bool', usage: 'If true, create a ClusterIP service associated with the pod.  Requires `--port`.' },
    { name: 'quiet', short: 'q', type: 'bool', usage: 'If true, suppress prompt messages.' },
    { name: 'privileged', type: 'bool', usage: 'If true, run the container in privileged mode.' },
    { name: 'serviceaccount', type: 'string', hidden: true, usage: 'Service account to set in the pod spec.' },
    ...OVERRIDE_FLAGS,
    { name: 'pod-running-timeout', type: 'duration', default: '1m0s', usage: 'The length of time (like 5s, 2m, or 3h, higher than zero) to wait until at least one pod is running' }
  ],
  run: runRun
}
