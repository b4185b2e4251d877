import { apiMethodNames, toApiError, type ApiMethodName } from '@shared/api-transport'
import type { ApiEvent, KubeStudyApi } from '@shared/api'

export type Call = (method: ApiMethodName, request: unknown) => Promise<unknown>

/**
 * A `KubeStudyApi` over any way of calling one method. Whatever a call rejects with
 * (a plain object through Electron's contextBridge, an HTTP error) becomes an ApiError.
 */
export function buildApi(call: Call, onEvent: (listener: (event: ApiEvent) => void) => () => void): KubeStudyApi {
  const api: Record<string, Record<string, (request: unknown) => Promise<unknown>>> = {}
  for (const method of apiMethodNames) {
    const [namespace, name] = method.split('.') as [string, string]
    api[namespace] ??= {}
    api[namespace][name] = (request) =>
      call(method, request ?? {}).catch((reason: unknown) => {
        throw toApiError(reason)
      })
  }
  return { ...api, onEvent } as unknown as KubeStudyApi
}
