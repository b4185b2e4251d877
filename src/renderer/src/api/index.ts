import type { KubeStudyApi } from '@shared/api'
import { createHttpApi, takeToken } from './http'

declare global {
  interface Window {
    /** Provided by the Electron preload; absent in browser mode. */
    api?: KubeStudyApi
  }
}

function pickTransport(): KubeStudyApi {
  if (window.api) return window.api
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
