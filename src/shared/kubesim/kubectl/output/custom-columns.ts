import { goPrint } from './gofmt'
import { findResults, JsonPathError, parseJsonPath, relaxedJsonPath } from './jsonpath'
import type { JpList } from './jsonpath/nodes'
import { alignColumns } from './tabwriter'

export interface Column {
  header: string
  path: JpList
}

/** kubectl get/customcolumn.go NewCustomColumnsPrinterFromSpec: `NAME:.metadata.name,IMAGE:.spec.containers[*].image`. */
export function parseCustomColumns(spec: string): Column[] {
  if (!spec) throw new JsonPathError('custom-columns format specified but no custom columns given')
  return spec.split(',').map((part) => {
    const colon = part.indexOf(':')
    if (colon < 0) throw new JsonPathError(`unexpected custom-columns spec: ${part}, expected <header>:<json-path-expr>`)
    return { header: part.slice(0, colon), path: parseJsonPath(relaxedJsonPath(part.slice(colon + 1))) }
  })
}

/** `-o custom-columns-file=…`: a header line and a line of paths, both split on blanks. */
export function parseCustomColumnsFile(text: string): Column[] {
  const lines = text.split('\n')
  const missing = 'Expected format is one line of space separated headers, one line of space separated column specs.'
  if (lines.length < 1 || !lines[0].trim()) throw new JsonPathError(`invalid template, missing header line. ${missing}`)
  if (lines.length < 2 || !lines[1].trim()) throw new JsonPathError(`invalid template, missing spec line. ${missing}`)
  const headers = lines[0].trim().split(/\s+/)
  const specs = lines[1].trim().split(/\s+/)
  if (headers.length !== specs.length) {
    throw new JsonPathError(`number of headers (${headers.length}) and field specifications (${specs.length}) don't match`)
  }
  return headers.map((header, i) => ({ header, path: parseJsonPath(relaxedJsonPath(specs[i])) }))
}

export function renderCustomColumns(columns: Column[], objects: unknown[], noHeaders: boolean): string {
  const rows: string[][] = []
  if (!noHeaders) rows.push(columns.map((c) => c.header))
  for (const obj of objects) {
    rows.push(
      columns.map((c) => {
        const results = findResults(c.path, obj, { allowMissingKeys: true })
        const cells: string[] = []
        if (!results.length || !results[0].length) cells.push('<none>')
        for (const v of results.flat()) cells.push(goPrint(v))
        return cells.join(',')
      })
    )
  }
  return alignColumns(rows)
}
