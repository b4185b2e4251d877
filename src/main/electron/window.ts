import { BrowserWindow, screen } from 'electron'
import type { SettingsStore } from '../services/settings/settings'
import { defaultSize, restorableBounds, windowStateKey, type WindowState } from './window-state'

export interface MainWindowOptions {
  preload: string
  url: string
  settings: SettingsStore
}

const saveDelayMs = 500

/** The one window: locked-down web preferences, and the size and place the user left it at. */
export function createMainWindow({ preload, url, settings }: MainWindowOptions): BrowserWindow {
  const saved = settings.read<WindowState>(windowStateKey)
  const bounds = restorableBounds(saved, screen.getAllDisplays().map((d) => d.workArea))
  const window = new BrowserWindow({
    ...(bounds ?? defaultSize),
    minWidth: 640,
    minHeight: 400,
    show: false,
    title: 'KubeStudy',
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false
    }
  })
  if (saved?.maximized) window.maximize()
  window.once('ready-to-show', () => window.show())

  let timer: NodeJS.Timeout | undefined
  const save = (): void => {
    clearTimeout(timer)
    if (window.isDestroyed()) return
    settings.write(windowStateKey, { bounds: window.getNormalBounds(), maximized: window.isMaximized() } satisfies WindowState)
  }
  const saveSoon = (): void => {
    clearTimeout(timer)
    timer = setTimeout(save, saveDelayMs)
  }
  window.on('resize', saveSoon)
  window.on('move', saveSoon)
  window.on('close', save)

  void window.loadURL(url)
  return window
}
