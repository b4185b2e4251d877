import { existsSync } from 'node:fs'
import { join } from 'node:path'

/**
 * better-sqlite3 is a native addon built for one ABI. node_modules holds the Node build
 * (tests, benchmarks, browser mode); Electron gets its own copy, built by
 * scripts/electron-native.mjs into .electron-native/, and loaded through the
 * `nativeBinding` option. Returns undefined outside Electron.
 */
export function electronNativeBinding(appRoot: string, versions: NodeJS.ProcessVersions = process.versions): string | undefined {
  if (!versions.electron) return undefined
  return join(appRoot, '.electron-native', `better_sqlite3-electron-${versions.electron}-${process.platform}-${process.arch}.node`)
}

export function hasNativeBinding(path: string | undefined): boolean {
  return path === undefined || existsSync(path)
}
