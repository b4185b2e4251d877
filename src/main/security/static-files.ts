import { readFile } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8'
}

export interface StaticFile {
  body: Buffer
  contentType: string
}

/**
 * Reads a file of the built renderer for a URL path, or returns null when there is none.
 * Shared by the app:// protocol and the browser-mode server: paths that would leave
 * the renderer folder (`..`, encoded separators, absolute paths) never resolve.
 */
export async function readRendererFile(rendererDir: string, urlPath: string): Promise<StaticFile | null> {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '')
  const root = normalize(rendererDir + sep)
  const file = normalize(join(root, relative))
  if (!file.startsWith(root)) return null
  try {
    const body = await readFile(file)
    return { body, contentType: contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream' }
  } catch {
    return null
  }
}
