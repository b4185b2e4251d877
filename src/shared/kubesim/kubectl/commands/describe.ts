import { ApiException } from '../../engine/contract'
import type { Ctx } from '../context'
import { describeObject } from '../describe'
import { apiErrorMessage, CmdError, RawError } from '../errors'
import { flagBool } from '../flags'
import { parseResourceArgs } from '../resources'
import { selectTargets } from '../targets'
import { FILENAME_FLAGS, SELECTOR_FLAG } from './shared-flags'
import type { CommandSpec } from './types'

// kubectl describe (pkg/cmd/describe/describe.go): each object's description, separated
// by a blank line; `describe TYPE PREFIX` falls back to every object whose name starts with PREFIX.

async function runDescribe(ctx: Ctx): Promise<void> {
  const args = ctx.flags.args
  const showEvents = flagBool(ctx.flags, 'show-events')
  if (!args.length && !ctx.flags.changed.has('filename')) {
    throw new CmdError(
      'You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.\n'
    )
  }
  const { targets, errors } = await selectTargets(ctx, { typeAlone: true })
  if (!targets.length && errors.length && args.length === 2 && !args[0].includes('/') && errors.every((e) => e.startsWith('Error from server (NotFound)'))) {
    const parsed = parseResourceArgs(ctx.cluster, [args[0]])
    if (parsed.kind === 'types' && parsed.types.length === 1) {
      const t = parsed.types[0]
      const matches = ctx.cluster.list(t, t.namespaced ? ctx.namespace : undefined, undefined, ctx.user).filter((o) => o.metadata.name.startsWith(args[1]))
      if (matches.length) {
        for (const m of matches) ctx.out(describeObject(ctx.cluster, t, m, showEvents, ctx.user) + '\n')
        return
      }
    }
    throw new RawError(errors.join('\n'))
  }
  let first = true
  for (const t of targets) {
    try {
      const text = describeObject(ctx.cluster, t.resource, t.object, showEvents, ctx.user)
      ctx.out(first ? text : `\n\n${text}`)
      first = false
    } catch (e) {
      if (e instanceof ApiException) errors.push(apiErrorMessage(e.status))
      else throw e
    }
  }
  if (!targets.length && !errors.length) {
    ctx.err(flagBool(ctx.flags, 'all-namespaces') ? 'No resources found\n' : `No resources found in ${ctx.namespace} namespace.\n`)
  }
  if (errors.length) throw new RawError(errors.join('\n'))
}

export const describeCommand: CommandSpec = {
  name: 'describe',
  group: 'Troubleshooting and Debugging Commands',
  short: 'Show details of a specific resource or group of resources',
  long: `Show details of a specific resource or group of resources.

 Print a detailed description of the selected resources, including related resources such as events or controllers. You may select a single object by name, all objects of that type, provide a name prefix, or label selector. For example:

        $ kubectl describe TYPE NAME_PREFIX

 will first check for an exact match on TYPE and NAME_PREFIX. If no such resource exists, it will output details for every resource that has a name prefixed with NAME_PREFIX.

Use "kubectl api-resources" for a complete list of supported resources.`,
  examples: `  # Describe a node
  kubectl describe nodes kubernetes-node-emt8.c.myproject.internal
  
  # Describe a pod
  kubectl describe pods/nginx
  
  # Describe a pod identified by type and name in "pod.json"
  kubectl describe -f pod.json
  
  # Describe all pods
  kubectl describe pods
  
  # Describe pods by label name=myLabel
  kubectl describe pods -l name=myLabel
  
  # Describe all pods managed by the 'frontend' replication controller
  # (rc-created pods get the name of the rc as a prefix in the pod name)
  kubectl describe pods frontend`,
  usage: 'describe (-f FILENAME | TYPE [NAME_PREFIX | -l label] | TYPE/NAME)',
  flags: [
    ...FILENAME_FLAGS('containing the resource to describe'),
    SELECTOR_FLAG,
    { name: 'all-namespaces', short: 'A', type: 'bool', usage: 'If present, list the requested object(s) across all namespaces. Namespace in current context is ignored even if specified with --namespace.' },
    { name: 'show-events', type: 'bool', default: true, usage: 'If true, display events related to the described object.' },
    { name: 'chunk-size', type: 'int', default: 500, usage: 'Return large lists in chunks rather than all at once. Pass 0 to disable. This flag is beta and may change in the future.' }
  ],
  run: runDescribe
}
