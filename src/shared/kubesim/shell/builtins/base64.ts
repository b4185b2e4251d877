import { fail, type CommandOutput } from '../types'
import type { ReadInput } from './filters'

const enc = new TextEncoder()
const dec = new TextDecoder('utf-8', { fatal: false })

export function toBase64(text: string): string {
  let binary = ''
  for (const b of enc.encode(text)) binary += String.fromCharCode(b)
  return btoa(binary)
}

/** Decodes base64; undefined when the input is not valid base64. */
export function fromBase64(data: string): string | undefined {
  const clean = data.replace(/\s+/g, '')
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 === 1) return undefined
  try {
    const binary = atob(clean)
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0))
    return dec.decode(bytes)
  } catch {
    return undefined
  }
}

/** coreutils base64: encode wrapping at 76 columns (`-w 0` for none), `-d` to decode. */
export async function base64(args: string[], read: ReadInput): Promise<CommandOutput> {
  let decode = false
  let wrap = 76
  const files: string[] = []
  for (let i = 0; i < args.length; i++) {
    const a = args[i]
    if (a === '-d' || a === '--decode' || a === '-D') decode = true
    else if (a === '-w' || a === '--wrap') wrap = Number(args[++i])
    else if (a.startsWith('--wrap=')) wrap = Number(a.slice(7))
    else if (/^-w\d+$/.test(a)) wrap = Number(a.slice(2))
    else if (a.startsWith('-') && a.length > 1) return fail(`base64: invalid option -- '${a.slice(1)}'`)
    else files.push(a)
  }
  if (!Number.isInteger(wrap) || wrap < 0) return fail('base64: invalid wrap size')
  const { text, stderr } = await read(files, 'base64')
  if (stderr) return fail(stderr)
  if (decode) {
    const out = fromBase64(text)
    if (out === undefined) return { stdout: '', stderr: 'base64: invalid input\n', exitCode: 1 }
    return { stdout: out, stderr: '', exitCode: 0 }
  }
  const encoded = toBase64(text)
  if (!encoded) return { stdout: '', stderr: '', exitCode: 0 }
  const lines = wrap ? encoded.match(new RegExp(`.{1,${wrap}}`, 'g')) ?? [] : [encoded]
  return { stdout: lines.join('\n') + '\n', stderr: '', exitCode: 0 }
}
