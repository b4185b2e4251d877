import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { ApiEnvelope, ApiError, ApiEvent } from '@shared/api'
import type { Dispatch } from '../api/dispatch'
import { securityHeaders } from '../security/csp'
import { readRendererFile } from '../security/static-files'
import { BodyTooLarge, hasToken, isAllowedHost, isAllowedOrigin, readBody } from './request-guards'
import { EventStreams } from './sse'

export interface WebServerOptions {
  dispatch: Dispatch
  subscribe(listener: (event: ApiEvent) => void): () => void
  /** The built renderer (out/renderer). */
  rendererDir: string
  /** 0 picks a free port. */
  port: number
  /** Fixed in tests; a fresh random one per run otherwise. */
  token?: string
  bodyLimit?: number
}

export interface WebServer {
  /** The address to open, token included. */
  url: string
  port: number
  token: string
  close(): Promise<void>
}

const statusOf: Record<string, number> = { 'invalid-request': 400, forbidden: 403, 'not-found': 404, internal: 500 }

/**
 * Browser mode: the renderer and the same API handlers as Electron, over HTTP on
 * 127.0.0.1 only. Every API call needs the per-run token; foreign Host headers are refused.
 */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? randomBytes(24).toString('base64url')
  const bodyLimit = options.bodyLimit ?? 1024 * 1024
  const streams = new EventStreams()
  const unsubscribe = options.subscribe((event) => streams.send(event))
  let port = options.port

  const server = createServer((request, response) => {
    handle(request, response).catch((error) => {
      console.error('[web] request failed', error)
      if (!response.headersSent) sendJson(response, 500, { error: { code: 'internal', message: 'Internal error' } })
      else response.end()
    })
  })

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!isAllowedHost(request, port)) return sendText(response, 403, 'Forbidden host')
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`)

    if (url.pathname.startsWith('/api/')) {
      if (!isAllowedOrigin(request, port)) return sendError(response, 403, 'forbidden', 'Cross-origin request refused')
      if (!hasToken(request, url, token)) return sendError(response, 401, 'forbidden', 'Missing or wrong API token')
      if (url.pathname === '/api/events') {
        if (request.method !== 'GET') return sendError(response, 405, 'invalid-request', 'Use GET for /api/events')
        return streams.open(response, securityHeaders)
      }
      return handleApi(request, response, url.pathname.slice('/api/'.length))
    }

    if (request.method !== 'GET' && request.method !== 'HEAD') return sendText(response, 405, 'Method not allowed')
    const file = await readRendererFile(options.rendererDir, url.pathname)
    if (!file) return sendText(response, 404, 'Not found')
    response.writeHead(200, { ...securityHeaders, 'Content-Type': file.contentType, 'Cache-Control': 'no-cache' })
    response.end(request.method === 'HEAD' ? undefined : file.body)
  }

  async function handleApi(request: IncomingMessage, response: ServerResponse, method: string): Promise<void> {
    if (request.method !== 'POST') return sendError(response, 405, 'invalid-request', 'Use POST for API calls')
    if (!/^application\/json\b/i.test(request.headers['content-type'] ?? '')) {
      return sendError(response, 415, 'invalid-request', 'API calls take a JSON body (Content-Type: application/json)')
    }
    let text: string
    try {
      text = await readBody(request, bodyLimit)
    } catch (error) {
      if (!(error instanceof BodyTooLarge)) throw error
      response.setHeader('Connection', 'close')
      sendError(response, 413, 'invalid-request', `Request body larger than ${bodyLimit} bytes`)
      request.destroy()
      return
    }
    let body: unknown
    try {
      body = text.trim() === '' ? {} : JSON.parse(text)
    } catch {
      return sendError(response, 400, 'invalid-request', 'Request body is not valid JSON')
    }
    const envelope = await options.dispatch(method, body)
    sendJson(response, 'error' in envelope ? statusOf[envelope.error.code] : 200, envelope)
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, '127.0.0.1', () => resolve())
  })
  port = (server.address() as AddressInfo).port

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    async close() {
      unsubscribe()
      streams.close()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  }
}

function sendJson(response: ServerResponse, status: number, body: ApiEnvelope): void {
  response.writeHead(status, { ...securityHeaders, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' })
  response.end(JSON.stringify(body))
}

function sendError(response: ServerResponse, status: number, code: ApiError['code'], message: string): void {
  sendJson(response, status, { error: { code, message } })
}

function sendText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' })
  response.end(text)
}
