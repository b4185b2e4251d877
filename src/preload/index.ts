// The renderer's only way to the main process: `window.api`, shaped exactly as
// KubeStudyApi. Sandboxed preloads may require nothing but 'electron', so this file is
// bundled to one CommonJS file with the zod-free half of the contract.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { apiMethodNames, ipcChannelOf, ipcEventChannel, type ApiEnvelope, type ApiMethodName } from '@shared/api-transport'
import type { ApiEvent, KubeStudyApi } from '@shared/api'

async function call(method: ApiMethodName, request: unknown): Promise<unknown> {
  const envelope = (await ipcRenderer.invoke(ipcChannelOf(method), request ?? {})) as ApiEnvelope
  // A plain object survives the contextBridge whole; the renderer rebuilds it with toApiError.
  if ('error' in envelope) return Promise.reject({ name: 'ApiError', ...envelope.error })
  return envelope.result
}

const api: Record<string, Record<string, (request: unknown) => Promise<unknown>>> = {}
for (const method of apiMethodNames) {
  const [namespace, name] = method.split('.') as [string, string]
  api[namespace] ??= {}
  api[namespace][name] = (request) => call(method, request)
}

const onEvent: KubeStudyApi['onEvent'] = (listener) => {
  const forward = (_event: IpcRendererEvent, payload: ApiEvent): void => listener(payload)
  ipcRenderer.on(ipcEventChannel, forward)
  return () => {
    ipcRenderer.removeListener(ipcEventChannel, forward)
  }
}

contextBridge.exposeInMainWorld('api', { ...api, onEvent })
