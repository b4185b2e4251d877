import { ApiException } from '../../../engine/contract'
import type { Ctx } from '../../context'
import { aggregateError, apiErrorMessage, CmdError, usageError, withSource, type KubectlErrors } from '../../errors'
import { flagBool, flagList, flagString } from '../../flags'
import { namespaceOfManifest, readManifestsUntilError, resourceOfManifest } from '../../manifests'
import { printObjects, toKubectlJson } from '../../output/generic'
import { toKubectlYaml } from '../../output/goyaml'
import { OBJECT_OUTPUT_FLAGS, outputFormat, stripManagedFields } from '../../print'
import { qualifiedName } from '../../resources'
import { DRY_RUN_FLAG, FIELD_MANAGER, FILENAME_FLAGS, SELECTOR_FLAG, VALIDATE_FLAG } from '../shared-flags'
import type { CommandSpec } from '../types'
import { dryRunStrategy, withLastApplied } from './common'
import { createConfigMapCommand, createSecretCommand } from './data'
import { MISC_GENERATORS } from './misc'
import { RBAC_GENERATORS } from './rbac'
import { createServiceCommand } from './service'
import { createCronJobCommand, createDeploymentCommand, createJobCommand } from './workloads'
import type { KubeObject } from '../../../engine/contract'

// kubectl create -f (pkg/cmd/create/create.go RunCreate): every object of the files,
// in order; API errors are gathered and printed after the successes.

async function runCreate(ctx: Ctx): Promise<void> {
  if (ctx.flags.args.length) throw usageError(ctx.commandPath, `Unexpected args: [${ctx.flags.args.join(' ')}]`)
  const dryRun = dryRunStrategy(ctx)
  const filenames = flagList(ctx.flags, 'filename')
  if (!filenames.length && !flagString(ctx.flags, 'kustomize')) throw new CmdError('must specify one of -f and -k')
  if (flagString(ctx.flags, 'kustomize')) throw new CmdError('kustomize is not available in this simulator')
  const format = await outputFormat(ctx, false)
  const { manifests, error: readError } = await readManifestsUntilError(ctx, filenames, flagBool(ctx.flags, 'recursive'))
  const targets = manifests.map((m) => {
    const info = resourceOfManifest(ctx, m)
    return { m, info, ns: namespaceOfManifest(ctx, info, m.object) }
  })
  const errors: KubectlErrors = []
  let count = 0
  for (const { m, info, ns } of targets) {
    try {
      let obj: Record<string, unknown> = { ...m.object, metadata: { ...((m.object.metadata ?? {}) as object), ...(ns ? { namespace: ns } : {}) } }
      if (flagBool(ctx.flags, 'save-config')) obj = withLastApplied(obj, true)
      let fromServer = false
      if (dryRun !== 'client') {
        try {
          obj = ctx.cluster.create(obj, { user: ctx.user, dryRun: dryRun === 'server', fieldManager: flagString(ctx.flags, 'field-manager') })
          fromServer = true
        } catch (e) {
          throw withSource(e, 'creating', m.source)
        }
      }
      count++
      const name = qualifiedName(info, String((obj.metadata as Record<string, unknown>)?.name ?? ''))
      const shown = fromServer ? stripManagedFields(ctx, obj as KubeObject) : (obj as KubeObject)
      if (format.type === 'table') {
        ctx.out(`${name} created${dryRun === 'client' ? ' (dry run)' : dryRun === 'server' ? ' (server dry run)' : ''}\n`)
      } else if (format.type === 'yaml') ctx.out(toKubectlYaml(shown))
      else if (format.type === 'json') ctx.out(toKubectlJson(shown))
      else ctx.out(printObjects(format, [shown], false, { noHeaders: false, names: [name] }))
    } catch (e) {
      if (e instanceof ApiException) errors.push({ text: apiErrorMessage(e.status) })
      else throw e
    }
  }
  if (readError) errors.push({ text: readError, plain: true })
  if (errors.length) throw aggregateError(errors)
  if (!count) throw new CmdError('no objects passed to create')
}

export const createCommand: CommandSpec = {
  name: 'create',
  group: 'Basic Commands (Beginner)',
  short: 'Create a resource from a file or from stdin',
  long: `Create a resource from a file or from stdin.

 JSON and YAML formats are accepted.`,
  examples: `  # Create a pod using the data in pod.json
  kubectl create -f ./pod.json
  
  # Create a pod based on the JSON passed into stdin
  cat pod.json | kubectl create -f -
  
  # Edit the data in registry.yaml in JSON then create the resource using the edited data
  kubectl create -f registry.yaml --edit -o json`,
  usage: 'create -f FILENAME',
  flags: [
    ...OBJECT_OUTPUT_FLAGS,
    ...FILENAME_FLAGS('to use to create the resource'),
    DRY_RUN_FLAG,
    FIELD_MANAGER('kubectl-create'),
    VALIDATE_FLAG,
    SELECTOR_FLAG,
    { name: 'save-config', type: 'bool', usage: "If true, the configuration of current object will be saved in its annotation. Otherwise, the annotation will be unchanged. This flag is useful when you want to perform kubectl apply on this object in the future." },
    { name: 'edit', type: 'bool', usage: 'Edit the API resource before creating' },
    { name: 'raw', type: 'string', usage: 'Raw URI to POST to the server.  Uses the transport specified by the kubeconfig file.' },
    { name: 'record', type: 'bool', hidden: true, usage: 'Record current kubectl command in the resource annotation.' },
    { name: 'windows-line-endings', type: 'bool', usage: 'Only relevant if --edit=true. Defaults to the line ending native to your platform.' }
  ],
  subcommands: [
    ...RBAC_GENERATORS.slice(0, 2),
    createConfigMapCommand,
    createCronJobCommand,
    createDeploymentCommand,
    ...MISC_GENERATORS.slice(0, 1),
    createJobCommand,
    ...MISC_GENERATORS.slice(1),
    ...RBAC_GENERATORS.slice(2, 4),
    createSecretCommand,
    createServiceCommand,
    RBAC_GENERATORS[4]
  ],
  run: runCreate
}
