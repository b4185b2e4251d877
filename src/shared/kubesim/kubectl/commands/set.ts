/* eslint-disable @typescript-eslint/no-explicit-any */
import { ApiException, type KubeObject } from '../../engine/contract'
import type { Ctx } from '../context'
import { apiErrorMessage, CmdError, RawError } from '../errors'
import { flagBool, flagList, flagString } from '../flags'
import { OBJECT_OUTPUT_FLAGS, outputFormat } from '../print'
import { selectTargets } from '../targets'
import { deepEqual } from './apply/merge'
import { dryRunStrategy, type DryRun } from './create/common'
import { printChanged } from './mutate-print'
import { DRY_RUN_FLAG, FIELD_MANAGER, FILENAME_FLAGS, SELECTOR_FLAG } from './shared-flags'
import type { CommandSpec } from './types'

// kubectl set image|env|resources (pkg/cmd/set): change the pod template of an
// object and send the change; nothing is printed for an object left as it was.

/** The pod spec inside an object (polymorphichelpers.UpdatePodSpecForObject). */
function podSpecOf(obj: any): any {
  switch (obj.kind) {
    case 'Pod':
      return obj.spec
    case 'CronJob':
      return obj.spec?.jobTemplate?.spec?.template?.spec
    case 'Deployment':
    case 'ReplicaSet':
    case 'DaemonSet':
    case 'StatefulSet':
    case 'Job':
    case 'ReplicationController':
      return obj.spec?.template?.spec
  }
  return undefined
}

type Mutator = (obj: any, spec: any) => void

async function mutate(ctx: Ctx, args: string[], operation: string, change: Mutator): Promise<void> {
  const dryRun: DryRun = dryRunStrategy(ctx)
  const format = await outputFormat(ctx, false)
  const { targets, errors } = await selectTargets(ctx, { args, all: true })
  for (const t of targets) {
    try {
      const copy = JSON.parse(JSON.stringify(t.object))
      const spec = podSpecOf(copy)
      if (!spec) throw new CmdError(`${t.resource.kind.toLowerCase()}s.${t.resource.group} "${t.name}" is not supported`)
      change(copy, spec)
      if (deepEqual(copy, t.object)) continue
      const result = dryRun === 'client' ? copy : send(ctx, copy, dryRun)
      printChanged(ctx, format, t.resource, result, operation, dryRun)
    } catch (e) {
      if (e instanceof ApiException) errors.push(apiErrorMessage(e.status))
      else if (e instanceof CmdError) errors.push(e.message.startsWith('error: ') ? e.message : `error: ${e.message}`)
      else throw e
    }
  }
  if (errors.length) throw new RawError(errors.join('\n'))
}

function send(ctx: Ctx, updated: KubeObject, dryRun: DryRun): KubeObject {
  return ctx.cluster.update(updated, { user: ctx.user, dryRun: dryRun === 'server', fieldManager: flagString(ctx.flags, 'field-manager') })
}

/** Splits `TYPE NAME … KEY=VALUE …` (cmdutil.GetResourcesAndPairs). */
function splitPairs(args: string[], what: string): { resources: string[]; pairs: string[] } {
  const resources: string[] = []
  const pairs: string[] = []
  for (const a of args) {
    if (a.includes('=') || (what === 'env' && a.endsWith('-'))) pairs.push(a)
    else if (pairs.length) throw new CmdError(`all resources must be specified before ${what === 'env' ? 'environment' : 'image'} changes: ${args.join(' ')}`)
    else resources.push(a)
  }
  return { resources, pairs }
}

async function setImage(ctx: Ctx): Promise<void> {
  const { resources, pairs } = splitPairs(ctx.flags.args, 'image')
  if (flagBool(ctx.flags, 'all') && flagString(ctx.flags, 'selector')) throw new CmdError('cannot set --all and --selector at the same time')
  if (!resources.length && !ctx.flags.changed.has('filename')) throw new CmdError('one or more resources must be specified as <resource> <name> or <resource>/<name>')
  if (!pairs.length) throw new CmdError('at least one image update is required')
  const images = new Map(pairs.map((p) => [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)]))
  if (images.has('*') && images.size > 1) throw new CmdError('all containers are already specified by *, but saw more than one container_name=container_image pairs')
  await mutate(ctx, resources, 'image updated', (_obj, spec) => {
    const all = [...(spec.initContainers ?? []), ...(spec.containers ?? [])]
    for (const [name, image] of images) {
      if (name === '*') {
        for (const c of all) c.image = image
        continue
      }
      const c = all.find((x) => x.name === name)
      if (!c) throw new CmdError(`error: unable to find container named "${name}"`)
      c.image = image
    }
  })
}

/** set serviceaccount (set_serviceaccount.go): the last argument is the account. */
async function setServiceAccount(ctx: Ctx): Promise<void> {
  const args = ctx.flags.args
  if (!args.length) throw new CmdError('serviceaccount is required')
  const account = args[args.length - 1]
  await mutate(ctx, args.slice(0, -1), 'serviceaccount updated', (_obj, spec) => {
    spec.serviceAccountName = account
  })
}

async function setEnv(ctx: Ctx): Promise<void> {
  const { resources, pairs } = splitPairs(ctx.flags.args, 'env')
  const list = flagBool(ctx.flags, 'list')
  if (!resources.length && !ctx.flags.changed.has('filename')) throw new CmdError('one or more resources must be specified as <resource> <name> or <resource>/<name>')
  if (list && flagString(ctx.flags, 'output')) throw new CmdError('--list and --output may not be specified together')
  const from = flagString(ctx.flags, 'from')
  const keys = flagList(ctx.flags, 'keys')
  if (keys.length && !from) throw new CmdError('when specifying --keys, a configmap or secret must be provided with --from')
  const containerPattern = flagString(ctx.flags, 'containers') || '*'
  const prefix = flagString(ctx.flags, 'prefix')
  const matches = (name: string): boolean => new RegExp(`^${containerPattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(name)
  if (list) {
    const { targets, errors } = await selectTargets(ctx, { args: resources, all: true })
    for (const t of targets) {
      const spec = podSpecOf(t.object)
      for (const c of [...(spec?.initContainers ?? []), ...(spec?.containers ?? [])]) {
        if (!matches(c.name)) continue
        ctx.out(`# ${t.resource.kind} ${t.name}, container ${c.name}\n`)
        for (const e of c.env ?? []) {
          if (!e.valueFrom) ctx.out(`${e.name}=${e.value ?? ''}\n`)
          else if (e.valueFrom.configMapKeyRef) ctx.out(`# ${e.name} from configmap ${e.valueFrom.configMapKeyRef.name}, key ${e.valueFrom.configMapKeyRef.key}\n`)
          else if (e.valueFrom.secretKeyRef) ctx.out(`# ${e.name} from secret ${e.valueFrom.secretKeyRef.name}, key ${e.valueFrom.secretKeyRef.key}\n`)
          else if (e.valueFrom.fieldRef) ctx.out(`# ${e.name} from field path ${e.valueFrom.fieldRef.fieldPath}\n`)
        }
      }
    }
    if (errors.length) throw new RawError(errors.join('\n'))
    return
  }
  const add: { name: string; value?: string; valueFrom?: any }[] = []
  const remove: string[] = []
  for (const p of pairs) {
    if (p.endsWith('-') && !p.includes('=')) remove.push(p.slice(0, -1))
    else {
      const i = p.indexOf('=')
      const name = p.slice(0, i)
      if (!/^[-._a-zA-Z][-._a-zA-Z0-9]*$/.test(name)) throw new CmdError(`invalid env: ${p}`)
      add.push({ name, value: p.slice(i + 1) })
    }
  }
  if (from) {
    const [kind, name] = from.split('/')
    const resource = ctx.cluster.resolveResource(kind)
    if (!resource || (resource.kind !== 'ConfigMap' && resource.kind !== 'Secret')) throw new CmdError('unsupported resource specified in --from')
    const source = ctx.cluster.get(resource, ctx.namespace, name, ctx.user)
    const refKey = resource.kind === 'ConfigMap' ? 'configMapKeyRef' : 'secretKeyRef'
    for (const key of Object.keys(source.data ?? {}).sort()) {
      if (keys.length && !keys.includes(key)) continue
      const envName = (prefix + key).toUpperCase().replace(/[-.]/g, '_')
      add.push({ name: envName, valueFrom: { [refKey]: { key, name } } })
    }
  }
  const overwrite = flagBool(ctx.flags, 'overwrite')
  await mutate(ctx, resources, 'env updated', (_obj, spec) => {
    for (const c of [...(spec.initContainers ?? []), ...(spec.containers ?? [])]) {
      if (!matches(c.name)) continue
      const env: any[] = [...(c.env ?? [])]
      for (const a of add) {
        const i = env.findIndex((e) => e.name === a.name)
        if (i >= 0) {
          if (!overwrite && env[i].value !== a.value) throw new CmdError(`'${a.name}' already has a value (${env[i].value}), and --overwrite is false`)
          env[i] = a.valueFrom ? { name: a.name, valueFrom: a.valueFrom } : { name: a.name, value: a.value }
        } else env.push(a.valueFrom ? { name: a.name, valueFrom: a.valueFrom } : { name: a.name, value: a.value })
      }
      const kept = env.filter((e) => !remove.includes(e.name))
      if (kept.length) c.env = kept
      else delete c.env
    }
  })
}

function parseResourceList(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  if (!text) return out
  for (const part of text.split(',')) {
    const [k, v] = part.split('=')
    if (!k || v === undefined) throw new CmdError(`Invalid argument syntax ${part}, expected <resource>=<value>`)
    out[k] = v
  }
  return out
}

async function setResources(ctx: Ctx): Promise<void> {
  const limits = parseResourceList(flagString(ctx.flags, 'limits'))
  const requests = parseResourceList(flagString(ctx.flags, 'requests'))
  if (!Object.keys(limits).length && !Object.keys(requests).length) {
    throw new CmdError('you must specify an update to requests or limits (in the form of --requests/--limits)')
  }
  const containerPattern = flagString(ctx.flags, 'containers') || '*'
  const matches = (name: string): boolean => containerPattern === '*' || containerPattern === name
  await mutate(ctx, ctx.flags.args, 'resource requirements updated', (_obj, spec) => {
    let found = false
    for (const c of [...(spec.initContainers ?? []), ...(spec.containers ?? [])]) {
      if (!matches(c.name)) continue
      found = true
      const res = (c.resources ??= {})
      if (Object.keys(limits).length) res.limits = { ...(res.limits ?? {}), ...limits }
      if (Object.keys(requests).length) res.requests = { ...(res.requests ?? {}), ...requests }
    }
    if (!found) throw new CmdError(`error: unable to find container named ${containerPattern}`)
  })
}

const common = (manager: string) => [
  ...OBJECT_OUTPUT_FLAGS,
  ...FILENAME_FLAGS('identifying the resource to update'),
  SELECTOR_FLAG,
  DRY_RUN_FLAG,
  FIELD_MANAGER(manager),
  { name: 'all', type: 'bool' as const, usage: 'Select all resources, in the namespace of the specified resource types' },
  { name: 'local', type: 'bool' as const, usage: 'If true, set will NOT contact api-server but run locally.' }
]

export const setCommand: CommandSpec = {
  name: 'set',
  group: 'Basic Commands (Beginner)',
  short: 'Set specific features on objects',
  long: 'Configure application resources.\n\n These commands help you make changes to existing application resources.',
  usage: 'set SUBCOMMAND',
  subcommands: [
    {
      name: 'env',
      short: 'Update environment variables on a pod template',
      long: 'Update environment variables on a pod template.\n\n List environment variable definitions in one or more pods, pod templates. Add, update, or remove container environment variable definitions in one or more pod templates (within replication controllers or deployment configurations). View or modify the environment variable definitions on all containers in the specified pods or pod templates, or just those that match a wildcard.',
      examples: `  # Update deployment 'registry' with a new environment variable
  kubectl set env deployment/registry STORAGE_DIR=/local
  
  # List the environment variables defined on a deployments 'sample-build'
  kubectl set env deployment/sample-build --list
  
  # Import environment from a config map with a prefix
  kubectl set env --from=configmap/myconfigmap --prefix=MYSQL_ deployment/myapp
  
  # Remove the environment variable ENV from container 'c1' in all deployment configs
  kubectl set env deployments --all --containers="c1" ENV-`,
      usage: 'set env RESOURCE/NAME KEY_1=VAL_1 ... KEY_N=VAL_N',
      flags: [
        ...common('kubectl-set'),
        { name: 'containers', short: 'c', type: 'string', default: '*', usage: 'The names of containers in the selected pod templates to change - may use wildcards' },
        { name: 'list', type: 'bool', usage: 'If true, display the environment and any changes in the standard format. this flag will removed when we have kubectl view env.' },
        { name: 'from', type: 'string', usage: 'The name of a resource from which to inject environment variables' },
        { name: 'keys', type: 'stringSlice', usage: 'Comma-separated list of keys to import from specified resource' },
        { name: 'prefix', type: 'string', usage: 'Prefix to append to variable names' },
        { name: 'overwrite', type: 'bool', default: true, usage: 'If true, allow environment to be overwritten, otherwise reject updates that overwrite existing environment.' },
        { name: 'env', short: 'e', type: 'stringArray', usage: 'Specify a key-value pair for an environment variable to set into each container.' }
      ],
      run: setEnv
    },
    {
      name: 'image',
      short: 'Update the image of a pod template',
      long: 'Update existing container image(s) of resources.\n\n Possible resources include (case insensitive):\n\n        pod (po), replicationcontroller (rc), deployment (deploy), daemonset (ds), statefulset (sts), cronjob (cj), replicaset (rs)',
      examples: `  # Set a deployment's nginx container image to 'nginx:1.9.1', and its busybox container image to 'busybox'
  kubectl set image deployment/nginx busybox=busybox nginx=nginx:1.9.1
  
  # Update all deployments' and rc's nginx container's image to 'nginx:1.9.1'
  kubectl set image deployments,rc nginx=nginx:1.9.1 --all
  
  # Update image of all containers of daemonset abc to 'nginx:1.9.1'
  kubectl set image daemonset abc *=nginx:1.9.1`,
      usage: 'set image (-f FILENAME | TYPE NAME) CONTAINER_NAME_1=CONTAINER_IMAGE_1 ... CONTAINER_NAME_N=CONTAINER_IMAGE_N',
      flags: common('kubectl-set'),
      run: setImage
    },
    {
      name: 'serviceaccount',
      aliases: ['sa'],
      short: 'Update the service account of a resource',
      long: 'Update the service account of pod template resources.\n\n Possible resources (case insensitive) can be:\n\n replicationcontroller (rc), deployment (deploy), daemonset (ds), job, replicaset (rs), statefulset',
      examples: `  # Set deployment nginx-deployment's service account to serviceaccount1
  kubectl set serviceaccount deployment nginx-deployment serviceaccount1
  
  # Print the result (in YAML format) of updated nginx deployment with the service account from local file, without hitting the API server
  kubectl set sa -f nginx-deployment.yaml serviceaccount1 --local --dry-run=client -o yaml`,
      usage: 'set serviceaccount (-f FILENAME | TYPE NAME) SERVICE_ACCOUNT',
      flags: common('kubectl-set'),
      run: setServiceAccount
    },
    {
      name: 'resources',
      short: 'Update resource requests/limits on objects with pod templates',
      long: 'Specify compute resource requirements (CPU, memory) for any resource that defines a pod template.  If a pod is successfully scheduled, it is guaranteed the amount of resource requested, but may burst up to its specified limits.',
      examples: `  # Set a deployments nginx container cpu limits to "200m" and memory to "512Mi"
  kubectl set resources deployment nginx -c=nginx --limits=cpu=200m,memory=512Mi
  
  # Set the resource request and limits for all containers in nginx
  kubectl set resources deployment nginx --limits=cpu=200m,memory=512Mi --requests=cpu=100m,memory=256Mi`,
      usage: 'set resources (-f FILENAME | TYPE NAME)  ([--limits=LIMITS & --requests=REQUESTS]',
      flags: [
        ...common('kubectl-set'),
        { name: 'containers', short: 'c', type: 'string', default: '*', usage: 'The names of containers in the selected pod templates to change, all containers are selected by default - may use wildcards' },
        { name: 'limits', type: 'string', usage: "The resource requirement requests for this container.  For example, 'cpu=100m,memory=256Mi'.  Note that server side components may assign requests depending on the server configuration, such as limit ranges." },
        { name: 'requests', type: 'string', usage: "The resource requirement requests for this container.  For example, 'cpu=100m,memory=256Mi'.  Note that server side components may assign requests depending on the server configuration, such as limit ranges." }
      ],
      run: setResources
    }
  ]
}
