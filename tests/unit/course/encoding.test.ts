import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { decodeCourseBytes, repairEncoding } from '@shared/course'
import { MAC_ROMAN_HIGH, WINDOWS_1252_HIGH } from '@shared/course/encoding/charsets'

const root = resolve(__dirname, '../../..')
const clean = readFileSync(resolve(root, 'content/courses/kubernetes/kubernetes.md'), 'utf8')
const macRomanMojibake = readFileSync(resolve(root, 'tests/fixtures/kubernetes.mojibake.md'), 'utf8')
const highBytes = Buffer.from(Array.from({ length: 128 }, (_, i) => 0x80 + i))

/** UTF-8 bytes read as Windows-1252 the way browsers and Windows do it (C1 for unassigned bytes). */
function asWindows1252(text: string): string {
  const unassigned = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d])
  return Array.from(Buffer.from(text, 'utf8'), (byte) =>
    unassigned.has(byte) ? String.fromCharCode(byte) : iconv.decode(Buffer.from([byte]), 'windows-1252')
  ).join('')
}

describe('charset tables', () => {
  it('match an independent decoder', () => {
    // iconv-lite follows the pre-1998 table: ¤ at 0xDB, the ohm sign at 0xBD, no Apple logo.
    const mac = Array.from(iconv.decode(highBytes, 'macintosh'))
    const older: Record<number, string> = { 0xdb: '¤', 0xbd: '\u2126', 0xf0: '\ufffd' }
    Array.from(MAC_ROMAN_HIGH).forEach((char, i) => expect(older[0x80 + i] ?? char).toBe(mac[i]))
    expect(WINDOWS_1252_HIGH.slice(32)).toBe(iconv.decode(highBytes.subarray(32), 'latin1'))
    const windows = Array.from(iconv.decode(highBytes.subarray(0, 32), 'windows-1252'))
    Array.from(WINDOWS_1252_HIGH.slice(0, 32)).forEach((char, i) => {
      if (windows[i] !== '\ufffd') expect(char).toBe(windows[i])
    })
  })
})

describe('repairEncoding', () => {
  it('repairs the real Mac Roman mojibake file exactly', () => {
    expect(macRomanMojibake).toContain('Pr√©sentation')
    const result = repairEncoding(macRomanMojibake)
    expect(result.repairedFrom).toBe('mac-roman')
    expect(result.text).toBe(clean)
  })

  it('repairs a Windows-1252 mojibake of the course exactly', () => {
    const mojibake = asWindows1252(clean)
    expect(mojibake).toContain('PrÃ©sentation')
    expect(mojibake).toContain('â€™')
    const result = repairEncoding(mojibake)
    expect(result.repairedFrom).toBe('windows-1252')
    expect(result.text).toBe(clean)
  })

  it('repairs a Latin-1 mojibake (C1 controls instead of Windows punctuation)', () => {
    const mojibake = iconv.decode(Buffer.from(clean, 'utf8'), 'latin1')
    expect(mojibake).toMatch(/[\u0080-\u009f]/)
    expect(repairEncoding(mojibake)).toEqual({ text: clean, repairedFrom: 'windows-1252' })
  })

  it('leaves correct text alone, even with √, Ã or typographic pairs', () => {
    expect(repairEncoding(clean)).toEqual({ text: clean })
    for (const text of [
      'La racine √2 vaut environ 1,414.',
      'Ã est une lettre du portugais, comme dans « São Paulo ».',
      'Voir l’école',
      '«été» — à bientôt',
      'Pas d’accent ici',
      'plain ASCII'
    ]) {
      expect(repairEncoding(text)).toEqual({ text })
    }
  })

  it('repairs a short mojibake line', () => {
    expect(repairEncoding('# Pr√©sentation de Kubernetes')).toEqual({
      text: '# Présentation de Kubernetes',
      repairedFrom: 'mac-roman'
    })
    expect(repairEncoding('# PrÃ©sentation â€” dÃ©ploiement')).toEqual({
      text: '# Présentation — déploiement',
      repairedFrom: 'windows-1252'
    })
  })

  it('keeps lines added later in correct UTF-8 when the rest is repaired', () => {
    const mixed = `${macRomanMojibake}\n\n---\n\n# Ajout récent : déjà en UTF-8\n`
    const result = repairEncoding(mixed)
    expect(result.repairedFrom).toBe('mac-roman')
    expect(result.text).toBe(`${clean}\n\n---\n\n# Ajout récent : déjà en UTF-8\n`)
  })
})

describe('decodeCourseBytes', () => {
  it('reads UTF-8 with or without a BOM', () => {
    const bytes = Buffer.from(clean, 'utf8')
    expect(decodeCourseBytes(bytes)).toEqual({ text: clean, encoding: 'utf-8' })
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes])
    expect(decodeCourseBytes(withBom)).toEqual({ text: clean, encoding: 'utf-8' })
  })

  it('repairs mojibake inside UTF-8 bytes', () => {
    expect(decodeCourseBytes(Buffer.from(macRomanMojibake, 'utf8'))).toEqual({
      text: clean,
      encoding: 'utf-8',
      repairedFrom: 'mac-roman'
    })
  })

  it('reads legacy Windows-1252 and Mac Roman files', () => {
    const sample = '# Présentation\n\n- Déploiement : « rolling update », coût 5 €\n- Très élevé, même là-bas\n'
    expect(decodeCourseBytes(iconv.encode(sample, 'windows-1252'))).toEqual({ text: sample, encoding: 'windows-1252' })
    expect(decodeCourseBytes(iconv.encode(sample.replace('€', 'EUR'), 'macintosh'))).toEqual({
      text: sample.replace('€', 'EUR'),
      encoding: 'mac-roman'
    })
  })

  it('reads UTF-16 with a BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# Été', 'utf16le')])
    expect(decodeCourseBytes(bytes)).toEqual({ text: '# Été', encoding: 'utf-16le' })
  })
})
