import { app, BrowserWindow, dialog, Menu, session, shell } from 'electron'
import { ipcEventChannel, type ApiEvent } from '@shared/api'
import { createDispatch } from '../api/dispatch'
import { createHandlers } from '../api/handlers'
import { resolveDataDir } from '../app/data-dir'
import { electronNativeBinding, hasNativeBinding } from '../app/native-binding'
import { appPaths } from '../app/paths'
import { fmt, messages } from '../i18n'
import { openServices, type Services } from '../services'
import { parseCourseFile } from '../services/library/parse-course-file'
import { appUrl } from './app-origin'
import { pickFolder, pickPath } from './dialogs'
import { menuTemplate } from './menu'
import { registerIpcHandlers } from './ipc'
import { registerAppScheme, serveAppProtocol } from './protocol'
import { denyPermissions, hardenWebContents } from './security'
import { createMainWindow } from './window'

export interface ElectronAppOptions {
  /** The folder holding package.json, content/ and out/. */
  appRoot: string
  argv: string[]
}

/** Lifecycle and wiring of the desktop app; every capability lives in the services. */
export async function runElectronApp({ appRoot, argv }: ElectronAppOptions): Promise<void> {
  const dataDir = resolveDataDir(argv)
  const paths = appPaths(appRoot)
  // electron-vite dev serves the renderer itself; a packaged or built app never uses it.
  const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined

  app.setName('KubeStudy')
  app.setPath('userData', dataDir)
  app.enableSandbox()
  registerAppScheme()

  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return
  }

  let window: BrowserWindow | null = null
  let services: Services | null = null
  const send = (event: ApiEvent): void => {
    if (window && !window.isDestroyed()) window.webContents.send(ipcEventChannel, event)
  }
  const openWindow = (): void => {
    if (!services) return
    window = createMainWindow({ preload: paths.preload, url: devServerUrl ?? appUrl, settings: services.settings })
    window.on('closed', () => (window = null))
  }

  app.on('second-instance', () => {
    if (!window) return openWindow()
    if (window.isMinimized()) window.restore()
    window.focus()
  })
  app.on('web-contents-created', (_event, contents) =>
    hardenWebContents(contents, { devServerUrl, openExternal: (url) => void shell.openExternal(url) })
  )
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('activate', () => {
    if (!window) openWindow()
  })

  await app.whenReady()

  const nativeBinding = electronNativeBinding(appRoot)
  if (!hasNativeBinding(nativeBinding)) {
    dialog.showErrorBox(messages.startup.title, fmt(messages.startup.noNativeBinding, { version: process.versions.electron }))
    app.quit()
    return
  }
  const running = openServices({ dataDir, coursesDir: paths.coursesDir, parse: parseCourseFile, nativeBinding })
  services = running

  denyPermissions(session.defaultSession)
  serveAppProtocol(paths.rendererDir)
  const handlers = createHandlers(running, {
    mode: 'electron',
    version: app.getVersion(),
    dataDir,
    pickFolder: () => pickFolder(window),
    pickPath: (purpose) => pickPath(window, purpose)
  })
  registerIpcHandlers(createDispatch(handlers), devServerUrl)
  running.events.subscribe(send)
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate({ platform: process.platform, dev: !app.isPackaged, send: (command) => send({ type: 'menu', command }) })
    )
  )

  let closed = false
  app.on('will-quit', (event) => {
    if (closed) return
    event.preventDefault()
    void running.close().finally(() => {
      closed = true
      app.quit()
    })
  })

  openWindow()
  // The window opens on what the database already holds; changes found on disk arrive as events.
  void running.library.start()
}
