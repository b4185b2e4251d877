// apimachinery resource.Quantity, as far as kubectl needs it: parse "250m", "128Mi",
// "1e3"; compare; add; and print back in canonical form (Quantity.String()).

export type QuantityFormat = 'DecimalSI' | 'BinarySI' | 'DecimalExponent'

export interface Quantity {
  /** Value in base units (cores, bytes), kept as thousandths to stay exact for "m". */
  milli: number
  format: QuantityFormat
}

const BINARY: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 }
const DECIMAL: Record<string, number> = { n: 1e-9, u: 1e-6, m: 1e-3, '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18 }
const QUANTITY = /^([+-]?(?:\d+\.?\d*|\.\d+))(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE]|[eE][+-]?\d+)?$/

export function parseQuantity(text: string): Quantity | undefined {
  const m = QUANTITY.exec(text.trim())
  if (!m) return undefined
  const n = Number(m[1])
  const suffix = m[2] ?? ''
  if (suffix in BINARY) return { milli: Math.round(n * BINARY[suffix] * 1000), format: 'BinarySI' }
  if (/^[eE]/.test(suffix)) return { milli: Math.round(n * 10 ** Number(suffix.slice(1)) * 1000), format: 'DecimalExponent' }
  return { milli: Math.round(n * DECIMAL[suffix] * 1000), format: 'DecimalSI' }
}

export function compareQuantities(a: Quantity, b: Quantity): number {
  return a.milli - b.milli
}

export function addQuantities(a: Quantity, b: Quantity): Quantity {
  return { milli: a.milli + b.milli, format: a.format }
}

/** Quantity.String(): the largest suffix that keeps the value whole. */
export function formatQuantity(q: Quantity): string {
  const { milli } = q
  if (milli === 0) return '0'
  if (q.format === 'BinarySI' && milli % 1000 === 0) {
    const bytes = milli / 1000
    const abs = Math.abs(bytes)
    if (abs >= 1024) {
      for (const s of ['Ei', 'Pi', 'Ti', 'Gi', 'Mi', 'Ki']) {
        if (abs % BINARY[s] === 0) return `${bytes / BINARY[s]}${s}`
      }
    }
    return String(bytes)
  }
  if (milli % 1000 !== 0) return `${milli}m`
  const units = milli / 1000
  for (const [s, f] of [['E', 1e18], ['P', 1e15], ['T', 1e12], ['G', 1e9], ['M', 1e6], ['k', 1e3]] as const) {
    if (Math.abs(units) >= f && units % f === 0) return `${units / f}${s}`
  }
  return String(units)
}

/** The value in cores for cpu or bytes for memory. */
export function quantityValue(q: Quantity): number {
  return q.milli / 1000
}
