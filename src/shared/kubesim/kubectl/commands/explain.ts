import type { FieldDoc, ResourceInfo } from '../../engine/contract'
import type { Ctx } from '../context'
import { CmdError, NoResourceTypeError } from '../errors'
import { flagBool, flagString } from '../flags'
import { groupResource } from '../resources'
import { wrapWords } from '../output/wordwrap'
import type { CommandSpec } from './types'

// kubectl explain (pkg/cmd/explain/explain.go, pkg/explain/explain.go for the
// argument, pkg/explain/v2/templates/plaintext.tmpl for the text). The documentation
// itself is the engine's (its schemas); the layout is the template's: descriptions
// wrapped at 76 columns and indented by 4, fields as `name<TAB><type>`.

const indent = (n: number, s: string): string => ' '.repeat(n) + s.split('\n').join('\n' + ' '.repeat(n))

/** SplitAndParseResourceRequestWithMatchingPrefix: `deployments.apps.spec` or `deploy.spec`. */
function parseArg(ctx: Ctx, arg: string): { info: ResourceInfo; path: string[] } {
  const parts = arg.split('.')
  const info = ctx.cluster.resolveResource(parts[0])
  if (!info) throw new NoResourceTypeError(parts[0])
  const full = groupResource(info)
  const rest = arg.startsWith(full + '.') || arg === full ? arg.slice(full.length) : arg.slice(parts[0].length)
  const path = rest.split('.').filter((p) => p !== '')
  if (/\.\./.test(rest) || /[[\]{}$]/.test(rest)) throw new CmdError('invalid jsonpath syntax, all nodes must be field nodes')
  return { info, path }
}

function fieldLine(f: FieldDoc, level: number): string {
  return `${' '.repeat(level * 2)}${f.name}\t<${f.type}>${f.required ? ' -required-' : ''}\n`
}

function fieldList(ctx: Ctx, info: ResourceInfo, path: string[], fields: FieldDoc[], recursive: boolean, level: number, depth = 0): string {
  let out = ''
  for (const f of fields) {
    out += fieldLine(f, level)
    if (!recursive) {
      const pad = level * 2
      out += indent(pad + 2, wrapWords(f.description || '<no description>', 78 - pad)) + '\n\n'
      continue
    }
    if (depth > 12) continue
    const sub = ctx.cluster.explain(info, [...path, f.name])
    if (sub?.fields?.length) out += fieldList(ctx, info, [...path, f.name], sub.fields, true, level + 1, depth + 1)
  }
  return out
}

function runExplain(ctx: Ctx): void {
  const args = ctx.flags.args
  if (!args.length) {
    throw new CmdError('You must specify the type of resource to explain. Use "kubectl api-resources" for a complete list of supported resources.\n')
  }
  if (args.length > 1) throw new CmdError('We accept only this format: explain RESOURCE\n')
  const output = flagString(ctx.flags, 'output')
  if (output !== 'plaintext' && output !== 'plaintext-openapiv2') throw new CmdError(`unrecognized format: ${output}`)
  const { info, path } = parseArg(ctx, args[0])
  const recursive = flagBool(ctx.flags, 'recursive')
  const doc = ctx.cluster.explain(info, path)
  if (!doc) {
    if (!path.length) throw new CmdError(`couldn't find resource for "${info.group ? info.group + '/' : ''}${info.version}, Kind=${info.kind}"`)
    throw new CmdError(`field "${path[path.length - 1]}" does not exist`)
  }
  let out = ''
  if (info.group) out += `GROUP:      ${info.group}\n`
  out += `KIND:       ${info.kind}\nVERSION:    ${info.version}\n\n`
  if (path.length) out += `FIELD: ${path[path.length - 1]} <${doc.type}>\n\n\n`
  const description = doc.description ? doc.description + '\n' : '<empty>'
  out += 'DESCRIPTION:\n' + indent(4, wrapWords(description, 76)) + '\n'
  if (doc.fields?.length) out += 'FIELDS:\n' + fieldList(ctx, info, path, doc.fields, recursive, 1)
  ctx.out(out + '\n')
}

export const explainCommand: CommandSpec = {
  name: 'explain',
  group: 'Basic Commands (Intermediate)',
  short: 'Get documentation for a resource',
  long: `Describe fields and structure of various resources.

 This command describes the fields associated with each supported API resource. Fields are identified via a simple JSONPath identifier:

        <type>.<fieldName>[.<fieldName>]
        
 Information about each field is retrieved from the server in OpenAPI format.

Use "kubectl api-resources" for a complete list of supported resources.`,
  examples: `  # Get the documentation of the resource and its fields
  kubectl explain pods
  
  # Get all the fields in the resource
  kubectl explain pods --recursive
  
  # Get the explanation for deployment in supported api versions
  kubectl explain deployments --api-version=apps/v1
  
  # Get the documentation of a specific field of a resource
  kubectl explain pods.spec.containers
  
  # Get the documentation of resources in different format
  kubectl explain deployment --output=plaintext-openapiv2`,
  usage: 'explain TYPE [--recursive=FALSE|TRUE] [--api-version=api-version-group] [-o|--output=plaintext|plaintext-openapiv2]',
  flags: [
    { name: 'recursive', type: 'bool', usage: 'When true, print the name of all the fields recursively. Otherwise, print the available fields with their description.' },
    { name: 'api-version', type: 'string', usage: 'Use given api-version (group/version) of the resource.' },
    { name: 'output', short: 'o', type: 'string', default: 'plaintext', usage: 'Format in which to render the schema. Valid values are: (plaintext, plaintext-openapiv2).' }
  ],
  run: runExplain
}
