import type { ClusterApi, ResourceInfo } from '../engine/contract'
import { CmdError, NoResourceTypeError } from './errors'

// resource.Builder's reading of TYPE / NAME arguments: `pods`, `po web`, `deploy/web`,
// `pods,svc`, `all`, with kubectl's messages when the arguments do not fit.

export interface TypedName {
  resource: ResourceInfo
  name: string
}

export type ResourceArgs =
  | { kind: 'types'; types: ResourceInfo[]; names: string[] }
  | { kind: 'pairs'; pairs: TypedName[] }
  | { kind: 'none' }

const GROUP_ORDER = ['', 'apps', 'autoscaling', 'batch']

/** Resolves `deploy`, `pods`, `deployments.apps`, or the `all` category. */
function resolveType(cluster: ClusterApi, text: string): ResourceInfo[] {
  if (text === 'all') {
    const all = cluster.resources().filter((r) => r.categories?.includes('all'))
    return all.sort((a, b) => GROUP_ORDER.indexOf(a.group) - GROUP_ORDER.indexOf(b.group) || (a.name < b.name ? -1 : 1))
  }
  const info = cluster.resolveResource(text)
  if (!info) throw new NoResourceTypeError(text)
  return [info]
}

function resolveTypes(cluster: ClusterApi, text: string): ResourceInfo[] {
  const out: ResourceInfo[] = []
  for (const t of text.split(',')) {
    if (!t) continue
    for (const r of resolveType(cluster, t)) if (!out.includes(r)) out.push(r)
  }
  return out
}

export function parseResourceArgs(cluster: ClusterApi, args: string[]): ResourceArgs {
  if (!args.length) return { kind: 'none' }
  if (args.some((a) => a.includes('/'))) {
    if (!args.every((a) => a.includes('/'))) {
      throw new CmdError(
        "there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'"
      )
    }
    const pairs: TypedName[] = []
    for (const a of args) {
      const i = a.indexOf('/')
      const type = a.slice(0, i)
      const name = a.slice(i + 1)
      if (!type || !name) throw new CmdError(`arguments in resource/name form must have a single resource and name`)
      const [resource] = resolveType(cluster, type)
      pairs.push({ resource, name })
    }
    return { kind: 'pairs', pairs }
  }
  return { kind: 'types', types: resolveTypes(cluster, args[0]), names: args.slice(1) }
}

/** `kind.group/name`, the name kubectl prints for an object (`deployment.apps/web`, `pod/web-1`). */
export function qualifiedName(info: Pick<ResourceInfo, 'kind' | 'group'>, name: string): string {
  return `${info.kind.toLowerCase()}${info.group ? '.' + info.group : ''}/${name}`
}

/** `deployments.apps`, the resource as the API server names it in messages. */
export function groupResource(info: ResourceInfo): string {
  return info.group ? `${info.name}.${info.group}` : info.name
}



export const REQUIRED_RESOURCE_HELP =
  "You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'"
