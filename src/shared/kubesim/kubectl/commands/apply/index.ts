import { ApiException, type KubeObject, type ResourceInfo } from '../../../engine/contract'
import type { Ctx } from '../../context'
import { aggregateError, apiErrorMessage, CmdError, usageError, withSource, type KubectlErrors } from '../../errors'
import { flagBool, flagList, flagString } from '../../flags'
import { namespaceOfManifest, readManifestsUntilError, resourceOfManifest, type Manifest } from '../../manifests'
import { printObjects, toKubectlJson } from '../../output/generic'
import { toKubectlYaml } from '../../output/goyaml'
import { OBJECT_OUTPUT_FLAGS, outputFormat, stripManagedFields } from '../../print'
import { qualifiedName } from '../../resources'
import { dryRunStrategy, LAST_APPLIED, withLastApplied, type DryRun } from '../create/common'
import { DRY_RUN_FLAG, FIELD_MANAGER, FILENAME_FLAGS, SELECTOR_FLAG, VALIDATE_FLAG } from '../shared-flags'
import type { CommandSpec } from '../types'
import { applyPatch, pruneNulls, threeWayPatch } from './merge'
import { viewLastAppliedCommand } from './view-last-applied'

// kubectl apply (pkg/cmd/apply/apply.go applyOneObject): create when absent,
// otherwise a three-way merge against the last-applied-configuration annotation;
// "created", "configured" or "unchanged" per object.

type Obj = Record<string, unknown>

function suffix(dryRun: DryRun): string {
  return dryRun === 'client' ? ' (dry run)' : dryRun === 'server' ? ' (server dry run)' : ''
}

function print(ctx: Ctx, format: Awaited<ReturnType<typeof outputFormat>>, info: ResourceInfo, obj: Obj, operation: string, dryRun: DryRun): void {
  const name = qualifiedName(info, String((obj.metadata as Obj)?.name ?? ''))
  const shown = stripManagedFields(ctx, obj as KubeObject)
  if (format.type === 'table') ctx.out(`${name} ${operation}${suffix(dryRun)}\n`)
  else if (format.type === 'yaml') ctx.out(toKubectlYaml(shown))
  else if (format.type === 'json') ctx.out(toKubectlJson(shown))
  else ctx.out(printObjects(format, [shown], false, { noHeaders: false, names: [name] }))
}

function applyOne(ctx: Ctx, m: Manifest, info: ResourceInfo, ns: string | undefined, dryRun: DryRun, format: Awaited<ReturnType<typeof outputFormat>>): void {
  const serverSide = flagBool(ctx.flags, 'server-side')
  const meta = { ...((m.object.metadata ?? {}) as Obj) }
  if (ns) meta.namespace = ns
  const name = String(meta.name ?? '')
  if (!name && meta.generateName) throw new CmdError(`from ${String(meta.generateName)}: cannot use generate name with apply`)
  const object: Obj = { ...m.object, metadata: meta }
  const modified = serverSide ? object : withLastApplied(object, true)
  const opts = { user: ctx.user, dryRun: dryRun === 'server', fieldManager: flagString(ctx.flags, 'field-manager') }
  let current: KubeObject | undefined
  try {
    current = ctx.cluster.get(info, ns, name, ctx.user)
  } catch (e) {
    if (!(e instanceof ApiException && e.status.reason === 'NotFound')) throw withSource(e, 'retrieving current configuration of', m.source)
  }
  if (!current) {
    let created: Obj = pruneNulls(modified) as Obj
    if (dryRun !== 'client') {
      try {
        created = ctx.cluster.create(created, opts)
      } catch (e) {
        throw withSource(e, 'creating', m.source)
      }
    }
    print(ctx, format, info, created, serverSide ? 'serverside-applied' : 'created', dryRun)
    return
  }
  if (dryRun === 'client') {
    print(ctx, format, info, current, serverSide ? 'serverside-applied' : 'configured', dryRun)
    return
  }
  if (!serverSide && current.metadata.annotations?.[LAST_APPLIED] === undefined) {
    ctx.err(
      `Warning: resource ${info.name}/${name} is missing the ${LAST_APPLIED} annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.\n`
    )
  }
  let original: unknown
  const lastApplied = current.metadata.annotations?.[LAST_APPLIED]
  if (lastApplied && !serverSide) {
    try {
      original = JSON.parse(lastApplied)
    } catch {
      original = undefined
    }
  }
  const patch = threeWayPatch(original, modified, current as Obj)
  if (!Object.keys(patch).length) {
    print(ctx, format, info, current, serverSide ? 'serverside-applied' : 'unchanged', dryRun)
    return
  }
  let updated: Obj
  try {
    updated = ctx.cluster.update(applyPatch(current as Obj, patch), opts)
  } catch (e) {
    if (e instanceof ApiException && e.status.reason !== 'Invalid') {
      const message =
        `error when applying patch:\n${JSON.stringify(patch)}\nto:\n` +
        `Resource: "${info.group ? info.group + '/' : ''}${info.version}, Resource=${info.name}", GroupVersionKind: "${info.group ? info.group + '/' : ''}${info.version}, Kind=${info.kind}"\n` +
        `Name: "${name}", Namespace: "${ns ?? ''}"\nfor: "${m.source}": error when patching "${m.source}": ${e.status.message}`
      throw new ApiException({ ...e.status, message })
    }
    throw e
  }
  if (updated.metadata && (updated.metadata as Obj).deletionTimestamp) {
    ctx.err(`Warning: Detected changes to resource ${name} which is currently being deleted.\n`)
  }
  print(ctx, format, info, updated, serverSide ? 'serverside-applied' : 'configured', dryRun)
}

async function runApply(ctx: Ctx): Promise<void> {
  if (ctx.flags.args.length) throw usageError(ctx.commandPath, `Unexpected args: [${ctx.flags.args.join(' ')}]`)
  const dryRun = dryRunStrategy(ctx)
  const serverSide = flagBool(ctx.flags, 'server-side')
  if (flagBool(ctx.flags, 'force-conflicts') && !serverSide) throw new CmdError('--force-conflicts only works with --server-side')
  if (dryRun === 'client' && serverSide) throw new CmdError("--dry-run=client doesn't work with --server-side (did you mean --dry-run=server instead?)")
  if (flagBool(ctx.flags, 'all') && flagString(ctx.flags, 'selector')) throw new CmdError('cannot set --all and --selector at the same time')
  if (flagString(ctx.flags, 'kustomize')) throw new CmdError('kustomize is not available in this simulator')
  const filenames = flagList(ctx.flags, 'filename')
  if (!filenames.length) throw new CmdError('must specify one of -f and -k')
  if (flagBool(ctx.flags, 'prune')) throw new CmdError('--prune is not available in this simulator')
  const format = await outputFormat(ctx, false)
  const { manifests, error: readError } = await readManifestsUntilError(ctx, filenames, flagBool(ctx.flags, 'recursive'))
  const selector = flagString(ctx.flags, 'selector')
  const targets = manifests
    .map((m) => {
      const info = resourceOfManifest(ctx, m)
      return { m, info, ns: namespaceOfManifest(ctx, info, m.object) }
    })
    .filter(({ m }) => !selector || matchesEquality(selector, ((m.object.metadata as Obj)?.labels ?? {}) as Record<string, string>))
  if (!targets.length && !readError) throw new CmdError('no objects passed to apply')
  const errors: KubectlErrors = []
  for (const { m, info, ns } of targets) {
    try {
      applyOne(ctx, m, info, ns, dryRun, format)
    } catch (e) {
      if (e instanceof ApiException) errors.push({ text: apiErrorMessage(e.status) })
      else if (e instanceof CmdError) errors.push({ text: e.message, plain: true })
      else throw e
    }
  }
  if (readError) errors.push({ text: readError, plain: true })
  if (errors.length) throw aggregateError(errors)
}

/** The `-l` of apply filters the file's objects by equality on their labels. */
function matchesEquality(selector: string, labels: Record<string, string>): boolean {
  return selector.split(',').every((req) => {
    const m = /^\s*([^!=\s]+)\s*(==|=|!=)\s*(\S*)\s*$/.exec(req)
    if (!m) return req.startsWith('!') ? !(req.slice(1) in labels) : req.trim() in labels
    return m[2] === '!=' ? labels[m[1]] !== m[3] : labels[m[1]] === m[3]
  })
}

export const applyCommand: CommandSpec = {
  name: 'apply',
  group: 'Advanced Commands',
  short: 'Apply a configuration to a resource by file name or stdin',
  long: `Apply a configuration to a resource by file name or stdin. The resource name must be specified. This resource will be created if it doesn't exist yet. To use 'apply', always create the resource initially with either 'apply' or 'create --save-config'.

 JSON and YAML formats are accepted.

 Alpha Disclaimer: the --prune functionality is not yet complete. Do not use unless you are aware of what the current state is. See https://issues.k8s.io/34274.`,
  examples: `  # Apply the configuration in pod.json to a pod
  kubectl apply -f ./pod.json
  
  # Apply resources from a directory containing kustomization.yaml - e.g. dir/kustomization.yaml
  kubectl apply -k dir/
  
  # Apply the JSON passed into stdin to a pod
  cat pod.json | kubectl apply -f -`,
  usage: 'apply (-f FILENAME | -k DIRECTORY)',
  flags: [
    ...OBJECT_OUTPUT_FLAGS,
    ...FILENAME_FLAGS('that contains the configuration to apply'),
    DRY_RUN_FLAG,
    FIELD_MANAGER('kubectl-client-side-apply'),
    VALIDATE_FLAG,
    SELECTOR_FLAG,
    { name: 'all', type: 'bool', usage: 'Select all resources in the namespace of the specified resource types.' },
    { name: 'prune', type: 'bool', usage: 'Automatically delete resource objects, that do not appear in the configs and are created by either apply or create --save-config. Should be used with either -l or --all.' },
    { name: 'server-side', type: 'bool', usage: 'If true, apply runs in the server instead of the client.' },
    { name: 'force-conflicts', type: 'bool', usage: 'If true, server-side apply will force the changes against conflicts.' },
    { name: 'force', type: 'bool', usage: 'If true, immediately remove resources from API and bypass graceful deletion. Note that immediate deletion of some resources may result in inconsistency or data loss and requires confirmation.' },
    { name: 'overwrite', type: 'bool', default: true, usage: 'Automatically resolve conflicts between the modified and live configuration by using values from the modified configuration' },
    { name: 'wait', type: 'bool', usage: 'If true, wait for resources to be gone before returning. This waits for finalizers.' },
    { name: 'timeout', type: 'duration', default: '0s', usage: 'The length of time to wait before giving up on a delete, zero means determine a timeout from the size of the object' },
    { name: 'grace-period', type: 'int', default: -1, usage: 'Period of time in seconds given to resource to terminate gracefully. Ignored if negative. Set to 1 for immediate shutdown. Can only be set to 0 when --force is true (force deletion).' },
    { name: 'cascade', type: 'string', default: 'background', usage: 'Must be "background", "orphan", or "foreground". Selects the deletion cascading strategy for the dependents (e.g. Pods created by a ReplicationController). Defaults to background.' },
    { name: 'record', type: 'bool', hidden: true, usage: 'Record current kubectl command in the resource annotation.' }
  ],
  subcommands: [viewLastAppliedCommand],
  run: runApply
}
