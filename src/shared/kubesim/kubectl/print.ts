import type { KubeObject, ResourceInfo } from '../engine/contract'
import type { Ctx } from './context'
import { flagBool, flagList, flagString } from './flags'
import { GET_FORMATS, OBJECT_FORMATS, parseOutputFormat, printObjects, type OutputFormat } from './output/generic'
import { findResults, parseJsonPath, relaxedJsonPath } from './output/jsonpath'
import { printTable } from './output/table-printer'
import { compareQuantities, parseQuantity } from './quantity'
import { qualifiedName } from './resources'
import { CmdError } from './errors'
import type { FlagSpec } from './flags'

/** The printing flags of `kubectl get` (get_flags.go and humanreadable_flags.go). */
export const PRINT_FLAGS: FlagSpec[] = [
  {
    name: 'output',
    short: 'o',
    type: 'string',
    usage:
      'Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file, custom-columns, custom-columns-file, wide). See custom columns [https://kubernetes.io/docs/reference/kubectl/#custom-columns], golang template [http://golang.org/pkg/text/template/#pkg-overview] and jsonpath template [https://kubernetes.io/docs/reference/kubectl/jsonpath/].'
  },
  { name: 'show-labels', type: 'bool', usage: 'When printing, show all labels as the last column (default hide labels column)' },
  { name: 'show-kind', type: 'bool', usage: 'If present, list the resource type for the requested object(s).' },
  { name: 'label-columns', short: 'L', type: 'stringSlice', usage: 'Accepts a comma separated list of labels that are going to be presented as columns. Names are case-sensitive. You can also use multiple flag options like -L label1 -L label2...' },
  { name: 'no-headers', type: 'bool', usage: 'When using the default or custom-column output format, don\'t print headers (default print headers).' },
  { name: 'sort-by', type: 'string', usage: "If non-empty, sort list types using this field specification.  The field specification is expressed as a JSONPath expression (e.g. '{.metadata.name}'). The field in the API resource specified by this JSONPath expression must be an integer or a string." },
  { name: 'template', type: 'string', usage: 'Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].' },
  { name: 'allow-missing-template-keys', type: 'bool', default: true, usage: 'If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.' },
  { name: 'show-managed-fields', type: 'bool', usage: 'If true, keep the managedFields when printing objects in JSON or YAML format.' }
]

/** The `-o` flag of commands that print the objects they change (create, apply, scale…). */
export const OBJECT_OUTPUT_FLAGS: FlagSpec[] = [
  { name: 'output', short: 'o', type: 'string', usage: 'Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).' },
  { name: 'template', type: 'string', usage: 'Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].' },
  { name: 'allow-missing-template-keys', type: 'bool', default: true, usage: 'If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.' },
  { name: 'show-managed-fields', type: 'bool', usage: 'If true, keep the managedFields when printing objects in JSON or YAML format.' }
]

export async function outputFormat(ctx: Ctx, forGet: boolean): Promise<OutputFormat> {
  return parseOutputFormat(flagString(ctx.flags, 'output'), forGet ? GET_FORMATS : ['', ...OBJECT_FORMATS], (p) => ctx.readFile(p))
}

/** kubectl drops managedFields from -o yaml/json unless --show-managed-fields. */
export function stripManagedFields(ctx: Ctx, obj: KubeObject): KubeObject {
  if (flagBool(ctx.flags, 'show-managed-fields') || !obj.metadata?.managedFields) return obj
  const metadata = { ...obj.metadata }
  delete metadata.managedFields
  return { ...obj, metadata }
}

/** A run of objects of one resource, printed as one table. */
export interface ResourceGroup {
  resource: ResourceInfo
  objects: KubeObject[]
}

/** sorter.go isLess on the first value found by the --sort-by path. */
function lessValue(a: unknown, b: unknown): number {
  if (a === undefined || a === null) return b === undefined || b === null ? 0 : -1
  if (b === undefined || b === null) return 1
  if (typeof a === 'number' && typeof b === 'number') return a - b
  if (typeof a === 'string' && typeof b === 'string') {
    const qa = parseQuantity(a)
    const qb = parseQuantity(b)
    if (qa && qb) return compareQuantities(qa, qb)
    return a < b ? -1 : a > b ? 1 : 0
  }
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b)
  return 0
}

export function sortObjects(objects: KubeObject[], sortBy: string): KubeObject[] {
  let path
  try {
    path = parseJsonPath(relaxedJsonPath(sortBy))
  } catch {
    path = parseJsonPath(sortBy)
  }
  const first = (o: KubeObject): unknown => findResults(path, o, { allowMissingKeys: true })[0]?.[0]
  if (objects.length && objects.every((o) => first(o) === undefined)) {
    throw new CmdError(`couldn't find any field with path "${relaxedJsonPath(sortBy)}" in the list of objects`)
  }
  return [...objects].sort((a, b) => lessValue(first(a), first(b)))
}

/** Prints resource groups as kubectl get does: one table per kind, separated by a blank line. */
export function printGroups(ctx: Ctx, groups: ResourceGroup[], wide: boolean, allNamespaces: boolean, withKind: boolean): void {
  let written = false
  for (const g of groups) {
    if (!g.objects.length) continue
    if (written && !flagBool(ctx.flags, 'no-headers')) ctx.out('\n')
    ctx.out(
      printTable(g.resource.kind, g.objects, {
        now: ctx.now(),
        wide,
        noHeaders: flagBool(ctx.flags, 'no-headers'),
        showLabels: flagBool(ctx.flags, 'show-labels'),
        labelColumns: flagList(ctx.flags, 'label-columns'),
        withNamespace: allNamespaces && g.resource.namespaced,
        kindPrefix: withKind ? qualifiedName(g.resource, '').slice(0, -1) : undefined
      })
    )
    written = true
  }
}

/** Prints objects in a non-table format (`-o yaml|json|name|jsonpath|custom-columns`). */
export function printGeneric(
  ctx: Ctx,
  format: Exclude<OutputFormat, { type: 'table' }>,
  entries: { resource: ResourceInfo; object: KubeObject }[],
  single: boolean,
  sortedJson = true
): void {
  const objects = entries.map((e) => stripManagedFields(ctx, e.object))
  ctx.out(
    printObjects(format, objects, !(single && objects.length === 1), {
      noHeaders: flagBool(ctx.flags, 'no-headers'),
      sortedJson,
      names: entries.map((e) => qualifiedName(e.resource, e.object.metadata.name))
    })
  )
}
