import type { Ctx } from '../../context'
import { CmdError } from '../../errors'
import { flagInt, flagList, flagString } from '../../flags'
import type { CommandSpec } from '../types'
import { containerNameFromImage, createAndPrint, enforcedNamespace, generatorFlags, nameFromArgs, objectMeta } from './common'

// kubectl create deployment|job|cronjob (create_deployment.go, create_job.go,
// create_cronjob.go). Objects are built in Go field order so -o json matches.

/** sanitizeAndUniquify: `_` and `.` are not allowed in container names. */
function sanitize(name: string): string {
  if (!/[_.]/.test(name)) return name
  let h = 0
  for (const c of name) h = (h * 31 + c.charCodeAt(0)) >>> 0
  const alphabet = 'bcdfghjklmnpqrstvwxz2456789'
  let suffix = ''
  for (let i = 0; i < 5; i++) {
    suffix += alphabet[h % alphabet.length]
    h = Math.floor(h / alphabet.length) + 7 * (i + 1)
  }
  return `${name.replace(/[_.]/g, '-')}-${suffix}`
}

function commandAfterDash(ctx: Ctx): string[] | undefined {
  const cmd = ctx.flags.argsLenAtDash >= 0 ? ctx.flags.args.slice(ctx.flags.argsLenAtDash) : ctx.flags.args.slice(1)
  return cmd.length ? cmd : undefined
}

function container(name: string, image: string, command?: string[]): Record<string, unknown> {
  return { name, image, ...(command ? { command } : {}), resources: {} }
}

async function createDeployment(ctx: Ctx): Promise<void> {
  const name = nameFromArgs(ctx)
  const images = flagList(ctx.flags, 'image')
  const command = ctx.flags.args.length > 1 ? ctx.flags.args.slice(1) : undefined
  if (images.length > 1 && command) throw new CmdError('cannot specify multiple --image options and command')
  const labels = { app: name }
  const containers = images.map((img) => container(sanitize(containerNameFromImage(img)), img, command))
  const port = ctx.flags.changed.has('port') ? flagInt(ctx.flags, 'port') : -1
  if (port >= 0 && containers.length) {
    const c = containers[0]
    containers[0] = { name: c.name, image: c.image, ...(c.command ? { command: c.command } : {}), ports: [{ containerPort: port }], resources: {} }
  }
  const deploy = {
    kind: 'Deployment',
    apiVersion: 'apps/v1',
    metadata: objectMeta(name, enforcedNamespace(ctx), { labels }),
    spec: {
      replicas: flagInt(ctx.flags, 'replicas'),
      selector: { matchLabels: labels },
      template: { metadata: { creationTimestamp: null, labels }, spec: { containers } },
      strategy: {}
    },
    status: {}
  }
  await createAndPrint(ctx, deploy, 'failed to create deployment')
}

async function createJob(ctx: Ctx): Promise<void> {
  const name = nameFromArgs(ctx)
  const from = flagString(ctx.flags, 'from')
  const image = flagString(ctx.flags, 'image')
  const command = commandAfterDash(ctx)
  if (from) {
    if (image) throw new CmdError('either --image or --from must be specified')
    if (command) throw new CmdError('cannot specify --from and command')
    const slash = from.indexOf('/')
    const kind = slash < 0 ? from : from.slice(0, slash)
    const resource = ctx.cluster.resolveResource(kind)
    if (!resource || resource.kind !== 'CronJob') throw new CmdError(`unknown object type ${resource?.kind ?? kind}`)
    const cj = ctx.cluster.get(resource, ctx.namespace, from.slice(slash + 1), ctx.user)
    const tmpl = cj.spec?.jobTemplate ?? {}
    const job = {
      kind: 'Job',
      apiVersion: 'batch/v1',
      metadata: {
        name,
        ...(enforcedNamespace(ctx) ? { namespace: ctx.namespace } : {}),
        creationTimestamp: null,
        ...(tmpl.metadata?.labels ? { labels: tmpl.metadata.labels } : {}),
        annotations: { 'cronjob.kubernetes.io/instantiate': 'manual', ...(tmpl.metadata?.annotations ?? {}) },
        ownerReferences: [{ apiVersion: 'batch/v1', kind: 'CronJob', name: cj.metadata.name, uid: cj.metadata.uid, controller: true }]
      },
      spec: tmpl.spec ?? {},
      status: {}
    }
    await createAndPrint(ctx, job, 'failed to create job')
    return
  }
  if (!image) throw new CmdError('either --image or --from must be specified')
  const job = {
    kind: 'Job',
    apiVersion: 'batch/v1',
    metadata: objectMeta(name, enforcedNamespace(ctx)),
    spec: {
      template: {
        metadata: { creationTimestamp: null },
        spec: { containers: [container(name, image, command)], restartPolicy: 'Never' }
      }
    },
    status: {}
  }
  await createAndPrint(ctx, job, 'failed to create job')
}

async function createCronJob(ctx: Ctx): Promise<void> {
  const name = nameFromArgs(ctx)
  const restart = flagString(ctx.flags, 'restart') || 'OnFailure'
  if (restart !== 'OnFailure' && restart !== 'Never') {
    throw new CmdError(`restart policy ${JSON.stringify(restart)} is not supported, valid values are: "OnFailure", "Never"`)
  }
  const cronjob = {
    kind: 'CronJob',
    apiVersion: 'batch/v1',
    metadata: objectMeta(name, enforcedNamespace(ctx)),
    spec: {
      schedule: flagString(ctx.flags, 'schedule'),
      jobTemplate: {
        metadata: { name, creationTimestamp: null },
        spec: {
          template: {
            metadata: { creationTimestamp: null },
            spec: { containers: [container(name, flagString(ctx.flags, 'image'), commandAfterDash(ctx))], restartPolicy: restart }
          }
        }
      }
    },
    status: {}
  }
  await createAndPrint(ctx, cronjob, 'failed to create cronjob')
}

export const createDeploymentCommand: CommandSpec = {
  name: 'deployment',
  aliases: ['deploy'],
  short: 'Create a deployment with the specified name',
  long: 'Create a deployment with the specified name.',
  examples: `  # Create a deployment named my-dep that runs the busybox image
  kubectl create deployment my-dep --image=busybox
  
  # Create a deployment with a command
  kubectl create deployment my-dep --image=busybox -- date
  
  # Create a deployment named my-dep that runs the nginx image with 3 replicas
  kubectl create deployment my-dep --image=nginx --replicas=3
  
  # Create a deployment named my-dep that runs the busybox image and expose port 5701
  kubectl create deployment my-dep --image=busybox --port=5701
  
  # Create a deployment named my-dep that runs multiple containers
  kubectl create deployment my-dep --image=busybox:latest --image=ubuntu:latest --image=nginx`,
  usage: 'create deployment NAME --image=image -- [COMMAND] [args...]',
  flags: [
    ...generatorFlags(),
    { name: 'image', type: 'stringSlice', required: true, usage: 'Image names to run. A deployment can have multiple images set for multi-container pod.' },
    { name: 'port', type: 'int', default: -1, usage: 'The containerPort that this deployment exposes.' },
    { name: 'replicas', short: 'r', type: 'int', default: 1, usage: 'Number of replicas to create. Default is 1.' }
  ],
  run: createDeployment
}

export const createJobCommand: CommandSpec = {
  name: 'job',
  short: 'Create a job with the specified name',
  long: 'Create a job with the specified name.',
  examples: `  # Create a job
  kubectl create job my-job --image=busybox
  
  # Create a job with a command
  kubectl create job my-job --image=busybox -- date
  
  # Create a job from a cron job named "a-cronjob"
  kubectl create job test-job --from=cronjob/a-cronjob`,
  usage: 'create job NAME --image=image [--from=cronjob/name] -- [COMMAND] [args...]',
  flags: [
    ...generatorFlags(),
    { name: 'image', type: 'string', usage: 'Image name to run.' },
    { name: 'from', type: 'string', usage: 'The name of the resource to create a Job from (only cronjob is supported).' }
  ],
  run: createJob
}

export const createCronJobCommand: CommandSpec = {
  name: 'cronjob',
  aliases: ['cj'],
  short: 'Create a cron job with the specified name',
  long: 'Create a cron job with the specified name.',
  examples: `  # Create a cron job
  kubectl create cronjob my-job --image=busybox --schedule="*/1 * * * *"
  
  # Create a cron job with a command
  kubectl create cronjob my-job --image=busybox --schedule="*/1 * * * *" -- date`,
  usage: 'create cronjob NAME --image=image --schedule=\'0/5 * * * ?\' -- [COMMAND] [args...] [flags]',
  flags: [
    ...generatorFlags(),
    { name: 'image', type: 'string', required: true, usage: 'Image name to run.' },
    { name: 'schedule', type: 'string', required: true, usage: 'A schedule in the Cron format the job should be run with.' },
    { name: 'restart', type: 'string', usage: "job's restart policy. supported values: OnFailure, Never" }
  ],
  run: createCronJob
}
