import type { Ctx } from '../../context'
import { CmdError, usageError } from '../../errors'
import { flagString } from '../../flags'
import { toKubectlYaml } from '../../output/goyaml'
import { parseResourceArgs, REQUIRED_RESOURCE_HELP } from '../../resources'
import { LAST_APPLIED } from '../create/common'
import type { CommandSpec } from '../types'

// kubectl apply view-last-applied (pkg/cmd/apply/apply_view_last_applied.go).

function run(ctx: Ctx): void {
  const output = flagString(ctx.flags, 'output') || 'yaml'
  if (output !== 'yaml' && output !== 'json') {
    throw usageError(ctx.commandPath, `Unexpected -o output mode: ${output}, the flag 'output' must be one of yaml|json`)
  }
  const parsed = parseResourceArgs(ctx.cluster, ctx.flags.args)
  if (parsed.kind === 'none') throw usageError(ctx.commandPath, REQUIRED_RESOURCE_HELP)
  const pairs = parsed.kind === 'pairs' ? parsed.pairs : parsed.types.flatMap((resource) => parsed.names.map((name) => ({ resource, name })))
  for (const p of pairs) {
    const obj = ctx.cluster.get(p.resource, p.resource.namespaced ? ctx.namespace : undefined, p.name, ctx.user)
    const text = obj.metadata.annotations?.[LAST_APPLIED]
    if (text === undefined) throw new CmdError(`no last-applied-configuration annotation found on resource: ${p.name}\n`)
    const value = JSON.parse(text)
    ctx.out(output === 'json' ? JSON.stringify(value, null, 2) : toKubectlYaml(value))
  }
}

export const viewLastAppliedCommand: CommandSpec = {
  name: 'view-last-applied',
  short: 'View the latest last-applied-configuration annotations of a resource/object',
  long: 'View the latest last-applied-configuration annotations by type/name or file.\n\n The default output will be printed to stdout in YAML format. You can use the -o option to change the output format.',
  examples: `  # View the last-applied-configuration annotations by type/name in YAML
  kubectl apply view-last-applied deployment/nginx
  
  # View the last-applied-configuration annotations by file in JSON
  kubectl apply view-last-applied -f deploy.yaml -o json`,
  usage: 'apply view-last-applied (TYPE [NAME | -l label] | TYPE/NAME | -f FILENAME)',
  flags: [{ name: 'output', short: 'o', type: 'string', default: 'yaml', usage: 'Output format. Must be one of (yaml, json)' }],
  run
}
