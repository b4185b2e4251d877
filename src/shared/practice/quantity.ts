// Kubernetes resource quantities (`500m`, `0.5`, `128Mi`, `1G`, `1e3`), so that a check
// on a CPU or memory value accepts every spelling the API server treats as equal.

const binary: Record<string, number> = {
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60
}
const decimal: Record<string, number> = {
  n: 1e-9,
  u: 1e-6,
  m: 1e-3,
  '': 1,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18
}

/** The quantity's value in base units, or undefined when it is not a quantity. */
export function parseQuantity(input: unknown): number | undefined {
  if (typeof input === 'number') return Number.isFinite(input) ? input : undefined
  if (typeof input !== 'string') return undefined
  const match = /^([+-]?(?:\d+\.?\d*|\.\d+))(?:([eE][+-]?\d+)|(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E))?$/.exec(
    input.trim()
  )
  if (!match) return undefined
  const base = Number(match[1])
  if (match[2]) return base * 10 ** Number(match[2].slice(1))
  const suffix = match[3] ?? ''
  return base * (binary[suffix] ?? decimal[suffix])
}

export function sameQuantity(a: unknown, b: unknown): boolean {
  const x = parseQuantity(a)
  const y = parseQuantity(b)
  if (x === undefined || y === undefined) return false
  return Math.abs(x - y) <= Math.max(Math.abs(x), Math.abs(y)) * 1e-9
}
