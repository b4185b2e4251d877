import { ApiException, type KubeObject } from '../../../engine/contract'
import type { Ctx } from '../../context'
import { CmdError, usageError } from '../../errors'
import { flagBool, flagString, type FlagSpec } from '../../flags'
import { sortKeys } from '../../output/gofmt'
import { printObjects, toKubectlJson } from '../../output/generic'
import { toKubectlYaml } from '../../output/goyaml'
import { OBJECT_OUTPUT_FLAGS, outputFormat, stripManagedFields } from '../../print'
import { qualifiedName } from '../../resources'
import { DRY_RUN_FLAG, FIELD_MANAGER, VALIDATE_FLAG } from '../shared-flags'

// What every `kubectl create <generator>` shares (pkg/cmd/create/create.go and the
// generators): NAME from the arguments, --dry-run, -o, --save-config, and the
// "<kind>.<group>/<name> created" line.

export type DryRun = 'none' | 'client' | 'server'

export const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration'

export function generatorFlags(fieldManager = 'kubectl-create'): FlagSpec[] {
  return [
    ...OBJECT_OUTPUT_FLAGS,
    DRY_RUN_FLAG,
    FIELD_MANAGER(fieldManager),
    VALIDATE_FLAG,
    {
      name: 'save-config',
      type: 'bool',
      usage:
        "If true, the configuration of current object will be saved in its annotation. Otherwise, the annotation will be unchanged. This flag is useful when you want to perform kubectl apply on this object in the future."
    }
  ]
}

/** cmdutil.GetDryRunStrategy. */
export function dryRunStrategy(ctx: Ctx): DryRun {
  const v = flagString(ctx.flags, 'dry-run')
  switch (v) {
    case 'unchanged':
    case 'client':
    case 'true':
      return 'client'
    case 'server':
      return 'server'
    case 'none':
    case 'false':
    case '':
      return 'none'
  }
  throw new CmdError(`Invalid dry-run value (${v}). Must be "none", "server", or "client".`)
}

/** create.NameFromCommandArgs: exactly one NAME before any `--`. */
export function nameFromArgs(ctx: Ctx): string {
  const n = ctx.flags.argsLenAtDash >= 0 ? ctx.flags.argsLenAtDash : ctx.flags.args.length
  if (n !== 1) throw usageError(ctx.commandPath, `exactly one NAME is required, got ${n}`)
  return ctx.flags.args[0]
}

/** The namespace written into generated objects: only an explicit `-n` (EnforceNamespace). */
export function enforcedNamespace(ctx: Ctx): string | undefined {
  return ctx.explicitNamespace ? ctx.namespace : undefined
}

/** Go's ObjectMeta in field order, as the generators build it. */
export function objectMeta(name: string, namespace?: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { name, ...(namespace ? { namespace } : {}), creationTimestamp: null, ...extra }
}

/**
 * util.GetModifiedConfiguration: the object as compact JSON without the annotation
 * itself, ending in a newline. Objects read from files are unstructured (sorted keys,
 * an empty `annotations: {}` kept); generated objects are typed (field order, empty maps dropped).
 */
function lastAppliedValue(obj: Record<string, unknown>, unstructured: boolean): string {
  const meta = { ...((obj.metadata ?? {}) as Record<string, unknown>) }
  const annotations = { ...((meta.annotations ?? {}) as Record<string, string>) }
  delete annotations[LAST_APPLIED]
  if (unstructured || Object.keys(annotations).length) meta.annotations = annotations
  else delete meta.annotations
  const copy = { ...obj, metadata: meta }
  const json = JSON.stringify(unstructured ? sortKeys(copy) : copy)
  return json.replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026') + '\n'
}

/** Adds the last-applied-configuration annotation (create --save-config, apply). */
export function withLastApplied(obj: Record<string, unknown>, unstructured: boolean): Record<string, unknown> {
  const meta = { ...((obj.metadata ?? {}) as Record<string, unknown>) }
  meta.annotations = { ...((meta.annotations ?? {}) as Record<string, string>), [LAST_APPLIED]: lastAppliedValue(obj, unstructured) }
  return { ...obj, metadata: meta }
}

/**
 * Sends a generated object (unless --dry-run=client) and prints the result the way
 * PrintFlags does: `deployment.apps/web created`, with " (dry run)" / " (server dry run)".
 * `failedPrefix` is the generator's wrapping ("failed to create deployment"), or undefined
 * for generators that return the API error as is.
 */
export async function createAndPrint(ctx: Ctx, generated: Record<string, unknown>, failedPrefix?: string): Promise<void> {
  const dryRun = dryRunStrategy(ctx)
  const format = await outputFormat(ctx, false)
  let obj = flagBool(ctx.flags, 'save-config') ? withLastApplied(generated, false) : generated
  let fromServer = false
  const kind = String(obj.kind)
  const info = ctx.cluster.resources().find((r) => r.kind === kind && `${r.group ? r.group + '/' : ''}${r.version}` === obj.apiVersion)
  if (!info) throw new CmdError(`no matches for kind "${kind}" in version "${String(obj.apiVersion)}"`)
  if (dryRun !== 'client') {
    const meta = { ...((obj.metadata ?? {}) as Record<string, unknown>) }
    if (info.namespaced && !meta.namespace) meta.namespace = ctx.namespace
    try {
      obj = ctx.cluster.create({ ...obj, metadata: meta }, {
        user: ctx.user,
        dryRun: dryRun === 'server',
        fieldManager: flagString(ctx.flags, 'field-manager')
      }) as Record<string, unknown>
      fromServer = true
    } catch (e) {
      if (e instanceof ApiException && failedPrefix) throw new CmdError(`${failedPrefix}: ${e.status.message}`)
      throw e
    }
  }
  const name = qualifiedName(info, String((obj.metadata as Record<string, unknown>).name))
  const shown = fromServer ? stripManagedFields(ctx, obj as KubeObject) : (obj as KubeObject)
  if (format.type === 'table') {
    const suffix = dryRun === 'client' ? ' (dry run)' : dryRun === 'server' ? ' (server dry run)' : ''
    ctx.out(`${name} created${suffix}\n`)
  } else if (format.type === 'yaml') {
    ctx.out(toKubectlYaml(shown))
  } else if (format.type === 'json') {
    ctx.out(toKubectlJson(shown, fromServer))
  } else {
    ctx.out(printObjects(format, [shown], false, { noHeaders: false, names: [name] }))
  }
}

/** `--image` names: `nginx:1.25` → `nginx`, `registry/app@sha256:…` → `app` (create_deployment.go buildPodSpec). */
export function containerNameFromImage(image: string): string {
  let name = image.split('/').pop() ?? image
  if (name.includes(':')) name = name.split(':')[0]
  if (name.includes('@')) name = name.split('@')[0]
  return name
}
