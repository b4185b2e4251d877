import { protocol } from 'electron'
import { securityHeaders } from '../security/csp'
import { readRendererFile } from '../security/static-files'
import { appHost, appScheme } from './app-origin'

/**
 * Must run before the app is ready: a standard, secure scheme gets a real origin,
 * so the renderer's module scripts, fetch and storage work as on https.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }
  ])
}

/** Serves the built renderer on app://kubestudy/ with the strict CSP on every response. */
export function serveAppProtocol(rendererDir: string): void {
  protocol.handle(appScheme, (request) => handleAppRequest(rendererDir, request))
}

async function handleAppRequest(rendererDir: string, request: Request): Promise<Response> {
  const url = new URL(request.url)
  if (url.host !== appHost || (request.method !== 'GET' && request.method !== 'HEAD')) {
    return new Response('Not found', { status: 404, headers: securityHeaders })
  }
  const file = await readRendererFile(rendererDir, url.pathname)
  if (!file) return new Response('Not found', { status: 404, headers: securityHeaders })
  return new Response(new Uint8Array(file.body), {
    status: 200,
    headers: { ...securityHeaders, 'Content-Type': file.contentType }
  })
}
