// resource.Quantity: parsing ("100m", "1.5", "128Mi", "1e3") and canonical printing.

const BINARY: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 }
const DECIMAL: Record<string, number> = { n: 1e-9, u: 1e-6, m: 1e-3, '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18 }
const PATTERN = /^([+-]?(?:\d+\.?\d*|\.\d+))(?:(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E)|[eE]([+-]?\d+))?$/

export type QuantityFormat = 'BinarySI' | 'DecimalSI' | 'DecimalExponent'

export interface Quantity {
  value: number
  format: QuantityFormat
}

export const QUANTITY_ERROR = "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'"

export function parseQuantity(input: unknown): Quantity | undefined {
  if (typeof input === 'number') return Number.isFinite(input) ? { value: input, format: 'DecimalSI' } : undefined
  if (typeof input !== 'string') return undefined
  const m = PATTERN.exec(input.trim())
  if (!m) return undefined
  const base = parseFloat(m[1])
  if (m[2] && m[2] in BINARY) return { value: base * BINARY[m[2]], format: 'BinarySI' }
  if (m[3] !== undefined) return { value: base * 10 ** parseInt(m[3], 10), format: 'DecimalExponent' }
  return { value: base * DECIMAL[m[2] ?? ''], format: 'DecimalSI' }
}

/** The value in base units (cores, bytes), or NaN. */
export function quantityValue(input: unknown): number {
  return parseQuantity(input)?.value ?? NaN
}

export function milli(input: unknown): number {
  const q = parseQuantity(input)
  return q ? Math.round(q.value * 1000) : 0
}

/** Quantity.String(): the canonical form the API server returns. */
export function formatQuantity(value: number, format: QuantityFormat = 'DecimalSI'): string {
  if (value === 0) return '0'
  if (format === 'BinarySI' && Number.isInteger(value) && value >= 1024) {
    for (const suffix of ['Ei', 'Pi', 'Ti', 'Gi', 'Mi', 'Ki']) {
      const unit = BINARY[suffix]
      if (value % unit === 0) return `${value / unit}${suffix}`
    }
  }
  if (format === 'BinarySI' && Number.isInteger(value)) return String(value)
  const m = Math.round(value * 1000)
  if (Math.abs(m - value * 1000) < 1e-6 && m % 1000 !== 0) return `${m}m`
  if (Number.isInteger(value)) {
    for (const [suffix, unit] of [['E', 1e18], ['P', 1e15], ['T', 1e12], ['G', 1e9], ['M', 1e6], ['k', 1e3]] as const) {
      if (value % unit === 0) return `${value / unit}${suffix}`
    }
    return String(value)
  }
  const n = Math.round(value * 1e9)
  return n % 1e6 === 0 ? `${n / 1e6}m` : n % 1e3 === 0 ? `${n / 1e3}u` : `${n}n`
}

/** Re-serialises a quantity the way the API server normalises it on storage ("0.5" → "500m"). */
export function canonicalQuantity(input: unknown): string | undefined {
  const q = parseQuantity(input)
  return q ? formatQuantity(q.value, q.format) : undefined
}
