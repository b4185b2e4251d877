// Standard base64 over UTF-8 (Secret data), without Buffer or the DOM's atob.
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const LOOKUP = new Map([...ALPHABET].map((c, i) => [c, i]))

function utf8(text: string): number[] {
  const out: number[] = []
  for (const ch of text) {
    const cp = ch.codePointAt(0)!
    if (cp < 0x80) out.push(cp)
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63))
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63))
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63))
  }
  return out
}

export function encodeBase64(text: string): string {
  const bytes = utf8(text)
  let out = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0)
    out += ALPHABET[(n >> 18) & 63] + ALPHABET[(n >> 12) & 63]
    out += i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63] : '='
    out += i + 2 < bytes.length ? ALPHABET[n & 63] : '='
  }
  return out
}

/** Index of the first byte Go's decoder rejects, or -1 when the text is valid base64. */
export function base64ErrorAt(text: string): number {
  if (text.length % 4 !== 0) {
    for (let i = 0; i < text.length; i++) if (!LOOKUP.has(text[i]) && text[i] !== '=') return i
    return text.length - (text.length % 4)
  }
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === '=') {
      if (i < text.length - 2 || (i === text.length - 2 && text[i + 1] !== '=')) return i
    } else if (!LOOKUP.has(c)) return i
  }
  return -1
}

export function decodeBase64(text: string): string {
  const bytes: number[] = []
  let buffer = 0
  let bits = 0
  for (const c of text) {
    const v = LOOKUP.get(c)
    if (v === undefined) continue
    buffer = (buffer << 6) | v
    bits += 6
    if (bits >= 8) {
      bits -= 8
      bytes.push((buffer >> bits) & 0xff)
    }
  }
  let out = ''
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]
    let cp: number
    let n: number
    if (b < 0x80) [cp, n] = [b, 1]
    else if (b >= 0xf0) [cp, n] = [b & 7, 4]
    else if (b >= 0xe0) [cp, n] = [b & 15, 3]
    else [cp, n] = [b & 31, 2]
    for (let k = 1; k < n; k++) cp = (cp << 6) | ((bytes[i + k] ?? 0) & 63)
    out += String.fromCodePoint(cp > 0x10ffff ? 0xfffd : cp)
    i += n
  }
  return out
}
