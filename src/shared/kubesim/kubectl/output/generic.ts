import type { KubeObject } from '../../engine/contract'
import { parseCustomColumns, parseCustomColumnsFile, renderCustomColumns, type Column } from './custom-columns'
import { sortKeys } from './gofmt'
import { toKubectlYaml } from './goyaml'
import { JsonPathError, parseJsonPath, renderJsonPath } from './jsonpath'

/** `-o json`: four-space indent; sorted keys for objects read back from the server, as is for typed client objects. */
export function toKubectlJson(value: unknown, sorted = true): string {
  const text = JSON.stringify(sorted ? sortKeys(value) : value, null, 4)
  return text.replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026') + '\n'
}

/** The `kind.group/name` form of `-o name` and of "created"/"configured" messages. */
export function resourceName(kind: string, group: string, name: string): string {
  return `${kind.toLowerCase()}${group ? '.' + group : ''}/${name}`
}

export type OutputFormat =
  | { type: 'table'; wide: boolean }
  | { type: 'json' }
  | { type: 'yaml' }
  | { type: 'name' }
  | { type: 'jsonpath'; template: string; asJson: boolean }
  | { type: 'custom-columns'; columns: Column[] }

export class OutputFormatError extends Error {}

export const GET_FORMATS = [
  'custom-columns', 'custom-columns-file', 'go-template', 'go-template-file', 'json', 'jsonpath',
  'jsonpath-as-json', 'jsonpath-file', 'name', 'template', 'templatefile', 'wide', 'yaml'
]
export const OBJECT_FORMATS = GET_FORMATS.filter((f) => !f.startsWith('custom-columns') && f !== 'wide')

/**
 * Reads `-o` as PrintFlags.ToPrinter does; `readFile` serves the `-file` variants.
 * Throws OutputFormatError with kubectl's message for an unknown format.
 */
export async function parseOutputFormat(
  output: string,
  allowed: string[],
  readFile: (p: string) => Promise<string | undefined>
): Promise<OutputFormat> {
  const eq = output.indexOf('=')
  const name = eq < 0 ? output : output.slice(0, eq)
  const arg = eq < 0 ? '' : output.slice(eq + 1)
  const unknown = (): never => {
    throw new OutputFormatError(
      `unable to match a printer suitable for the output format "${output}", allowed formats are: ${allowed.join(',')}`
    )
  }
  if (name !== '' && !allowed.includes(name)) unknown()
  const fileText = async (): Promise<string> => {
    const text = await readFile(arg)
    if (text === undefined) throw new OutputFormatError(`error reading --template ${arg}, open ${arg}: no such file or directory`)
    return text
  }
  switch (name) {
    case '':
      return { type: 'table', wide: false }
    case 'wide':
      return { type: 'table', wide: true }
    case 'json':
      return { type: 'json' }
    case 'yaml':
      return { type: 'yaml' }
    case 'name':
      return { type: 'name' }
    case 'jsonpath':
    case 'jsonpath-as-json':
    case 'jsonpath-file': {
      const template = name === 'jsonpath-file' ? await fileText() : arg
      if (!template) throw new OutputFormatError('template format specified but no template given')
      wrapJp(() => parseJsonPathTemplate(template))
      return { type: 'jsonpath', template, asJson: name === 'jsonpath-as-json' }
    }
    case 'custom-columns':
      return { type: 'custom-columns', columns: wrapJp(() => parseCustomColumns(arg)) }
    case 'custom-columns-file': {
      const text = await fileText()
      return { type: 'custom-columns', columns: wrapJp(() => parseCustomColumnsFile(text)) }
    }
    default:
      throw new OutputFormatError(`the ${name} output format is not available in this simulator; use -o jsonpath instead`)
  }
}

function parseJsonPathTemplate(template: string): void {
  try {
    parseJsonPath(template)
  } catch (e) {
    if (e instanceof JsonPathError) throw new JsonPathError(`error parsing jsonpath ${template}, ${e.message}`)
    throw e
  }
}

function wrapJp<T>(f: () => T): T {
  try {
    return f()
  } catch (e) {
    if (e instanceof JsonPathError) throw new OutputFormatError(e.message)
    throw e
  }
}

/** Prints objects for a non-table format; a list when `asList`, else the single object. */
export function printObjects(
  format: Exclude<OutputFormat, { type: 'table' }>,
  objects: KubeObject[],
  asList: boolean,
  opts: { noHeaders: boolean; sortedJson?: boolean; names?: string[] }
): string {
  const data: unknown = asList
    ? { apiVersion: 'v1', items: objects, kind: 'List', metadata: { resourceVersion: '' } }
    : objects[0]
  switch (format.type) {
    case 'json':
      return toKubectlJson(data, opts.sortedJson ?? true)
    case 'yaml':
      return toKubectlYaml(data)
    case 'name':
      return (opts.names ?? []).map((n) => n + '\n').join('')
    case 'jsonpath':
      return renderJsonPath(format.template, data, format.asJson)
    case 'custom-columns':
      return renderCustomColumns(format.columns, objects, opts.noHeaders)
  }
}
