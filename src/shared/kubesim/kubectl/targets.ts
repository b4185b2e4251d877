import { ApiException, type KubeObject, type ResourceInfo } from '../engine/contract'
import type { Ctx } from './context'
import { apiErrorMessage, CmdError } from './errors'
import { flagBool, flagList, flagString } from './flags'
import { namespaceOfManifest, readManifests, resourceOfManifest } from './manifests'
import { parseResourceArgs, REQUIRED_RESOURCE_HELP } from './resources'

// The objects a command acts on (resource.Builder with ResourceTypeOrNameArgs,
// FilenameParam, LabelSelectorParam, SelectAllParam), fetched live, with the
// errors kubectl would print after the successes.

export interface Target {
  resource: ResourceInfo
  namespace: string | undefined
  name: string
  object: KubeObject
  source?: string
}

export interface SelectOptions {
  /** Arguments to read (defaults to all positional arguments). */
  args?: string[]
  /** The command has `--all` (delete, label…). */
  all?: boolean
  /** Let `TYPE` alone list everything (describe, top). */
  typeAlone?: boolean
  ignoreNotFound?: boolean
}

export interface Selection {
  targets: Target[]
  errors: string[]
}

function ns(ctx: Ctx, resource: ResourceInfo, allNamespaces: boolean): string | undefined {
  return resource.namespaced && !allNamespaces ? ctx.namespace : undefined
}

export async function selectTargets(ctx: Ctx, opts: SelectOptions = {}): Promise<Selection> {
  const args = opts.args ?? ctx.flags.args
  const selector = ctx.flags.values.has('selector') ? flagString(ctx.flags, 'selector') : ''
  const fieldSelector = ctx.flags.values.has('field-selector') ? flagString(ctx.flags, 'field-selector') : ''
  const allNamespaces = ctx.flags.values.has('all-namespaces') && flagBool(ctx.flags, 'all-namespaces')
  const all = opts.all && flagBool(ctx.flags, 'all')
  const targets: Target[] = []
  const errors: string[] = []
  const fetch = (resource: ResourceInfo, namespace: string | undefined, name: string, source?: string): void => {
    try {
      const object = ctx.cluster.get(resource, namespace, name, ctx.user)
      targets.push({ resource, namespace, name, object, source })
    } catch (e) {
      if (!(e instanceof ApiException)) throw e
      if (!(opts.ignoreNotFound && e.status.reason === 'NotFound')) errors.push(apiErrorMessage(e.status))
    }
  }
  const filenames = ctx.flags.values.has('filename') ? flagList(ctx.flags, 'filename') : []
  if (filenames.length) {
    if (args.length) throw new CmdError(`Unexpected args: [${args.join(' ')}]`)
    const manifests = await readManifests(ctx, filenames, flagBool(ctx.flags, 'recursive'))
    for (const m of manifests) {
      const info = resourceOfManifest(ctx, m)
      fetch(info, namespaceOfManifest(ctx, info, m.object), String((m.object.metadata as Record<string, unknown>)?.name ?? ''), m.source)
    }
    return { targets, errors }
  }
  const parsed = parseResourceArgs(ctx.cluster, args)
  if (parsed.kind === 'none') throw new CmdError(REQUIRED_RESOURCE_HELP)
  if (parsed.kind === 'pairs') {
    if (selector) throw new CmdError('name cannot be provided when a selector is specified')
    for (const p of parsed.pairs) fetch(p.resource, ns(ctx, p.resource, false), p.name)
    return { targets, errors }
  }
  if (parsed.names.length) {
    if (selector) throw new CmdError('name cannot be provided when a selector is specified')
    if (all) throw new CmdError('name cannot be provided when --all is specified')
    for (const t of parsed.types) for (const name of parsed.names) fetch(t, ns(ctx, t, false), name)
    return { targets, errors }
  }
  if (!all && !selector && !fieldSelector && !opts.typeAlone) {
    throw new CmdError('resource(s) were provided, but no name was specified')
  }
  for (const t of parsed.types) {
    const list = ctx.cluster.list(t, ns(ctx, t, allNamespaces), { labelSelector: selector || undefined, fieldSelector: fieldSelector || undefined }, ctx.user)
    for (const object of list) targets.push({ resource: t, namespace: object.metadata.namespace, name: object.metadata.name, object })
  }
  return { targets, errors }
}

/** Moves the simulated clock while a command waits, as the real one waits in real time. */
export function waitUntil(ctx: Ctx, done: () => boolean, timeoutSeconds: number, step = 1): boolean {
  for (let waited = 0; waited <= timeoutSeconds; waited += step) {
    if (done()) return true
    ctx.cluster.advance(step)
  }
  return done()
}
