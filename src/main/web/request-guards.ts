import { timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

/**
 * Only the names this server is reached by on loopback. Anything else means a page on
 * another site resolved its own name to 127.0.0.1 (DNS rebinding): refuse it.
 */
export function isAllowedHost(request: IncomingMessage, port: number): boolean {
  const host = request.headers.host
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`
}

/** A cross-site page may send a request but must not be the origin of an API call. */
export function isAllowedOrigin(request: IncomingMessage, port: number): boolean {
  const origin = request.headers.origin
  return origin === undefined || origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`
}

/** The per-run token, from `Authorization: Bearer …` or, for EventSource which cannot set headers, `?token=`. */
export function hasToken(request: IncomingMessage, url: URL, token: string): boolean {
  const header = request.headers.authorization
  const given = header?.startsWith('Bearer ') ? header.slice(7) : url.searchParams.get('token')
  if (!given) return false
  const a = Buffer.from(given)
  const b = Buffer.from(token)
  return a.length === b.length && timingSafeEqual(a, b)
}

export class BodyTooLarge extends Error {}

/** Reads a request body, refusing it as soon as it passes `limit` bytes. */
export async function readBody(request: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(request.headers['content-length'])
  if (declared > limit) throw new BodyTooLarge()
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request) {
    size += (chunk as Buffer).length
    if (size > limit) throw new BodyTooLarge()
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}
