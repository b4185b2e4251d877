// The Electron main process: lifecycle, window, protocol and wiring only (electron/main-app.ts).
import { app } from 'electron'
import { runElectronApp } from './electron/main-app'

runElectronApp({ appRoot: app.getAppPath(), argv: process.argv }).catch((error: unknown) => {
  console.error('KubeStudy failed to start', error)
  app.exit(1)
})
