import { ApiException } from '../../engine/contract'
import type { Ctx } from '../context'
import { apiErrorMessage, CmdError, RawError, withSource } from '../errors'
import { flagBool, flagInt, flagList, flagString } from '../flags'
import { namespaceOfManifest, readManifests, resourceOfManifest } from '../manifests'
import { OBJECT_OUTPUT_FLAGS, outputFormat } from '../print'
import { waitUntil } from '../targets'
import { dryRunStrategy } from './create/common'
import { printChanged } from './mutate-print'
import { DRY_RUN_FLAG, FIELD_MANAGER, FILENAME_FLAGS, VALIDATE_FLAG } from './shared-flags'
import type { CommandSpec } from './types'

// kubectl replace (pkg/cmd/replace/replace.go): PUT the objects of the files; with
// --force, delete them and create them again.

async function runReplace(ctx: Ctx): Promise<void> {
  const force = flagBool(ctx.flags, 'force')
  if (ctx.flags.changed.has('grace-period') && !force) throw new CmdError('--grace-period must have --force specified')
  if (ctx.flags.changed.has('timeout') && !force) throw new CmdError('--timeout must have --force specified')
  const dryRun = dryRunStrategy(ctx)
  if (force && dryRun !== 'none') throw new CmdError('--dry-run can not be used when --force is set')
  const filenames = flagList(ctx.flags, 'filename')
  if (!filenames.length) throw new CmdError('must specify --filename to replace')
  const format = await outputFormat(ctx, false)
  const manifests = await readManifests(ctx, filenames, flagBool(ctx.flags, 'recursive'))
  const targets = manifests.map((m) => {
    const info = resourceOfManifest(ctx, m)
    return { m, info, ns: namespaceOfManifest(ctx, info, m.object) }
  })
  if (!targets.length) throw new CmdError('no objects passed to replace')
  const errors: string[] = []
  for (const { m, info, ns } of targets) {
    const meta: Record<string, unknown> = { ...((m.object.metadata ?? {}) as Record<string, unknown>), ...(ns ? { namespace: ns } : {}) }
    const name = String(meta.name ?? '')
    const obj = { ...m.object, metadata: meta }
    const opts = { user: ctx.user, dryRun: dryRun === 'server', fieldManager: flagString(ctx.flags, 'field-manager') }
    try {
      if (force) {
        try {
          const grace = flagInt(ctx.flags, 'grace-period')
          ctx.cluster.delete(info, ns, name, { user: ctx.user, ...(grace >= 0 ? { gracePeriodSeconds: grace } : {}) })
          ctx.out(`${info.kind.toLowerCase()}${info.group ? '.' + info.group : ''} "${name}" deleted\n`)
          waitUntil(ctx, () => {
            try {
              ctx.cluster.get(info, ns, name)
              return false
            } catch {
              return true
            }
          }, 600)
        } catch (e) {
          if (!(e instanceof ApiException && e.status.reason === 'NotFound')) throw e
        }
        delete meta.resourceVersion
        const created = ctx.cluster.create(obj, opts)
        printChanged(ctx, format, info, created, 'replaced', dryRun)
        continue
      }
      if (dryRun === 'client') {
        printChanged(ctx, format, info, obj as never, 'replaced', dryRun)
        continue
      }
      if (!meta.resourceVersion) {
        const live = ctx.cluster.get(info, ns, name, ctx.user)
        meta.resourceVersion = live.metadata.resourceVersion
      }
      const updated = ctx.cluster.update(obj, opts)
      printChanged(ctx, format, info, updated, 'replaced', dryRun)
    } catch (e) {
      const wrapped = withSource(e, 'replacing', m.source)
      if (wrapped instanceof ApiException) errors.push(apiErrorMessage(wrapped.status))
      else throw e
    }
  }
  if (errors.length) throw new RawError(errors.join('\n'))
}

export const replaceCommand: CommandSpec = {
  name: 'replace',
  group: 'Advanced Commands',
  short: 'Replace a resource by file name or stdin',
  long: `Replace a resource by file name or stdin.

 JSON and YAML formats are accepted. If replacing an existing resource, the complete resource spec must be provided. This can be obtained by

        $ kubectl get TYPE NAME -o yaml`,
  examples: `  # Replace a pod using the data in pod.json
  kubectl replace -f ./pod.json
  
  # Replace a pod based on the JSON passed into stdin
  cat pod.json | kubectl replace -f -
  
  # Update a single-container pod's image version (tag) to v4
  kubectl get pod mypod -o yaml | sed 's/\\(image: myimage\\):.*$/\\1:v4/' | kubectl replace -f -
  
  # Force replace, delete and then re-create the resource
  kubectl replace --force -f ./pod.json`,
  usage: 'replace -f FILENAME',
  flags: [
    ...OBJECT_OUTPUT_FLAGS,
    ...FILENAME_FLAGS('to use to replace the resource.'),
    DRY_RUN_FLAG,
    FIELD_MANAGER('kubectl-replace'),
    VALIDATE_FLAG,
    { name: 'force', type: 'bool', usage: 'If true, immediately remove resources from API and bypass graceful deletion. Note that immediate deletion of some resources may result in inconsistency or data loss and requires confirmation.' },
    { name: 'grace-period', type: 'int', default: -1, usage: 'Period of time in seconds given to the resource to terminate gracefully. Ignored if negative. Set to 1 for immediate shutdown. Can only be set to 0 when --force is true (force deletion).' },
    { name: 'timeout', type: 'duration', default: '0s', usage: 'The length of time to wait before giving up on a delete, zero means determine a timeout from the size of the object' },
    { name: 'cascade', type: 'string', default: 'background', usage: 'Must be "background", "orphan", or "foreground". Selects the deletion cascading strategy for the dependents (e.g. Pods created by a ReplicationController). Defaults to background.' },
    { name: 'wait', type: 'bool', usage: 'If true, wait for resources to be gone before returning. This waits for finalizers.' },
    { name: 'save-config', type: 'bool', usage: "If true, the configuration of current object will be saved in its annotation. Otherwise, the annotation will be unchanged. This flag is useful when you want to perform kubectl apply on this object in the future." },
    { name: 'raw', type: 'string', usage: 'Raw URI to PUT to the server.  Uses the transport specified by the kubeconfig file.' },
    { name: 'subresource', type: 'string', usage: 'If specified, replace will operate on the subresource of the requested object.' }
  ],
  run: runReplace
}
