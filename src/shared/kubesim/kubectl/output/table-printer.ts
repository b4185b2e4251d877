import type { KubeObject } from '../../engine/contract'
import { formatLabels } from './tables/format'
import { tableFor } from './tables'
import { alignColumns } from './tabwriter'

export interface TableOptions {
  now: number
  wide: boolean
  noHeaders: boolean
  showLabels: boolean
  /** `-L app,tier`: one column per label key. */
  labelColumns: string[]
  withNamespace: boolean
  /** `kind.group` prefix for the name column when several kinds are listed (`deployment.apps`). */
  kindPrefix?: string
}

/** printTable (cli-runtime printers/tableprinter.go): a cell stops at its first line break, marked "...". */
function cellText(s: string): string {
  const i = s.search(/[\f\n\r]/)
  return i >= 0 ? s.slice(0, i) + '...' : s
}

/** Rows (header first) for objects of one kind, decorated as decorateTable does. */
function tableRows(kind: string, objects: KubeObject[], o: TableOptions): string[][] {
  const handler = tableFor(kind)
  const visible = handler.columns.map((c, i) => ({ c, i })).filter(({ c }) => o.wide || !c.priority)
  const rows: string[][] = []
  if (!o.noHeaders) {
    const header = visible.map(({ c }) => c.name.toUpperCase())
    if (o.withNamespace) header.unshift('NAMESPACE')
    for (const l of o.labelColumns) header.push(l.split('/').pop()!.toUpperCase())
    if (o.showLabels) header.push('LABELS')
    rows.push(header)
  }
  for (const obj of objects) {
    const cells = handler.row(obj, { now: o.now })
    const row = visible.map(({ c, i }) => {
      const text = cellText(cells[i] ?? '')
      return c.isName && o.kindPrefix ? `${o.kindPrefix}/${text}` : text
    })
    if (o.withNamespace) row.unshift(obj.metadata.namespace ?? '')
    const labels = obj.metadata.labels ?? {}
    for (const l of o.labelColumns) row.push(labels[l] ?? '')
    if (o.showLabels) row.push(formatLabels(labels))
    rows.push(row)
  }
  return rows
}

export function printTable(kind: string, objects: KubeObject[], o: TableOptions): string {
  if (!objects.length) return ''
  return alignColumns(tableRows(kind, objects, o))
}
