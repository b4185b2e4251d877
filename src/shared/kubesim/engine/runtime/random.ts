// Seeded PRNG (sfc32). Its four words are the whole state, so a saved cluster resumes
// the very same sequence of names, addresses and timings.

/** apimachinery's util/rand alphabet: no vowels (no accidental words), no confusable 0/1/3. */
export const NAME_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789'

export type RandomState = [number, number, number, number]

const HEX: string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'))

const HEX_CODES = Array.from('0123456789abcdef', (c) => c.charCodeAt(0))
const NAME_CODES = Array.from(NAME_ALPHABET, (c) => c.charCodeAt(0))

/** The hex digit of `n` at bit `shift`, as a character code. */
function digit(n: number, shift: number): number {
  return HEX_CODES[(n >>> shift) & 15]
}

function hex8(n: number): string {
  return HEX[n >>> 24] + HEX[(n >>> 16) & 255] + HEX[(n >>> 8) & 255] + HEX[n & 255]
}

export class Random {
  private a: number
  private b: number
  private c: number
  private d: number

  constructor(seedOrState: number | RandomState) {
    if (typeof seedOrState === 'number') {
      let s = seedOrState >>> 0
      const next = (): number => {
        s = (s + 0x9e3779b9) >>> 0
        let z = s
        z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0
        z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0
        return (z ^ (z >>> 16)) >>> 0
      }
      this.a = next()
      this.b = next()
      this.c = next()
      this.d = next()
      for (let i = 0; i < 12; i++) this.uint32()
    } else {
      ;[this.a, this.b, this.c, this.d] = seedOrState.map((n) => n >>> 0) as RandomState
    }
  }

  state(): RandomState {
    return [this.a, this.b, this.c, this.d]
  }

  uint32(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0
    this.d = (this.d + 1) >>> 0
    this.a = this.b ^ (this.b >>> 9)
    this.b = (this.c + (this.c << 3)) >>> 0
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0
    this.c = (this.c + t) >>> 0
    return t
  }

  /** Uniform float in [0, 1). */
  float(): number {
    return this.uint32() / 4294967296
  }

  /** Uniform integer in [min, max] (both inclusive). */
  int(min: number, max: number): number {
    return min + Math.floor(this.float() * (max - min + 1))
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)]
  }

  /** The 5-character suffix the API server appends to a generateName. */
  suffix(length = 5): string {
    // Built in one string (not one per character): suffixes are drawn by the hundred thousand.
    if (length === 5) return String.fromCharCode(this.nameCode(), this.nameCode(), this.nameCode(), this.nameCode(), this.nameCode())
    let out = ''
    for (let i = 0; i < length; i++) out += NAME_ALPHABET[this.int(0, NAME_ALPHABET.length - 1)]
    return out
  }

  private nameCode(): number {
    return NAME_CODES[this.int(0, NAME_CODES.length - 1)]
  }

  hex(length: number): string {
    let out = ''
    while (out.length < length) out += hex8(this.uint32())
    return out.slice(0, length)
  }

  /** RFC 4122 version-4 UUID, as metadata.uid (built in one go: uids are made by the hundred thousand). */
  uuid(): string {
    // Draw order and bit layout are part of the seeded sequence sessions are recorded with.
    const b = this.uint32()
    const c = this.uint32()
    const a = this.uint32()
    const d = this.uint32()
    const y = 0x8 | ((c >>> 28) & 3)
    // prettier-ignore
    return String.fromCharCode(
      digit(a, 28), digit(a, 24), digit(a, 20), digit(a, 16), digit(a, 12), digit(a, 8), digit(a, 4), digit(a, 0), 45,
      digit(b, 28), digit(b, 24), digit(b, 20), digit(b, 16), 45,
      52, digit(b, 8), digit(b, 4), digit(b, 0), 45,
      digit(y, 0), digit(c, 24), digit(c, 20), digit(c, 16), 45,
      digit(c, 12), digit(c, 8), digit(c, 4), digit(c, 0),
      digit(d, 28), digit(d, 24), digit(d, 20), digit(d, 16), digit(d, 12), digit(d, 8), digit(d, 4), digit(d, 0)
    )
  }
}

/** apimachinery's SafeEncodeString: maps each character into the name alphabet. */
export function safeEncode(text: string): string {
  let out = ''
  for (let i = 0; i < text.length; i++) out += NAME_ALPHABET[text.charCodeAt(i) % NAME_ALPHABET.length]
  return out
}

/** 32-bit FNV-1a, the hash the controllers use for pod-template-hash. */
export function fnv32a(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h >>> 0
}
