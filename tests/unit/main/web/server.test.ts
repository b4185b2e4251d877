import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdirSync, writeFileSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import { join } from 'node:path'
import { createDispatch } from '../../../../src/main/api/dispatch'
import { createHandlers } from '../../../../src/main/api/handlers'
import { startWebServer, type WebServer } from '../../../../src/main/web/server'
import { makeSandbox, startServices, type Sandbox, type TestServices } from '../helpers'

let sandbox: Sandbox
let services: TestServices
let server: WebServer

interface Reply {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

function send(options: { method?: string; path: string; headers?: Record<string, string>; body?: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: server.port, method: options.method ?? 'GET', path: options.path, headers: options.headers },
      (res) => {
        let body = ''
        res.setEncoding('utf8')
        res.on('data', (chunk) => (body += chunk))
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }))
      }
    )
    req.on('error', reject)
    req.end(options.body)
  })
}

const call = (method: string, body: unknown, headers: Record<string, string> = {}) =>
  send({
    method: 'POST',
    path: `/api/${method}`,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${server.token}`, ...headers },
    body: JSON.stringify(body)
  })

beforeAll(async () => {
  sandbox = makeSandbox()
  services = startServices(sandbox)
  await services.library.start()
  const rendererDir = join(sandbox.dir, 'renderer')
  mkdirSync(join(rendererDir, 'assets'), { recursive: true })
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><script type="module" src="./assets/app.js"></script>')
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)')
  writeFileSync(join(sandbox.dir, 'secret.txt'), 'secret')
  const handlers = createHandlers(services, { mode: 'web', version: '9.9.9', dataDir: sandbox.dataDir, pickFolder: async () => null, pickPath: async () => null })
  server = await startWebServer({
    dispatch: createDispatch(handlers),
    subscribe: (listener) => services.events.subscribe(listener),
    rendererDir,
    port: 0
  })
})
afterAll(async () => {
  await server.close()
  await services.close()
  sandbox.cleanup()
})

describe('browser-mode server', () => {
  it('listens on loopback and prints a URL carrying a random token', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`)
    expect(server.port).toBeGreaterThan(0)
    expect(server.token.length).toBeGreaterThanOrEqual(32)
  })

  it('answers API calls with the real handlers', async () => {
    const reply = await call('library.list', {})
    expect(reply.status).toBe(200)
    const { result } = JSON.parse(reply.body)
    expect(result.courses.map((c: { id: string }) => c.id)).toEqual(['kubernetes'])
    const info = JSON.parse((await call('app.info', {})).body).result
    expect(info).toMatchObject({ mode: 'web', version: '9.9.9', attributions: [expect.objectContaining({ courseId: 'kubernetes' })] })
    expect(JSON.parse((await call('library.pickFolder', {})).body)).toEqual({ result: null })
    const hits = JSON.parse((await call('search.query', { query: 'deploiement', limit: 2 })).body).result.hits
    expect(hits).toHaveLength(2)
  })

  it('refuses API calls without the token, or with a wrong one', async () => {
    for (const headers of [{ authorization: '' }, { authorization: 'Bearer nope' }, { authorization: `Bearer ${server.token}x` }]) {
      const reply = await call('library.list', {}, headers)
      expect(reply.status).toBe(401)
      expect(JSON.parse(reply.body)).toEqual({ error: { code: 'forbidden', message: 'Missing or wrong API token' } })
    }
    const viaQuery = await send({
      method: 'POST',
      path: `/api/library.list?token=${server.token}`,
      headers: { 'content-type': 'application/json' },
      body: '{}'
    })
    expect(viaQuery.status).toBe(200)
  })

  it('refuses a foreign Host header (DNS rebinding) and a foreign Origin', async () => {
    const foreign = await send({ path: '/', headers: { host: `evil.example:${server.port}` } })
    expect(foreign.status).toBe(403)
    const foreignApi = await call('library.list', {}, { host: 'evil.example' })
    expect(foreignApi.status).toBe(403)
    const localhost = await send({ path: '/', headers: { host: `localhost:${server.port}` } })
    expect(localhost.status).toBe(200)
    const crossOrigin = await call('library.list', {}, { origin: 'http://evil.example' })
    expect(crossOrigin.status).toBe(403)
  })

  it('rejects invalid requests with 400 and a message naming the field', async () => {
    const reply = await call('search.query', { query: 42 })
    expect(reply.status).toBe(400)
    const { error } = JSON.parse(reply.body)
    expect(error.code).toBe('invalid-request')
    expect(error.message).toMatch(/search\.query/)
    expect(error.message).toMatch(/query/)
    expect(error.message).toMatch(/expected string/)

    const extra = JSON.parse((await call('settings.set', { theme: 'dark', evil: true })).body)
    expect(extra.error.code).toBe('invalid-request')
    expect(JSON.parse((await call('settings.set', { theme: 'sepia' })).body).error.code).toBe('invalid-request')

    const badJson = await send({
      method: 'POST',
      path: '/api/library.list',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${server.token}` },
      body: '{oops'
    })
    expect(badJson.status).toBe(400)
    expect(JSON.parse(badJson.body).error.message).toMatch(/not valid JSON/)
  })

  it('maps not-found and forbidden errors, and unknown methods', async () => {
    expect((await call('course.toc', { courseId: 'missing' })).status).toBe(404)
    expect((await call('library.removeFolder', { folderId: 'pack-kubernetes' })).status).toBe(403)
    const unknown = await call('constructor', {})
    expect(unknown.status).toBe(404)
    expect(JSON.parse(unknown.body).error.message).toMatch(/Unknown API method/)
    const wrongVerb = await send({ path: '/api/library.list', headers: { authorization: `Bearer ${server.token}` } })
    expect(wrongVerb.status).toBe(405)
    const notJson = await send({
      method: 'POST',
      path: '/api/library.list',
      headers: { 'content-type': 'text/plain', authorization: `Bearer ${server.token}` },
      body: '{}'
    })
    expect(notJson.status).toBe(415)
  })

  it('limits the request body size', async () => {
    const reply = await call('search.query', { query: 'x'.repeat(2 * 1024 * 1024) })
    expect(reply.status).toBe(413)
  })

  it('serves the built renderer with the strict CSP, and nothing outside it', async () => {
    const page = await send({ path: '/' })
    expect(page.status).toBe(200)
    expect(page.headers['content-type']).toMatch(/text\/html/)
    const csp = String(page.headers['content-security-policy'])
    expect(csp).toContain("default-src 'self'")
    expect(csp).toContain("script-src 'self'")
    expect(csp).not.toContain('unsafe-eval')
    expect(csp).toContain("connect-src 'self'")
    expect(page.headers['x-content-type-options']).toBe('nosniff')
    const script = await send({ path: '/assets/app.js' })
    expect(script.headers['content-type']).toMatch(/javascript/)
    for (const path of ['/../secret.txt', '/..%2fsecret.txt', '/%2e%2e/secret.txt', '/assets/..%5c..%5csecret.txt', '/missing.js']) {
      expect((await send({ path })).status).toBe(404)
    }
  })

  it('streams push events to subscribers with the token (Server-Sent Events)', async () => {
    expect((await send({ path: '/api/events' })).status).toBe(401)
    const received = await new Promise<string>((resolve, reject) => {
      const req = httpRequest(
        { host: '127.0.0.1', port: server.port, path: `/api/events?token=${server.token}` },
        (res) => {
          expect(res.statusCode).toBe(200)
          expect(res.headers['content-type']).toMatch(/text\/event-stream/)
          let text = ''
          res.setEncoding('utf8')
          res.on('data', (chunk: string) => {
            text += chunk
            if (text.includes('"course.changed"')) {
              req.destroy()
              resolve(text)
            }
          })
          setTimeout(() => services.events.emit({ type: 'course.changed', courseId: 'kubernetes' }), 50)
        }
      )
      req.on('error', reject)
      req.end()
    })
    expect(received).toContain('data: {"type":"course.changed","courseId":"kubernetes"}\n\n')
  })
})
