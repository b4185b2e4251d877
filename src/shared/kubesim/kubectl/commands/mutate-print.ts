import type { KubeObject, ResourceInfo } from '../../engine/contract'
import type { Ctx } from '../context'
import { printObjects, toKubectlJson } from '../output/generic'
import { toKubectlYaml } from '../output/goyaml'
import { outputFormat, stripManagedFields } from '../print'
import { qualifiedName } from '../resources'
import type { DryRun } from './create/common'

// The PrintFlags of commands that change an object: `<kind.group>/<name> <operation>`
// (with " (dry run)" / " (server dry run)"), or the object in the -o format.

export type Format = Awaited<ReturnType<typeof outputFormat>>

export function printChanged(ctx: Ctx, format: Format, resource: Pick<ResourceInfo, 'kind' | 'group'>, obj: KubeObject, operation: string, dryRun: DryRun): void {
  const name = qualifiedName(resource, obj.metadata.name)
  const shown = stripManagedFields(ctx, obj)
  const suffix = dryRun === 'client' ? ' (dry run)' : dryRun === 'server' ? ' (server dry run)' : ''
  if (format.type === 'table') ctx.out(`${name} ${operation}${suffix}\n`)
  else if (format.type === 'yaml') ctx.out(toKubectlYaml(shown))
  else if (format.type === 'json') ctx.out(toKubectlJson(shown))
  else ctx.out(printObjects(format, [shown], false, { noHeaders: false, names: [name] }))
}
