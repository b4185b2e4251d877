import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import { apiMethods, ipcChannelOf, type ApiEnvelope } from '@shared/api'
import type { Dispatch } from '../api/dispatch'
import { isAppUrl } from './app-origin'

/**
 * One ipcMain.handle per API method. A call is answered only when it comes from a frame
 * showing the app itself: a page that got into a window by accident (or an iframe)
 * gets a refusal, never the data.
 */
export function registerIpcHandlers(dispatch: Dispatch, devServerUrl?: string): void {
  for (const method of apiMethods) {
    ipcMain.handle(ipcChannelOf(method), async (event: IpcMainInvokeEvent, request: unknown): Promise<ApiEnvelope> => {
      if (!isAppUrl(event.senderFrame?.url, devServerUrl)) {
        return { error: { code: 'forbidden', message: 'API calls are only accepted from the app itself' } }
      }
      return dispatch(method, request)
    })
  }
}
