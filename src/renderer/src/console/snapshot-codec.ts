// The cluster snapshot crosses the API gzipped and base64-encoded: a cluster that has
// run for a while holds hundreds of kilobytes of events, a tenth of that once gzipped,
// well under the browser transport's body limit. CompressionStream is built into
// Chromium (and Node), so no library is needed.

async function pipe(bytes: Uint8Array, transform: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(transform)
  return new Uint8Array(await new Response(stream).arrayBuffer())
}

function toBase64(bytes: Uint8Array): string {
  let binary = ''
  const step = 0x8000
  for (let i = 0; i < bytes.length; i += step) binary += String.fromCharCode(...bytes.subarray(i, i + step))
  return btoa(binary)
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

export async function encodeSnapshot(value: unknown): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(value))
  return toBase64(await pipe(json, new CompressionStream('gzip')))
}

export async function decodeSnapshot(text: string): Promise<unknown> {
  const json = await pipe(fromBase64(text), new DecompressionStream('gzip'))
  return JSON.parse(new TextDecoder().decode(json))
}
