// Formatting helpers shared by the table printers and describe: labels.FormatLabels,
// metav1.FormatLabelSelector, layoutContainerCells.

/* eslint-disable @typescript-eslint/no-explicit-any */

/** labels.FormatLabels: `a=b,c=d` sorted by key, `<none>` when empty. */
export function formatLabels(labels: Record<string, string> | undefined | null): string {
  if (!labels) return '<none>'
  const keys = Object.keys(labels).sort()
  if (!keys.length) return '<none>'
  return keys.map((k) => `${k}=${labels[k]}`).join(',')
}

/** labels.Selector.String() of a LabelSelector: requirements sorted by key. */
export function selectorString(sel: any): string {
  if (!sel) return ''
  const reqs: { key: string; text: string }[] = []
  for (const [k, v] of Object.entries<string>(sel.matchLabels ?? {})) reqs.push({ key: k, text: `${k}=${v}` })
  for (const e of sel.matchExpressions ?? []) {
    const values = [...(e.values ?? [])].sort().join(',')
    const text =
      e.operator === 'In'
        ? `${e.key} in (${values})`
        : e.operator === 'NotIn'
          ? `${e.key} notin (${values})`
          : e.operator === 'Exists'
            ? e.key
            : `!${e.key}`
    reqs.push({ key: e.key, text })
  }
  reqs.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  return reqs.map((r) => r.text).join(',')
}

/** metav1.FormatLabelSelector: `<none>` for a nil or empty selector. */
export function formatLabelSelector(sel: any): string {
  return selectorString(sel) || '<none>'
}

/** layoutContainerCells: names and images joined by commas. */
export function containerCells(containers: any[] | undefined): [string, string] {
  const list = containers ?? []
  return [list.map((c) => c.name).join(','), list.map((c) => c.image).join(',')]
}

export function str(v: unknown): string {
  return v === undefined || v === null ? '' : String(v)
}

export function num(v: unknown): string {
  return typeof v === 'number' ? String(v) : '0'
}
