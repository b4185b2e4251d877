// Single-byte charsets as data: the character each byte 0x80–0xFF decodes to.
// Bytes below 0x80 are ASCII in both.

/** Mac OS Roman, as Apple's ROMAN.TXT (0xDB is the euro sign, 0xF0 the Apple logo). */
export const MAC_ROMAN_HIGH =
  'ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø' +
  '¿¡¬√ƒ≈∆«»…\u00a0ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\uf8ffÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ'

/**
 * Windows-1252. Its five unassigned bytes decode to the C1 control of the same value,
 * as browsers (WHATWG) and Latin-1 decoders do, so they can be mapped back too.
 */
export const WINDOWS_1252_HIGH =
  '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ' +
  Array.from({ length: 0x60 }, (_, i) => String.fromCharCode(0xa0 + i)).join('')

export type SingleByteCharset = 'mac-roman' | 'windows-1252'

const HIGH: Record<SingleByteCharset, string> = {
  'mac-roman': MAC_ROMAN_HIGH,
  'windows-1252': WINDOWS_1252_HIGH
}

// Other spellings of the same byte found in the wild: older Mac Roman tables put the
// currency sign at 0xDB and the ohm sign at 0xBD, and Latin-1 decoders give C1 controls where Windows-1252 has
// punctuation.
const EXTRA_REVERSE: Record<SingleByteCharset, [string, number][]> = {
  'mac-roman': [
    ['¤', 0xdb],
    ['\u2126', 0xbd]
  ],
  'windows-1252': Array.from({ length: 0x20 }, (_, i) => [String.fromCharCode(0x80 + i), 0x80 + i])
}

const reverseTables = new Map<SingleByteCharset, Map<string, number>>()

/** Character → byte for the high half of a charset. */
export function reverseTable(charset: SingleByteCharset): Map<string, number> {
  let table = reverseTables.get(charset)
  if (!table) {
    table = new Map(EXTRA_REVERSE[charset])
    Array.from(HIGH[charset]).forEach((char, i) => table!.set(char, 0x80 + i))
    reverseTables.set(charset, table)
  }
  return table
}

export function decodeSingleByte(bytes: Uint8Array, charset: SingleByteCharset): string {
  const high = HIGH[charset]
  let text = ''
  for (const byte of bytes) text += byte < 0x80 ? String.fromCharCode(byte) : high[byte - 0x80]
  return text
}
