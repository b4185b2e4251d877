import { ApiException } from '../../engine/contract'
import type { Ctx } from '../context'
import { apiErrorMessage, CmdError, RawError } from '../errors'
import { flagBool, flagInt, flagString } from '../flags'
import { selectTargets, waitUntil, type Target } from '../targets'
import { dryRunStrategy } from './create/common'
import { DRY_RUN_FLAG, FILENAME_FLAGS, SELECTOR_FLAG } from './shared-flags'
import type { CommandSpec } from './types'

// kubectl delete (pkg/cmd/delete/delete.go): `kind.group "name" deleted` per object,
// then, with --wait (the default), wait until the objects are gone.

function kindString(t: Target): string {
  return t.resource.group ? `${t.resource.kind.toLowerCase()}.${t.resource.group}` : t.resource.kind.toLowerCase()
}

async function runDelete(ctx: Ctx): Promise<void> {
  const output = flagString(ctx.flags, 'output')
  if (output && output !== 'name') throw new CmdError(`unexpected -o output mode: ${output}. We only support '-o name'`)
  const all = flagBool(ctx.flags, 'all')
  if (all && flagString(ctx.flags, 'selector')) throw new CmdError('cannot set --all and --selector at the same time')
  if (all && flagString(ctx.flags, 'field-selector')) throw new CmdError('cannot set --all and --field-selector at the same time')
  let grace = flagInt(ctx.flags, 'grace-period')
  const force = flagBool(ctx.flags, 'force')
  if (flagBool(ctx.flags, 'now')) {
    if (grace !== -1) throw new CmdError('--now and --grace-period cannot be specified together')
    grace = 1
  }
  if (grace === 0 && !force) grace = 1
  if (force && grace < 0) grace = 0
  if (force) {
    ctx.err('Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n')
    if (grace > 0) throw new CmdError('--force and --grace-period greater than 0 cannot be specified together')
  }
  const dryRun = dryRunStrategy(ctx)
  const cascade = flagString(ctx.flags, 'cascade')
  const propagation = { background: 'Background', foreground: 'Foreground', orphan: 'Orphan', true: 'Background', false: 'Orphan' }[cascade] as
    | 'Background'
    | 'Foreground'
    | 'Orphan'
    | undefined
  if (!propagation) throw new CmdError(`invalid cascade value (${cascade}). Must be "background", "foreground", or "orphan".`)
  const bulk = all || !!flagString(ctx.flags, 'selector') || !!flagString(ctx.flags, 'field-selector')
  const ignoreNotFound = ctx.flags.changed.has('ignore-not-found') ? flagBool(ctx.flags, 'ignore-not-found') : bulk
  const { targets, errors } = await selectTargets(ctx, { all: true, ignoreNotFound })
  const deleted: Target[] = []
  let warnedScope = false
  for (const t of targets) {
    if (ctx.explicitNamespace && !flagBool(ctx.flags, 'all-namespaces') && !t.resource.namespaced && !warnedScope) {
      ctx.err('Warning: deleting cluster-scoped resources, not scoped to the provided namespace\n')
      warnedScope = true
    }
    const operation = `${grace === 0 ? 'force deleted' : 'deleted'}${dryRun === 'client' ? ' (dry run)' : dryRun === 'server' ? ' (server dry run)' : ''}`
    if (dryRun !== 'client') {
      try {
        ctx.cluster.delete(t.resource, t.namespace, t.name, {
          user: ctx.user,
          dryRun: dryRun === 'server',
          propagationPolicy: propagation,
          ...(grace >= 0 ? { gracePeriodSeconds: grace } : {})
        })
      } catch (e) {
        if (e instanceof ApiException) {
          if (!(ignoreNotFound && e.status.reason === 'NotFound')) errors.push(apiErrorMessage(e.status))
          continue
        }
        throw e
      }
    }
    deleted.push(t)
    ctx.out(output === 'name' ? `${kindString(t)}/${t.name}\n` : `${kindString(t)} "${t.name}" ${operation}\n`)
  }
  if (!targets.length && !errors.length) ctx.out('No resources found\n')
  if (deleted.length && dryRun === 'none' && flagBool(ctx.flags, 'wait')) {
    const gone = (t: Target): boolean => {
      try {
        const now = ctx.cluster.get(t.resource, t.namespace, t.name)
        return now.metadata.uid !== t.object.metadata.uid
      } catch (e) {
        if (e instanceof ApiException && e.status.reason === 'NotFound') return true
        throw e
      }
    }
    const timeout = parseTimeout(flagString(ctx.flags, 'timeout'))
    if (!waitUntil(ctx, () => deleted.every(gone), timeout)) {
      const left = deleted.find((t) => !gone(t))!
      errors.push(`error: timed out waiting for the condition on ${left.resource.name}/${left.name}`)
    }
  }
  if (errors.length) throw new RawError(errors.join('\n'))
}

/** `--timeout`: 0 means kubectl's own default (a week), capped here at ten simulated minutes. */
function parseTimeout(text: string): number {
  let seconds = 0
  for (const [, n, unit] of text.matchAll(/([\d.]+)(ms|s|m|h)/g)) {
    seconds += Number(n) * ({ ms: 0.001, s: 1, m: 60, h: 3600 } as Record<string, number>)[unit]
  }
  return seconds > 0 ? Math.min(seconds, 600) : 600
}

export const deleteCommand: CommandSpec = {
  name: 'delete',
  group: 'Basic Commands (Intermediate)',
  short: 'Delete resources by file names, stdin, resources and names, or by resources and label selector',
  long: `Delete resources by file names, stdin, resources and names, or by resources and label selector.

 JSON and YAML formats are accepted. Only one type of argument may be specified: file names, resources and names, or resources and label selector.

 Some resources, such as pods, support graceful deletion. These resources define a default period before they are forcibly terminated (the grace period) but you may override that value with the --grace-period flag, or pass --now to set a grace-period of 1. Because these resources often represent entities in the cluster, deletion may not be acknowledged immediately. If the node hosting a pod is down or cannot reach the API server, termination may take significantly longer than the grace period. To force delete a resource, you must specify the --force flag. Note: only a subset of resources support graceful deletion. In absence of the support, the --grace-period flag is ignored.

 IMPORTANT: Force deleting pods does not wait for confirmation that the pod's processes have been terminated, which can leave those processes running until the node detects the deletion and completes graceful deletion. If your processes use shared storage or talk to a remote API and depend on the name of the pod to identify themselves, force deleting those pods may result in multiple processes running on different machines using the same identification which may lead to data corruption or inconsistency. Only force delete pods when you are sure the pod is terminated, or if your application can tolerate multiple copies of the same pod running at once. Also, if you force delete pods, the scheduler may place new pods on those nodes before the node has released those resources and causing those pods to be evicted immediately.

 Note that the delete command does NOT do resource version checks, so if someone submits an update to a resource right when you submit a delete, their update will be lost along with the rest of the resource.

 After a CustomResourceDefinition is deleted, invalidation of discovery cache may take up to 6 hours. If you don't want to wait, you might want to run "kubectl api-resources" to refresh the discovery cache.`,
  examples: `  # Delete a pod using the type and name specified in pod.json
  kubectl delete -f ./pod.json
  
  # Delete pods and services with same names "baz" and "foo"
  kubectl delete pod,service baz foo
  
  # Delete pods and services with label name=myLabel
  kubectl delete pods,services -l name=myLabel
  
  # Delete a pod with minimal delay
  kubectl delete pod foo --now
  
  # Force delete a pod on a dead node
  kubectl delete pod foo --force
  
  # Delete all pods
  kubectl delete pods --all`,
  usage: 'delete ([-f FILENAME] | [-k DIRECTORY] | TYPE [(NAME | -l label | --all)])',
  flags: [
    ...FILENAME_FLAGS('containing the resource to delete.'),
    SELECTOR_FLAG,
    DRY_RUN_FLAG,
    { name: 'all', type: 'bool', usage: 'Delete all resources, in the namespace of the specified resource types.' },
    { name: 'all-namespaces', short: 'A', type: 'bool', usage: 'If present, list the requested object(s) across all namespaces. Namespace in current context is ignored even if specified with --namespace.' },
    { name: 'field-selector', type: 'string', usage: "Selector (field query) to filter on, supports '=', '==', and '!='.(e.g. --field-selector key1=value1,key2=value2). The server only supports a limited number of field queries per type." },
    { name: 'force', type: 'bool', usage: 'If true, immediately remove resources from API and bypass graceful deletion. Note that immediate deletion of some resources may result in inconsistency or data loss and requires confirmation.' },
    { name: 'grace-period', type: 'int', default: -1, usage: 'Period of time in seconds given to the resource to terminate gracefully. Ignored if negative. Set to 1 for immediate shutdown. Can only be set to 0 when --force is true (force deletion).' },
    { name: 'now', type: 'bool', usage: 'If true, resources are signaled for immediate shutdown (same as --grace-period=1).' },
    { name: 'ignore-not-found', type: 'bool', usage: 'Treat "resource not found" as a successful delete. Defaults to "true" when --all is specified.' },
    { name: 'cascade', type: 'string', default: 'background', noOptDefault: 'background', usage: 'Must be "background", "orphan", or "foreground". Selects the deletion cascading strategy for the dependents (e.g. Pods created by a ReplicationController). Defaults to background.' },
    { name: 'wait', type: 'bool', default: true, usage: 'If true, wait for resources to be gone before returning. This waits for finalizers.' },
    { name: 'timeout', type: 'duration', default: '0s', usage: 'The length of time to wait before giving up on a delete, zero means determine a timeout from the size of the object' },
    { name: 'output', short: 'o', type: 'string', usage: 'Output mode. Use "-o name" for shorter output (resource/name).' },
    { name: 'interactive', short: 'i', type: 'bool', usage: 'If true, delete resource only when user confirms.' },
    { name: 'raw', type: 'string', usage: 'Raw URI to DELETE to the server.  Uses the transport specified by the kubeconfig file.' }
  ],
  run: runDelete
}
