import { homedir } from 'node:os'
import { join, resolve } from 'node:path'

const appFolderName = 'KubeStudy'

/** Where Electron keeps an app's userData on each system; browser mode uses the same folder. */
export function defaultDataDir(platform: NodeJS.Platform = process.platform, env = process.env, home = homedir()): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), appFolderName)
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', appFolderName)
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), appFolderName)
}

/** Reads `--name value` or `--name=value` from a command line. */
export function argValue(argv: readonly string[], name: string): string | undefined {
  const flag = `--${name}`
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === flag) return argv[i + 1]
    if (argv[i].startsWith(`${flag}=`)) return argv[i].slice(flag.length + 1)
  }
  return undefined
}

/** `--data-dir`, else `KUBESTUDY_DATA_DIR`, else the system's application-data folder. */
export function resolveDataDir(argv: readonly string[] = process.argv, env = process.env): string {
  const chosen = argValue(argv, 'data-dir') ?? env.KUBESTUDY_DATA_DIR
  return chosen ? resolve(chosen) : defaultDataDir(process.platform, env)
}
