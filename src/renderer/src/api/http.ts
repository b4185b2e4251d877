import { webApiPrefix, webEventsPath, type ApiEnvelope, type ApiMethodName } from '@shared/api-transport'
import type { ApiEvent, KubeStudyApi } from '@shared/api'
import { ApiError } from '@shared/api-error'
import { buildApi } from './client'

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

async function post(token: string, method: ApiMethodName, request: unknown): Promise<unknown> {
  const response = await fetch(`${webApiPrefix}${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(request)
  })
  const envelope = (await response.json().catch(() => null)) as ApiEnvelope | null
  if (!envelope) throw new ApiError('internal', `HTTP ${response.status}`)
  if ('error' in envelope) throw new ApiError(envelope.error.code, envelope.error.message)
  return envelope.result
}

/** The same `KubeStudyApi` shape as the Electron preload, over loopback HTTP + SSE. */
export function createHttpApi(token: string): KubeStudyApi {
  const listeners = new Set<(event: ApiEvent) => void>()
  let source: EventSource | null = null

  const onEvent = (listener: (event: ApiEvent) => void): (() => void) => {
    listeners.add(listener)
    if (!source) {
      source = new EventSource(`${webEventsPath}?token=${encodeURIComponent(token)}`)
      source.onmessage = (message) => {
        const event = JSON.parse(message.data as string) as ApiEvent
        for (const each of listeners) each(event)
      }
    }
    return () => {
      listeners.delete(listener)
      if (listeners.size === 0) {
        source?.close()
        source = null
      }
    }
  }

  return buildApi((method, request) => post(token, method, request), onEvent)
}
