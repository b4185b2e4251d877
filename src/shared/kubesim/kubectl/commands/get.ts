import { ApiException, type KubeObject, type ResourceInfo } from '../../engine/contract'
import type { Ctx } from '../context'
import { apiErrorMessage, CmdError, RawError, usageError } from '../errors'
import { flagBool, flagList, flagString } from '../flags'
import { namespaceOfManifest, readManifests, resourceOfManifest } from '../manifests'
import { PRINT_FLAGS, outputFormat, printGeneric, printGroups, sortObjects, type ResourceGroup } from '../print'
import { parseResourceArgs } from '../resources'
import { FILENAME_FLAGS } from './shared-flags'
import type { CommandSpec } from './types'

// kubectl get (pkg/cmd/get/get.go): one table per resource kind, errors after the
// output, "No resources found in <ns> namespace." on stderr when nothing printed.

interface Entry {
  resource: ResourceInfo
  object: KubeObject
}

function sameResource(a: ResourceInfo, b: ResourceInfo): boolean {
  return a.name === b.name && a.group === b.group
}

async function collect(ctx: Ctx, errors: string[]): Promise<{ groups: ResourceGroup[]; single: boolean }> {
  const args = ctx.flags.args
  const allNs = flagBool(ctx.flags, 'all-namespaces')
  const selector = flagString(ctx.flags, 'selector')
  const fieldSelector = flagString(ctx.flags, 'field-selector')
  const ignoreNotFound = flagBool(ctx.flags, 'ignore-not-found')
  const groups: ResourceGroup[] = []
  const push = (resource: ResourceInfo, objects: KubeObject[]): void => {
    const last = groups[groups.length - 1]
    if (last && sameResource(last.resource, resource)) last.objects.push(...objects)
    else groups.push({ resource, objects })
  }
  const fetchOne = (resource: ResourceInfo, ns: string | undefined, name: string): void => {
    try {
      push(resource, [ctx.cluster.get(resource, resource.namespaced ? ns : undefined, name, ctx.user)])
    } catch (e) {
      if (e instanceof ApiException) {
        if (!(ignoreNotFound && e.status.reason === 'NotFound')) errors.push(apiErrorMessage(e.status))
        push(resource, [])
      } else throw e
    }
  }

  const filenames = flagList(ctx.flags, 'filename')
  if (filenames.length) {
    const manifests = await readManifests(ctx, filenames, flagBool(ctx.flags, 'recursive'))
    for (const m of manifests) {
      const info = resourceOfManifest(ctx, m)
      const ns = namespaceOfManifest(ctx, info, m.object)
      const name = String((m.object.metadata as Record<string, unknown> | undefined)?.name ?? '')
      fetchOne(info, ns, name)
    }
    return { groups, single: manifests.length === 1 }
  }

  const parsed = parseResourceArgs(ctx.cluster, args)
  if (parsed.kind === 'none') throw new Error('unreachable')
  if (parsed.kind === 'pairs') {
    if (selector) throw new CmdError('name cannot be provided when a selector is specified')
    if (allNs) throw new CmdError('a resource cannot be retrieved by name across all namespaces')
    for (const p of parsed.pairs) fetchOne(p.resource, ctx.namespace, p.name)
    return { groups, single: parsed.pairs.length === 1 }
  }
  if (parsed.names.length) {
    if (selector) throw new CmdError('name cannot be provided when a selector is specified')
    if (allNs) throw new CmdError('a resource cannot be retrieved by name across all namespaces')
    for (const t of parsed.types) for (const name of parsed.names) fetchOne(t, ctx.namespace, name)
    return { groups, single: parsed.types.length === 1 && parsed.names.length === 1 }
  }
  for (const t of parsed.types) {
    const ns = t.namespaced && !allNs ? ctx.namespace : undefined
    const objects = ctx.cluster.list(t, ns, { labelSelector: selector || undefined, fieldSelector: fieldSelector || undefined }, ctx.user)
    groups.push({ resource: t, objects })
  }
  return { groups, single: false }
}

async function runGet(ctx: Ctx): Promise<void> {
  const args = ctx.flags.args
  if (!args.length && !flagList(ctx.flags, 'filename').length) {
    ctx.err(
      'You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.\n\n'
    )
    throw usageError(
      ctx.commandPath,
      'Required resource not specified.\nUse "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).'
    )
  }
  const format = await outputFormat(ctx, true)
  const errors: string[] = []
  const { groups, single } = await collect(ctx, errors)
  const sortBy = flagString(ctx.flags, 'sort-by')
  if (sortBy) for (const g of groups) g.objects = sortObjects(g.objects, sortBy)
  const allNs = flagBool(ctx.flags, 'all-namespaces')

  if (format.type !== 'table') {
    const entries: Entry[] = groups.flatMap((g) => g.objects.map((object) => ({ resource: g.resource, object })))
    if (!(entries.length === 0 && flagBool(ctx.flags, 'ignore-not-found'))) {
      if (!(single && errors.length)) printGeneric(ctx, format, entries, single)
    }
  } else {
    const kinds = new Set(groups.map((g) => `${g.resource.name}.${g.resource.group}`))
    const withKind = flagBool(ctx.flags, 'show-kind') || kinds.size > 1
    const before = ctx.stdout.length
    printGroups(ctx, groups, format.wide, allNs, withKind)
    if (ctx.stdout.length === before && !errors.length && !flagBool(ctx.flags, 'ignore-not-found')) {
      const allNamespaced = !allNs && groups.every((g) => g.resource.namespaced)
      ctx.err(allNamespaced ? `No resources found in ${ctx.namespace} namespace.\n` : 'No resources found\n')
    }
  }
  if (errors.length) throw new RawError(errors.join('\n'))
}

export const getCommand: CommandSpec = {
  name: 'get',
  group: 'Basic Commands (Intermediate)',
  short: 'Display one or many resources',
  long: `Display one or many resources.

 Prints a table of the most important information about the specified resources. You can filter the list using a label selector and the --selector flag. If the desired resource type is namespaced you will only see results in the current namespace if you don't specify any namespace.

 By specifying the output as 'template' and providing a Go template as the value of the --template flag, you can filter the attributes of the fetched resources.`,
  examples: `  # List all pods in ps output format
  kubectl get pods
  
  # List all pods in ps output format with more information (such as node name)
  kubectl get pods -o wide
  
  # List deployments in JSON output format, in the "v1" version of the "apps" API group
  kubectl get deployments.v1.apps -o json
  
  # List a single pod in JSON output format
  kubectl get -o json pod web-pod-13je7
  
  # List a pod identified by type and name specified in "pod.yaml" in JSON output format
  kubectl get -f pod.yaml -o json
  
  # List resource information in custom columns
  kubectl get pod test-pod -o custom-columns=CONTAINER:.spec.containers[0].name,IMAGE:.spec.containers[0].image
  
  # List all replication controllers and services together in ps output format
  kubectl get rc,services
  
  # List one or more resources by their type and names
  kubectl get rc/web service/frontend pods/web-pod-13je7
  
  # List all deployments in namespace 'backend'
  kubectl get deployments.apps --namespace backend
  
  # List all pods existing in all namespaces
  kubectl get pods --all-namespaces`,
  usage:
    'get [(-o|--output=)json|yaml|name|go-template|go-template-file|template|templatefile|jsonpath|jsonpath-as-json|jsonpath-file|custom-columns|custom-columns-file|wide] (TYPE[.VERSION][.GROUP] [NAME | -l label] | TYPE[.VERSION][.GROUP]/NAME ...) [flags]',
  flags: [
    ...PRINT_FLAGS,
    ...FILENAME_FLAGS('identifying the resource to get from a server.'),
    { name: 'all-namespaces', short: 'A', type: 'bool', usage: 'If present, list the requested object(s) across all namespaces. Namespace in current context is ignored even if specified with --namespace.' },
    { name: 'selector', short: 'l', type: 'string', usage: "Selector (label query) to filter on, supports '=', '==', '!=', 'in', 'notin'.(e.g. -l key1=value1,key2=value2,key3 in (value3)). Matching objects must satisfy all of the specified label constraints." },
    { name: 'field-selector', type: 'string', usage: "Selector (field query) to filter on, supports '=', '==', and '!='.(e.g. --field-selector key1=value1,key2=value2). The server only supports a limited number of field queries per type." },
    { name: 'watch', short: 'w', type: 'bool', usage: 'After listing/getting the requested object, watch for changes.' },
    { name: 'watch-only', type: 'bool', usage: 'Watch for changes to the requested object(s), without listing/getting first.' },
    { name: 'output-watch-events', type: 'bool', usage: 'Output watch event objects when --watch or --watch-only is used. Existing objects are output as initial ADDED events.' },
    { name: 'ignore-not-found', type: 'bool', usage: 'If the requested object does not exist the command will return exit code 0.' },
    { name: 'chunk-size', type: 'int', default: 500, usage: 'Return large lists in chunks rather than all at once. Pass 0 to disable. This flag is beta and may change in the future.' },
    { name: 'server-print', type: 'bool', default: true, usage: 'If true, have the server return the appropriate table output. Supports extension APIs and CRDs.' },
    { name: 'subresource', type: 'string', usage: 'If specified, gets the subresource of the requested object.' },
    { name: 'raw', type: 'string', usage: 'Raw URI to request from the server.  Uses the transport specified by the kubeconfig file.' }
  ],
  run: runGet
}
