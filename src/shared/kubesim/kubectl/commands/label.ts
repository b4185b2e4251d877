import { ApiException, type KubeObject } from '../../engine/contract'
import type { Ctx } from '../context'
import { apiErrorMessage, CmdError, RawError } from '../errors'
import { flagBool, flagString } from '../flags'
import { printObjects, toKubectlJson } from '../output/generic'
import { toKubectlYaml } from '../output/goyaml'
import { OBJECT_OUTPUT_FLAGS, outputFormat, stripManagedFields } from '../print'
import { qualifiedName } from '../resources'
import { selectTargets } from '../targets'
import { dryRunStrategy } from './create/common'
import { DRY_RUN_FLAG, FIELD_MANAGER, FILENAME_FLAGS, SELECTOR_FLAG } from './shared-flags'
import type { CommandSpec } from './types'

// kubectl label and kubectl annotate (pkg/cmd/label/label.go, pkg/cmd/annotate/annotate.go).

type Mode = 'label' | 'annotate'

const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/

/** cmdutil.GetResourcesAndPairs: resources first, then `key=value` / `key-` changes. */
function splitArgs(args: string[], mode: Mode): { resources: string[]; pairs: string[] } {
  const resources: string[] = []
  const pairs: string[] = []
  let inPairs = false
  for (const a of args) {
    const isPair = a.includes('=') || a.endsWith('-')
    if (isPair) inPairs = true
    if (inPairs && !isPair) throw new CmdError(`all resources must be specified before ${mode === 'label' ? 'label' : 'annotation'} changes: ${a}`)
    ;(isPair ? pairs : resources).push(a)
  }
  return { resources, pairs }
}

function parseChanges(pairs: string[], mode: Mode): { set: Record<string, string>; remove: string[] } {
  const set: Record<string, string> = {}
  const remove: string[] = []
  for (const spec of pairs) {
    if (spec.includes('=')) {
      const parts = mode === 'label' ? spec.split('=') : [spec.slice(0, spec.indexOf('=')), spec.slice(spec.indexOf('=') + 1)]
      if (parts.length !== 2 || !parts[0]) throw new CmdError(`invalid ${mode === 'label' ? 'label' : 'annotation'} spec: ${spec}`)
      if (mode === 'label' && (!LABEL_VALUE.test(parts[1]) || parts[1].length > 63)) {
        throw new CmdError(
          `invalid label value: "${spec}": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')`
        )
      }
      set[parts[0]] = parts[1]
    } else if (spec.endsWith('-')) {
      remove.push(spec.slice(0, -1))
    } else {
      throw new CmdError(`unknown ${mode === 'label' ? 'label' : 'annotation'} spec: ${spec}`)
    }
  }
  const both = remove.filter((r) => r in set)
  if (both.length) {
    throw new CmdError(
      mode === 'label'
        ? 'can not both modify and remove a label in the same command'
        : `can not both modify and remove the following annotation(s) in the same command: ${both.join(', ')}`
    )
  }
  return { set, remove }
}

function runner(mode: Mode) {
  return async (ctx: Ctx): Promise<void> => {
    const field = mode === 'label' ? 'labels' : 'annotations'
    const list = flagBool(ctx.flags, 'list')
    if (list && flagString(ctx.flags, 'output')) throw new CmdError('--list and --output may not be specified together')
    if (flagBool(ctx.flags, 'all') && flagString(ctx.flags, 'selector')) throw new CmdError('cannot set --all and --selector at the same time')
    const { resources, pairs } = splitArgs(ctx.flags.args, mode)
    if (!resources.length && !ctx.flags.changed.has('filename')) {
      throw new CmdError('one or more resources must be specified as <resource> <name> or <resource>/<name>')
    }
    if (!pairs.length && !list) throw new CmdError(`at least one ${mode === 'label' ? 'label' : 'annotation'} update is required`)
    const { set, remove } = parseChanges(pairs, mode)
    const overwrite = flagBool(ctx.flags, 'overwrite')
    const dryRun = dryRunStrategy(ctx)
    const format = await outputFormat(ctx, false)
    const { targets, errors } = await selectTargets(ctx, { args: resources, all: true })
    for (const t of targets) {
      const current: Record<string, string> = { ...((t.object.metadata as unknown as Record<string, unknown>)[field] as Record<string, string> | undefined) }
      if (list) {
        if (targets.length > 1) ctx.out(`Listing ${field} for ${t.resource.kind}.${t.resource.group}/${t.name}:\n`)
        for (const [k, v] of Object.entries(current)) ctx.out(`${targets.length > 1 ? ' ' : ''}${k}=${v}\n`)
        continue
      }
      try {
        if (!overwrite) {
          const clashes = Object.entries(set).filter(([k, v]) => k in current && current[k] !== v && k !== 'kubernetes.io/change-cause')
          if (clashes.length) {
            if (mode === 'label') throw new CmdError(clashes.map(([k]) => `'${k}' already has a value (${current[k]}), and --overwrite is false`).join('\nerror: '))
            throw new CmdError(`--overwrite is false but found the following declared annotation(s): ${clashes.map(([k]) => `'${k}' already has a value (${current[k]})`).join('; ')}`)
          }
        }
        if (mode === 'label' && dryRun !== 'client') {
          for (const r of remove) if (!(r in current)) ctx.out(`label "${r}" not found.\n`)
        }
        const next = { ...current, ...set }
        for (const r of remove) delete next[r]
        const changed = JSON.stringify(next) !== JSON.stringify(current)
        let msg = changed ? (mode === 'label' ? 'labeled' : 'annotated') : mode === 'label' ? 'not labeled' : 'annotated'
        if (mode === 'label' && changed && !overwrite && JSON.stringify(next).length < JSON.stringify(current).length) msg = 'unlabeled'
        let result: KubeObject = t.object
        if (changed && dryRun !== 'client') {
          const patch: Record<string, string | null> = { ...set }
          for (const r of remove) patch[r] = null
          const rv = flagString(ctx.flags, 'resource-version')
          result = ctx.cluster.patch(t.resource, t.namespace, t.name, { metadata: { [field]: patch, ...(rv ? { resourceVersion: rv } : {}) } }, 'merge', {
            user: ctx.user,
            dryRun: dryRun === 'server',
            fieldManager: flagString(ctx.flags, 'field-manager')
          })
        } else if (changed) {
          result = { ...t.object, metadata: { ...t.object.metadata, [field]: next } }
        }
        const name = qualifiedName(t.resource, t.name)
        const shown = stripManagedFields(ctx, result)
        const suffix = dryRun === 'client' ? ' (dry run)' : dryRun === 'server' ? ' (server dry run)' : ''
        if (format.type === 'table') ctx.out(`${name} ${msg}${suffix}\n`)
        else if (format.type === 'yaml') ctx.out(toKubectlYaml(shown))
        else if (format.type === 'json') ctx.out(toKubectlJson(shown))
        else ctx.out(printObjects(format, [shown], false, { noHeaders: false, names: [name] }))
      } catch (e) {
        if (e instanceof ApiException) errors.push(apiErrorMessage(e.status))
        else if (e instanceof CmdError) errors.push(`error: ${e.message}`)
        else throw e
      }
    }
    if (errors.length) throw new RawError(errors.join('\n'))
  }
}

function flags(mode: Mode): CommandSpec['flags'] {
  const what = mode === 'label' ? 'labels' : 'annotations'
  return [
    ...OBJECT_OUTPUT_FLAGS,
    ...FILENAME_FLAGS(`identifying the resource to update the ${mode === 'label' ? 'labels' : 'annotation'}`),
    SELECTOR_FLAG,
    DRY_RUN_FLAG,
    FIELD_MANAGER(mode === 'label' ? 'kubectl-label' : 'kubectl-annotate'),
    { name: 'overwrite', type: 'bool', usage: `If true, allow ${what} to be overwritten, otherwise reject ${mode === 'label' ? 'label' : 'annotation'} updates that overwrite existing ${what}.` },
    { name: 'list', type: 'bool', usage: `If true, display the ${what} for a given resource.` },
    { name: 'local', type: 'bool', usage: `If true, ${mode === 'label' ? 'label' : 'annotation'} will NOT contact api-server but run locally.` },
    { name: 'all', type: 'bool', usage: 'Select all resources, in the namespace of the specified resource types' },
    { name: 'all-namespaces', short: 'A', type: 'bool', usage: 'If true, check the specified action in all namespaces.' },
    { name: 'field-selector', type: 'string', usage: "Selector (field query) to filter on, supports '=', '==', and '!='.(e.g. --field-selector key1=value1,key2=value2). The server only supports a limited number of field queries per type." },
    { name: 'resource-version', type: 'string', usage: `If non-empty, the ${mode === 'label' ? 'labels' : 'annotation'} update will only succeed if this is the current resource-version for the object. Only valid when specifying a single resource.` }
  ]
}

export const labelCommand: CommandSpec = {
  name: 'label',
  group: 'Settings Commands',
  short: 'Update the labels on a resource',
  long: `Update the labels on a resource.

  *  A label key and value must begin with a letter or number, and may contain letters, numbers, hyphens, dots, and underscores, up to 63 characters each.
  *  Optionally, the key can begin with a DNS subdomain prefix and a single '/', like example.com/my-app.
  *  If --overwrite is true, then existing labels can be overwritten, otherwise attempting to overwrite a label will result in an error.
  *  If --resource-version is specified, then updates will use this resource version, otherwise the existing resource-version will be used.`,
  examples: `  # Update pod 'foo' with the label 'unhealthy' and the value 'true'
  kubectl label pods foo unhealthy=true
  
  # Update pod 'foo' with the label 'status' and the value 'unhealthy', overwriting any existing value
  kubectl label --overwrite pods foo status=unhealthy
  
  # Update all pods in the namespace
  kubectl label pods --all status=unhealthy
  
  # Update pod 'foo' only if the resource is unchanged from version 1
  kubectl label pods foo status=unhealthy --resource-version=1
  
  # Update pod 'foo' by removing a label named 'bar' if it exists
  # Does not require the --overwrite flag
  kubectl label pods foo bar-`,
  usage: 'label [--overwrite] (-f FILENAME | TYPE NAME) KEY_1=VAL_1 ... KEY_N=VAL_N [--resource-version=version]',
  flags: flags('label'),
  run: runner('label')
}

export const annotateCommand: CommandSpec = {
  name: 'annotate',
  group: 'Settings Commands',
  short: 'Update the annotations on a resource',
  long: `Update the annotations on one or more resources.

 All Kubernetes objects support the ability to store additional data with the object as annotations. Annotations are key/value pairs that can be larger than labels and include arbitrary string values such as structured JSON. Tools and system extensions may use annotations to store their own data.

 Attempting to set an annotation that already exists will fail unless --overwrite is set. If --resource-version is specified and does not match the current resource version on the server the command will fail.`,
  examples: `  # Update pod 'foo' with the annotation 'description' and the value 'my frontend'
  # If the same annotation is set multiple times, only the last value will be applied
  kubectl annotate pods foo description='my frontend'
  
  # Update pod 'foo' with the annotation 'description' and the value 'my frontend running nginx', overwriting any existing value
  kubectl annotate --overwrite pods foo description='my frontend running nginx'
  
  # Update all pods in the namespace
  kubectl annotate pods --all description='my frontend running nginx'
  
  # Update pod 'foo' by removing an annotation named 'description' if it exists
  # Does not require the --overwrite flag
  kubectl annotate pods foo description-`,
  usage: 'annotate [--overwrite] (-f FILENAME | TYPE NAME) KEY_1=VAL_1 ... KEY_N=VAL_N [--resource-version=version]',
  flags: flags('annotate'),
  run: runner('annotate')
}
