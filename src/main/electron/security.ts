import type { Session, WebContents } from 'electron'
import { isAppUrl, isExternalLink } from './app-origin'

export interface HardenOptions {
  devServerUrl?: string
  /** shell.openExternal: links leave through the system browser, never inside the app. */
  openExternal(url: string): void
}

/** The renderer asks for nothing: no camera, notifications, geolocation, clipboard reads… */
export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}

/**
 * Keeps every web contents on the app: navigation elsewhere is stopped (http(s) links
 * open in the system browser instead), new windows are refused, webviews never attach.
 */
export function hardenWebContents(contents: WebContents, options: HardenOptions): void {
  const stayInApp = (event: { preventDefault(): void }, url: string): void => {
    if (isAppUrl(url, options.devServerUrl)) return
    event.preventDefault()
    if (isExternalLink(url)) options.openExternal(url)
  }
  contents.on('will-navigate', (event) => stayInApp(event, event.url))
  contents.on('will-redirect', (event) => stayInApp(event, event.url))
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalLink(url)) options.openExternal(url)
    return { action: 'deny' }
  })
}
