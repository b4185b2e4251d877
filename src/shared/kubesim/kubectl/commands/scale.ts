import { ApiException } from '../../engine/contract'
import type { Ctx } from '../context'
import { apiErrorMessage, CmdError, RawError } from '../errors'
import { flagInt, flagString } from '../flags'
import { OBJECT_OUTPUT_FLAGS, outputFormat } from '../print'
import { selectTargets } from '../targets'
import { dryRunStrategy } from './create/common'
import { printChanged } from './mutate-print'
import { DRY_RUN_FLAG, FILENAME_FLAGS, SELECTOR_FLAG } from './shared-flags'
import type { CommandSpec } from './types'

// kubectl scale (pkg/cmd/scale/scale.go): through the scale subresource of
// deployments, replica sets, stateful sets and replication controllers.

const SCALABLE = ['Deployment', 'ReplicaSet', 'StatefulSet', 'ReplicationController']

async function runScale(ctx: Ctx): Promise<void> {
  const replicas = ctx.flags.changed.has('replicas') ? flagInt(ctx.flags, 'replicas') : -1
  if (replicas < 0) throw new CmdError('The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0')
  const currentReplicas = flagInt(ctx.flags, 'current-replicas')
  if (currentReplicas < -1) throw new CmdError('The --current-replicas must specify an integer of -1 or greater')
  const dryRun = dryRunStrategy(ctx)
  const format = await outputFormat(ctx, false)
  const { targets, errors } = await selectTargets(ctx, { all: true })
  const rv = flagString(ctx.flags, 'resource-version')
  if (rv && targets.length > 1) throw new CmdError('cannot use --resource-version with multiple resources')
  if (!targets.length && !errors.length) throw new CmdError('no objects passed to scale')
  for (const t of targets) {
    try {
      if (!SCALABLE.includes(t.resource.kind)) {
        throw new ApiException({ kind: 'Status', apiVersion: 'v1', status: 'Failure', reason: 'NotFound', code: 404, message: 'the server could not find the requested resource' })
      }
      const now = t.object.spec?.replicas ?? 0
      if (currentReplicas >= 0 && now !== currentReplicas) throw new CmdError(`Expected replicas to be ${currentReplicas}, was ${now}`)
      if (rv && t.object.metadata.resourceVersion !== rv) {
        throw new CmdError(`Expected resource version to be ${rv}, was ${t.object.metadata.resourceVersion}`)
      }
      const result =
        dryRun === 'client'
          ? { ...t.object, spec: { ...t.object.spec, replicas } }
          : ctx.cluster.patch(t.resource, t.namespace, t.name, { spec: { replicas } }, 'merge', { user: ctx.user, dryRun: dryRun === 'server' })
      printChanged(ctx, format, t.resource, result, 'scaled', dryRun)
    } catch (e) {
      if (e instanceof ApiException) errors.push(apiErrorMessage(e.status))
      else if (e instanceof CmdError) errors.push(`error: ${e.message}`)
      else throw e
    }
  }
  if (errors.length) throw new RawError(errors.join('\n'))
}

export const scaleCommand: CommandSpec = {
  name: 'scale',
  group: 'Deploy Commands',
  short: 'Set a new size for a deployment, replica set, or replication controller',
  long: `Set a new size for a deployment, replica set, replication controller, or stateful set.

 Scale also allows users to specify one or more preconditions for the scale action.

 If --current-replicas or --resource-version is specified, it is validated before the scale is attempted, and it is guaranteed that the precondition holds true when the scale is sent to the server.`,
  examples: `  # Scale a replica set named 'foo' to 3
  kubectl scale --replicas=3 rs/foo
  
  # Scale a resource identified by type and name specified in "foo.yaml" to 3
  kubectl scale --replicas=3 -f foo.yaml
  
  # If the deployment named mysql's current size is 2, scale mysql to 3
  kubectl scale --current-replicas=2 --replicas=3 deployment/mysql
  
  # Scale multiple replication controllers
  kubectl scale --replicas=5 rc/example1 rc/example2 rc/example3
  
  # Scale stateful set named 'web' to 3
  kubectl scale --replicas=3 statefulset/web`,
  usage: 'scale [--resource-version=version] [--current-replicas=count] --replicas=COUNT (-f FILENAME | TYPE NAME)',
  flags: [
    ...OBJECT_OUTPUT_FLAGS,
    ...FILENAME_FLAGS('identifying the resource to set a new size'),
    SELECTOR_FLAG,
    DRY_RUN_FLAG,
    { name: 'replicas', type: 'int', required: true, usage: 'The new desired number of replicas. Required.' },
    { name: 'current-replicas', type: 'int', default: -1, usage: 'Precondition for current size. Requires that the current size of the resource match this value in order to scale. -1 (default) for no condition.' },
    { name: 'resource-version', type: 'string', usage: 'Precondition for resource version. Requires that the current resource version match this value in order to scale.' },
    { name: 'all', type: 'bool', usage: 'Select all resources in the namespace of the specified resource types' },
    { name: 'timeout', type: 'duration', default: '0s', usage: 'The length of time to wait before giving up on a scale operation, zero means don\'t wait. Any other values should contain a corresponding time unit (e.g. 1s, 2m, 3h).' }
  ],
  run: runScale
}
