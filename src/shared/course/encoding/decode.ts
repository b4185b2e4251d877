import { decodeSingleByte, type SingleByteCharset } from './charsets'
import { repairEncoding, type EncodingRepair } from './repair'

export type SourceEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | SingleByteCharset

export interface DecodedCourse {
  text: string
  /** How the bytes were read; anything but `utf-8` means the file is not UTF-8. */
  encoding: SourceEncoding
  /** Set when the text was mojibake (UTF-8 read through a wrong charset) and was repaired. */
  repairedFrom?: EncodingRepair
}

const FRENCH_LETTERS = /[àâäçéèêëîïôöùûüÿœæÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ]/g
const UNLIKELY = /[\u0080-\u009f\u2200-\u22ff\u25ca\uf8ff\ufb01\ufb02]/g

function frenchness(text: string): number {
  return (text.match(FRENCH_LETTERS)?.length ?? 0) - (text.match(UNLIKELY)?.length ?? 0)
}

/**
 * Reads a course file's bytes: UTF-8 (BOM or not) and UTF-16 with a BOM; anything else is
 * a legacy single-byte file, read as Windows-1252 or Mac Roman, whichever gives more
 * French. Mojibake inside UTF-8 text is then repaired (see repairEncoding).
 */
export function decodeCourseBytes(bytes: Uint8Array): DecodedCourse {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' }
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' }
  }
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body)
  } catch {
    const windows = decodeSingleByte(body, 'windows-1252')
    const mac = decodeSingleByte(body, 'mac-roman')
    return frenchness(mac) > frenchness(windows)
      ? { text: mac, encoding: 'mac-roman' }
      : { text: windows, encoding: 'windows-1252' }
  }
  const repaired = repairEncoding(text)
  return { text: repaired.text, encoding: 'utf-8', ...(repaired.repairedFrom ? { repairedFrom: repaired.repairedFrom } : {}) }
}
