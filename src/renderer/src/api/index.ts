import type { KubeStudyApi } from '@shared/api'
import type { ApiMethodName } from '@shared/api-transport'
import { buildApi } from './client'
import { createHttpApi, takeToken } from './http'

declare global {
  interface Window {
    /** Provided by the Electron preload; absent in browser mode. */
    api?: KubeStudyApi
  }
}

/** Electron's preload API, with its rejections turned back into ApiError. */
function fromPreload(preload: KubeStudyApi): KubeStudyApi {
  const methods = preload as unknown as Record<string, Record<string, (request: unknown) => Promise<unknown>>>
  return buildApi((method: ApiMethodName, request) => {
    const [namespace, name] = method.split('.') as [string, string]
    return methods[namespace]![name]!(request)
  }, preload.onEvent)
}

function pickTransport(): KubeStudyApi {
  if (window.api) return fromPreload(window.api)
  const token = takeToken(window.location, window.sessionStorage, window.history)
  if (!token) throw new Error('missing-token')
  return createHttpApi(token)
}

let instance: KubeStudyApi | null = null

/** The one API object of the app; components never know which transport is behind it. */
export function useApi(): KubeStudyApi {
  instance ??= pickTransport()
  return instance
}
