// Browser mode: `npm run web [-- --port N] [--data-dir DIR] [--open]`. The same services
// and API handlers as the Electron app, served on 127.0.0.1. Nothing here imports Electron.
import { resolve } from 'node:path'
import { createDispatch } from './api/dispatch'
import { createHandlers } from './api/handlers'
import { argValue, resolveDataDir } from './app/data-dir'
import { appPaths } from './app/paths'
import { appVersion } from './app/version'
import { openServices } from './services'
import { parseCourseFile } from './services/library/parse-course-file'
import { openInBrowser } from './web/open-browser'
import { startWebServer } from './web/server'

const defaultPort = 5170

async function main(argv: string[]): Promise<void> {
  const portArg = argValue(argv, 'port')
  const port = portArg === undefined ? defaultPort : Number(portArg)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a number from 0 to 65535, not ${portArg}`)

  const appRoot = resolve(__dirname, '..', '..')
  const paths = appPaths(appRoot)
  const dataDir = resolveDataDir(argv)
  const services = openServices({ dataDir, coursesDir: paths.coursesDir, parse: parseCourseFile })
  await services.library.start()

  const handlers = createHandlers(services, {
    mode: 'web',
    version: appVersion,
    dataDir,
    pickFolder: async () => null,
    pickPath: async () => null
  })
  const server = await startWebServer({
    dispatch: createDispatch(handlers),
    subscribe: (listener) => services.events.subscribe(listener),
    rendererDir: paths.rendererDir,
    port
  })
  console.log(`KubeStudy: ${server.url}`)
  if (argv.includes('--open')) openInBrowser(server.url)

  const stop = async (): Promise<void> => {
    await server.close()
    await services.close()
    process.exit(0)
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const inUse = (error as NodeJS.ErrnoException | null)?.code === 'EADDRINUSE'
  const message = inUse
    ? 'that port is already in use; choose another with --port N, or --port 0 for any free one'
    : error instanceof Error
      ? error.message
      : String(error)
  console.error(`KubeStudy: ${message}`)
  process.exit(1)
})
