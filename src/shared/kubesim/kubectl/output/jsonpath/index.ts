import { goSyntax } from '../gofmt'
import { executeJsonPath, executeJsonPathAsJson, findResults } from './eval'
import { JsonPathError } from './nodes'
import { parseJsonPath } from './parser'

export { JsonPathError, findResults, parseJsonPath }

/**
 * kubectl's `-o jsonpath=TEMPLATE` (cli-runtime printers/jsonpath.go): parse errors and
 * execution errors are reported with kubectl's wording.
 */
export function renderJsonPath(template: string, data: unknown, asJson = false): string {
  let root
  try {
    root = parseJsonPath(template)
  } catch (e) {
    if (e instanceof JsonPathError) throw new JsonPathError(`error parsing jsonpath ${template}, ${e.message}`)
    throw e
  }
  try {
    return asJson
      ? executeJsonPathAsJson(root, data, { allowMissingKeys: true })
      : executeJsonPath(root, data, { allowMissingKeys: true })
  } catch (e) {
    if (!(e instanceof JsonPathError)) throw e
    const debug =
      `Error executing template: ${e.message}. Printing more information for debugging the template:\n` +
      `\ttemplate was:\n\t\t${template}\n` +
      `\tobject given to jsonpath engine was:\n\t\t${goSyntax(data)}\n\n`
    throw new JsonPathError(`error executing jsonpath ${JSON.stringify(template)}: ${debug}`)
  }
}

const RELAXED = /^\{\.?([^{}]+)\}$|^\.?([^{}]+)$/

/** kubectl get/customcolumn.go RelaxedJSONPathExpression: `a.b`, `.a.b`, `{a.b}` → `{.a.b}`. */
export function relaxedJsonPath(expr: string): string {
  if (!expr) return expr
  const m = RELAXED.exec(expr)
  if (!m) {
    throw new JsonPathError(
      "unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'"
    )
  }
  return `{.${m[1] ?? m[2]}}`
}
