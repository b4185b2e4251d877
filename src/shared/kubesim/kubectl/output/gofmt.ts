// How Go prints values kubectl hands to fmt.Sprint or json.Marshal, for the jsonpath
// and custom-columns printers (unstructured objects: maps, slices, strings, int64, float64, bool).

/** fmt.Sprint of an unstructured value: `map[a:b c:d]`, `[x y]`, numbers and strings as is. */
export function goPrint(v: unknown): string {
  if (v === null || v === undefined) return '<nil>'
  if (Array.isArray(v)) return `[${v.map(goPrint).join(' ')}]`
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>
    return `map[${Object.keys(o)
      .sort()
      .map((k) => `${k}:${goPrint(o[k])}`)
      .join(' ')}]`
  }
  if (typeof v === 'number') return goNumber(v)
  return String(v)
}

function goNumber(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return String(n)
  const s = String(n)
  return s.replace(/e([+-])(\d)$/, 'e$10$2')
}

/** json.Marshal: sorted keys, no spaces, `<`, `>` and `&` escaped as Go does. */
export function goJson(v: unknown): string {
  return JSON.stringify(sortKeys(v))
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
}

export function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys)
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>
    const out: Record<string, unknown> = {}
    for (const k of Object.keys(o).sort()) out[k] = sortKeys(o[k])
    return out
  }
  return v
}

/** The Go type name of an unstructured value, for error messages. */
export function goTypeName(v: unknown): string {
  if (Array.isArray(v)) return '[]interface {}'
  if (v === null || v === undefined) return 'interface {}'
  if (typeof v === 'object') return 'map[string]interface {}'
  if (typeof v === 'number') return Number.isInteger(v) ? 'int64' : 'float64'
  if (typeof v === 'boolean') return 'bool'
  return 'string'
}

/** Go's %#v of an unstructured value, as kubectl prints it when a jsonpath template fails. */
export function goSyntax(v: unknown): string {
  if (v === null || v === undefined) return 'interface {}(nil)'
  if (Array.isArray(v)) return `[]interface {}{${v.map(goSyntax).join(', ')}}`
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>
    return `map[string]interface {}{${Object.keys(o)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${goSyntax(o[k])}`)
      .join(', ')}}`
  }
  if (typeof v === 'string') return JSON.stringify(v)
  if (typeof v === 'number') return goNumber(v)
  return String(v)
}

/** time.Duration.String() for whole or fractional seconds: `12s`, `1m30s`, `1h0m0s`, `500ms`, `0s`. */
export function goDuration(seconds: number): string {
  if (seconds === 0) return '0s'
  if (Math.abs(seconds) < 1) return `${Math.round(seconds * 1000)}ms`
  const sign = seconds < 0 ? '-' : ''
  let s = Math.abs(seconds)
  const h = Math.floor(s / 3600)
  s -= h * 3600
  const m = Math.floor(s / 60)
  s -= m * 60
  const sec = Number.isInteger(s) ? String(s) : String(Number(s.toFixed(9)))
  if (h) return `${sign}${h}h${m}m${sec}s`
  if (m) return `${sign}${m}m${sec}s`
  return `${sign}${sec}s`
}
