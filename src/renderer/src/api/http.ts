import type { ApiEvent, KubeStudyApi } from '@shared/api'
import { ApiError } from '@shared/api-error'

const TOKEN_KEY = 'kubestudy.token'

/**
 * Browser mode: the server prints a URL carrying `?token=`. The token is kept in
 * sessionStorage (so a reload still works) and removed from the address bar so it
 * does not end up in history or screenshots.
 */
export function takeToken(location: Location, storage: Storage, history: History): string | null {
  const url = new URL(location.href)
  const fromUrl = url.searchParams.get('token')
  if (fromUrl) {
    storage.setItem(TOKEN_KEY, fromUrl)
    url.searchParams.delete('token')
    history.replaceState(history.state, '', url.pathname + url.search + url.hash)
    return fromUrl
  }
  return storage.getItem(TOKEN_KEY)
}

async function call(token: string, method: string, request: unknown): Promise<unknown> {
  const response = await fetch(`/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(request ?? {})
  })
  const body = (await response.json().catch(() => null)) as
    | { result?: unknown; error?: { code: ApiError['code']; message: string } }
    | null
  if (!response.ok || !body || body.error) {
    const error = body?.error
    throw new ApiError(error?.code ?? 'internal', error?.message ?? `HTTP ${response.status}`)
  }
  return body.result
}

/** The same `KubeStudyApi` shape as the Electron preload, over loopback HTTP + SSE. */
export function createHttpApi(token: string): KubeStudyApi {
  // Built lazily from property names so the renderer does not bundle the zod schemas;
  // the server validates every request anyway.
  const namespaces = new Map<string, object>()
  const namespace = (ns: string): object => {
    let methods = namespaces.get(ns)
    if (!methods) {
      methods = new Proxy(
        {},
        { get: (_, name) => (typeof name === 'string' ? (request: unknown) => call(token, `${ns}.${name}`, request) : undefined) }
      )
      namespaces.set(ns, methods)
    }
    return methods
  }

  const listeners = new Set<(event: ApiEvent) => void>()
  let source: EventSource | null = null
  const open = (): void => {
    source = new EventSource(`/api/events?token=${encodeURIComponent(token)}`)
    source.onmessage = (message) => {
      const event = JSON.parse(message.data as string) as ApiEvent
      for (const listener of listeners) listener(event)
    }
  }

  const onEvent = (listener: (event: ApiEvent) => void): (() => void) => {
    listeners.add(listener)
    if (!source) open()
    return () => {
      listeners.delete(listener)
      if (listeners.size === 0) {
        source?.close()
        source = null
      }
    }
  }

  return new Proxy({ onEvent } as object, {
    get: (target, name) =>
      name === 'onEvent' ? onEvent : typeof name === 'string' ? namespace(name) : Reflect.get(target, name)
  }) as KubeStudyApi
}
