import { parse } from 'yaml'
import { ApiException, type PatchType } from '../../engine/contract'
import type { Ctx } from '../context'
import { apiErrorMessage, CmdError, RawError } from '../errors'
import { flagString } from '../flags'
import { OBJECT_OUTPUT_FLAGS, outputFormat } from '../print'
import { selectTargets } from '../targets'
import { dryRunStrategy } from './create/common'
import { deepEqual } from './apply/merge'
import { printChanged } from './mutate-print'
import { DRY_RUN_FLAG, FIELD_MANAGER, FILENAME_FLAGS } from './shared-flags'
import type { CommandSpec } from './types'

// kubectl patch (pkg/cmd/patch/patch.go): strategic (default), merge or json patches,
// given inline (-p) or in a file (--patch-file), as JSON or YAML.

const TYPES: Record<string, PatchType> = { json: 'json', merge: 'merge', strategic: 'strategic' }

async function runPatch(ctx: Ctx): Promise<void> {
  const inline = flagString(ctx.flags, 'patch')
  const file = flagString(ctx.flags, 'patch-file')
  if (inline && file) throw new CmdError('cannot specify --patch and --patch-file together')
  if (!inline && !file) throw new CmdError('must specify --patch or --patch-file containing the contents of the patch')
  const typeName = flagString(ctx.flags, 'type') || 'strategic'
  const type = TYPES[typeName.toLowerCase()]
  if (!type) throw new CmdError(`--type must be one of [json merge strategic], not "${typeName}"`)
  let text = inline
  if (file) {
    const content = await ctx.readFile(file)
    if (content === undefined) throw new CmdError(`unable to read patch file: open ${file}: no such file or directory`)
    text = content
  }
  let patch: unknown
  try {
    patch = parse(text, { version: '1.1' })
  } catch (e) {
    const line = /line (\d+)/.exec((e as Error).message)?.[1] ?? '1'
    throw new CmdError(`unable to parse "${inline}": yaml: line ${line}: did not find expected ',' or '}'`)
  }
  if (type !== 'json' && (typeof patch !== 'object' || patch === null || Array.isArray(patch))) {
    throw new ApiException({ kind: 'Status', apiVersion: 'v1', status: 'Failure', reason: 'BadRequest', code: 400, message: `json: cannot unmarshal ${Array.isArray(patch) ? 'array' : typeof patch === 'string' ? 'string' : 'number'} into Go value of type map[string]interface {}` })
  }
  const dryRun = dryRunStrategy(ctx)
  const format = await outputFormat(ctx, false)
  const { targets, errors } = await selectTargets(ctx)
  if (!targets.length && !errors.length) throw new CmdError('no objects passed to patch')
  for (const t of targets) {
    try {
      if (dryRun === 'client') {
        printChanged(ctx, format, t.resource, t.object, 'patched', dryRun)
        continue
      }
      const result = ctx.cluster.patch(t.resource, t.namespace, t.name, patch, type, {
        user: ctx.user,
        dryRun: dryRun === 'server',
        fieldManager: flagString(ctx.flags, 'field-manager')
      })
      const changed = !deepEqual({ ...result, metadata: { ...result.metadata, resourceVersion: '', managedFields: undefined } }, { ...t.object, metadata: { ...t.object.metadata, resourceVersion: '', managedFields: undefined } })
      printChanged(ctx, format, t.resource, result, changed ? 'patched' : 'patched (no change)', dryRun)
    } catch (e) {
      if (e instanceof ApiException) errors.push(apiErrorMessage(e.status))
      else throw e
    }
  }
  if (errors.length) throw new RawError(errors.join('\n'))
}

export const patchCommand: CommandSpec = {
  name: 'patch',
  group: 'Advanced Commands',
  short: 'Update fields of a resource',
  long: `Update fields of a resource using strategic merge patch, a JSON merge patch, or a JSON patch.

 JSON and YAML formats are accepted.

 Note: Strategic merge patch is not supported for custom resources.`,
  examples: `  # Partially update a node using a strategic merge patch, specifying the patch as JSON
  kubectl patch node k8s-node-1 -p '{"spec":{"unschedulable":true}}'
  
  # Partially update a node using a strategic merge patch, specifying the patch as YAML
  kubectl patch node k8s-node-1 -p $'spec:\\n unschedulable: true'
  
  # Partially update a node identified by the type and name specified in "node.json" using strategic merge patch
  kubectl patch -f node.json -p '{"spec":{"unschedulable":true}}'
  
  # Update a container's image; spec.containers[*].name is required because it's a merge key
  kubectl patch pod valid-pod -p '{"spec":{"containers":[{"name":"kubernetes-serve-hostname","image":"new image"}]}}'
  
  # Update a container's image using a JSON patch with positional arrays
  kubectl patch pod valid-pod --type='json' -p='[{"op": "replace", "path": "/spec/containers/0/image", "value":"new image"}]'
  
  # Update a deployment's replicas through the 'scale' subresource using a merge patch
  kubectl patch deployment nginx-deployment --subresource='scale' --type='merge' -p '{"spec":{"replicas":2}}'`,
  usage: 'patch (-f FILENAME | TYPE NAME) [-p PATCH|--patch-file FILE]',
  flags: [
    ...OBJECT_OUTPUT_FLAGS,
    ...FILENAME_FLAGS('identifying the resource to update'),
    DRY_RUN_FLAG,
    FIELD_MANAGER('kubectl-patch'),
    { name: 'patch', short: 'p', type: 'string', usage: 'The patch to be applied to the resource JSON file.' },
    { name: 'patch-file', type: 'string', usage: 'A file containing a patch to be applied to the resource.' },
    { name: 'type', type: 'string', default: 'strategic', usage: 'The type of patch being provided; one of [json merge strategic]' },
    { name: 'local', type: 'bool', usage: 'If true, patch will operate on the content of the file, not the server-side resource.' },
    { name: 'subresource', type: 'string', usage: "If specified, patch will operate on the subresource of the requested object. Must be one of [status scale]. This flag is beta and may change in the future." }
  ],
  run: runPatch
}
