import type { Ctx } from '../context'
import { CmdError, usageError } from '../errors'
import { flagBool, flagList, flagString } from '../flags'
import { alignColumns } from '../output/tabwriter'
import type { CommandSpec } from './types'

// kubectl api-resources and api-versions (pkg/cmd/apiresources).

function apiResources(ctx: Ctx): void {
  if (ctx.flags.args.length) throw usageError(ctx.commandPath, `unexpected arguments: [${ctx.flags.args.join(' ')}]`)
  const output = flagString(ctx.flags, 'output')
  if (output && output !== 'wide' && output !== 'name') throw new CmdError(`--output ${output} is not available`)
  const sortBy = flagString(ctx.flags, 'sort-by')
  if (sortBy && sortBy !== 'name' && sortBy !== 'kind') throw new CmdError('--sort-by accepts only name or kind')
  const verbs = flagList(ctx.flags, 'verbs')
  const categories = flagList(ctx.flags, 'categories')
  let list = ctx.cluster.resources().filter((r) => r.verbs.length)
  if (ctx.flags.changed.has('api-group')) list = list.filter((r) => r.group === flagString(ctx.flags, 'api-group'))
  if (ctx.flags.changed.has('namespaced')) list = list.filter((r) => r.namespaced === flagBool(ctx.flags, 'namespaced'))
  if (verbs.length) list = list.filter((r) => verbs.every((v) => r.verbs.includes(v)))
  if (categories.length) list = list.filter((r) => categories.every((c) => r.categories?.includes(c)))
  const key = (r: (typeof list)[number]): string => (sortBy === 'name' ? r.name : sortBy === 'kind' ? r.kind : r.group)
  list = list
    .map((r, i) => ({ r, i }))
    .sort((a, b) => (key(a.r) < key(b.r) ? -1 : key(a.r) > key(b.r) ? 1 : a.r.name < b.r.name ? -1 : a.r.name > b.r.name ? 1 : a.i - b.i))
    .map((x) => x.r)
  if (output === 'name') {
    ctx.out(list.map((r) => (r.group ? `${r.name}.${r.group}` : r.name) + '\n').join(''))
    return
  }
  const rows: string[][] = []
  if (!flagBool(ctx.flags, 'no-headers')) {
    rows.push(['NAME', 'SHORTNAMES', 'APIVERSION', 'NAMESPACED', 'KIND', ...(output === 'wide' ? ['VERBS', 'CATEGORIES'] : [])])
  }
  for (const r of list) {
    const gv = r.group ? `${r.group}/${r.version}` : r.version
    const row = [r.name, r.shortNames.join(','), gv, String(r.namespaced), r.kind]
    if (output === 'wide') row.push(r.verbs.join(','), (r.categories ?? []).join(','))
    rows.push(row)
  }
  ctx.out(alignColumns(rows))
}

function apiVersions(ctx: Ctx): void {
  if (ctx.flags.args.length) throw usageError(ctx.commandPath, `unexpected arguments: [${ctx.flags.args.join(' ')}]`)
  const versions = new Set(ctx.cluster.resources().map((r) => (r.group ? `${r.group}/${r.version}` : r.version)))
  ctx.out([...versions].sort().map((v) => v + '\n').join(''))
}

export const apiResourcesCommand: CommandSpec = {
  name: 'api-resources',
  group: 'Other Commands',
  short: 'Print the supported API resources on the server',
  long: 'Print the supported API resources on the server.',
  examples: `  # Print the supported API resources
  kubectl api-resources
  
  # Print the supported API resources with more information
  kubectl api-resources -o wide
  
  # Print the supported API resources sorted by a column
  kubectl api-resources --sort-by=name
  
  # Print the supported namespaced resources
  kubectl api-resources --namespaced=true
  
  # Print the supported non-namespaced resources
  kubectl api-resources --namespaced=false
  
  # Print the supported API resources with a specific APIGroup
  kubectl api-resources --api-group=rbac.authorization.k8s.io`,
  usage: 'api-resources [flags]',
  flags: [
    { name: 'no-headers', type: 'bool', usage: "When using the default or custom-column output format, don't print headers (default print headers)." },
    { name: 'output', short: 'o', type: 'string', usage: 'Output format. One of: (wide, name).' },
    { name: 'api-group', type: 'string', usage: 'Limit to resources in the specified API group.' },
    { name: 'namespaced', type: 'bool', default: true, usage: 'If false, non-namespaced resources will be returned, otherwise returning namespaced resources by default.' },
    { name: 'verbs', type: 'stringSlice', usage: 'Limit to resources that support the specified verbs.' },
    { name: 'sort-by', type: 'string', usage: "If non-empty, sort list of resources using specified field. The field can be either 'name' or 'kind'." },
    { name: 'cached', type: 'bool', usage: 'Use the cached list of resources if available.' },
    { name: 'categories', type: 'stringSlice', usage: 'Limit to resources that belong to the specified categories.' }
  ],
  run: apiResources
}

export const apiVersionsCommand: CommandSpec = {
  name: 'api-versions',
  group: 'Other Commands',
  short: 'Print the supported API versions on the server, in the form of "group/version"',
  long: 'Print the supported API versions on the server, in the form of "group/version".',
  examples: '  # Print the supported API versions\n  kubectl api-versions',
  usage: 'api-versions',
  run: apiVersions
}
