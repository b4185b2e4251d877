// Gives Electron its own better-sqlite3 addon, built for Electron's ABI, in
// .electron-native/ — node_modules keeps the Node build that tests and browser mode use.
// The main process loads it through better-sqlite3's `nativeBinding` option.
//
//   node scripts/electron-native.mjs           postinstall: best effort, never fails the install
//   node scripts/electron-native.mjs --ensure  npm start: fails with a clear message if it cannot
//
// It first downloads better-sqlite3's prebuilt Electron binary, else compiles it against
// Electron's headers. Skipped quietly in CI, when the Electron binary download is
// skipped, or when KUBESTUDY_SKIP_ELECTRON_NATIVE is set.
import { spawnSync } from 'node:child_process'
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(join(root, 'package.json'))
const ensure = process.argv.includes('--ensure')
const outDir = join(root, '.electron-native')

function skipReason() {
  if (ensure) return null
  if (process.env.KUBESTUDY_SKIP_ELECTRON_NATIVE) return 'KUBESTUDY_SKIP_ELECTRON_NATIVE is set'
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) return 'ELECTRON_SKIP_BINARY_DOWNLOAD is set'
  if (process.env.CI) return 'CI is set'
  return null
}

function packageDir(name) {
  try {
    return dirname(require.resolve(`${name}/package.json`))
  } catch {
    return null
  }
}

// npm passes its config to scripts as npm_config_*; a global `nodedir` or `target` would
// make node-gyp compile against Node's headers instead of Electron's.
const buildEnv = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !/^npm_config_(nodedir|target|runtime|arch|disturl|dist_url)$/i.test(key))
)

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: buildEnv, timeout: 10 * 60_000 })
  return { ok: result.status === 0, output: `${result.stdout ?? ''}${result.stderr ?? ''}${result.error?.message ?? ''}` }
}

function firstError(output) {
  const lines = output.trim().split('\n')
  return (lines.find((line) => /error/i.test(line) && !/not ok/.test(line)) ?? lines.pop() ?? '').trim()
}

/** npm hands its own node-gyp to install scripts; otherwise look beside the npm that runs us. */
function nodeGypScript() {
  const candidates = [
    process.env.npm_config_node_gyp,
    process.env.npm_execpath && join(dirname(process.env.npm_execpath), '..', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    packageDir('node-gyp') && join(packageDir('node-gyp'), 'bin', 'node-gyp.js')
  ]
  return candidates.find((file) => file && file.endsWith('.js') && existsSync(file)) ?? null
}

/**
 * Checks the addon was built for Electron's ABI: Node refuses to load it and names the
 * NODE_MODULE_VERSION it was built for. Returns a message when it is the wrong one.
 */
function abiMismatch(addon, electronVersion) {
  let expected
  try {
    expected = require('node-abi').getAbi(electronVersion, 'electron')
  } catch {
    return null
  }
  const probe = spawnSync(process.execPath, ['-e', `require(${JSON.stringify(addon)})`], { encoding: 'utf8' })
  const found = /NODE_MODULE_VERSION (\d+)\./.exec(probe.stderr ?? '')
  if (found && found[1] === String(expected)) return null
  return `the built addon is not for Electron's ABI ${expected} (${probe.status === 0 ? "it loads in Node" : 'unexpected ABI'})`
}

function build(electronVersion, target) {
  const sqliteDir = packageDir('better-sqlite3')
  if (!sqliteDir) return 'better-sqlite3 is not installed'
  const staging = join(outDir, 'staging')
  rmSync(staging, { recursive: true, force: true })
  // A private copy of the package, so neither download nor compilation touches node_modules.
  cpSync(sqliteDir, staging, { recursive: true, filter: (src) => !src.startsWith(join(sqliteDir, 'build')) })
  const built = join(staging, 'build', 'Release', 'better_sqlite3.node')
  const abi = ['--runtime=electron', `--target=${electronVersion}`, `--arch=${process.arch}`]

  const prebuild = packageDir('prebuild-install')
  const attempts = []
  if (prebuild) {
    const r = run(process.execPath, [join(prebuild, 'bin.js'), ...abi, `--platform=${process.platform}`], staging)
    attempts.push(`prebuilt download: ${r.ok ? 'ok' : r.output.trim().split('\n').pop()}`)
  }
  if (!existsSync(built)) {
    const gyp = nodeGypScript()
    if (gyp) {
      const r = run(process.execPath, [gyp, 'rebuild', '--release', ...abi, '--dist-url=https://electronjs.org/headers'], staging)
      attempts.push(`compilation: ${r.ok ? 'ok' : firstError(r.output)}`)
    } else {
      attempts.push('compilation: node-gyp not found')
    }
  }
  const wrongAbi = existsSync(built) ? abiMismatch(built, electronVersion) : null
  if (wrongAbi) attempts.push(wrongAbi)
  if (!existsSync(built) || wrongAbi) {
    rmSync(staging, { recursive: true, force: true })
    return attempts.join('\n  ')
  }
  for (const old of readdirSync(outDir).filter((f) => f.endsWith('.node'))) rmSync(join(outDir, old))
  copyFileSync(built, target)
  rmSync(staging, { recursive: true, force: true })
  return null
}

function main() {
  const reason = skipReason()
  if (reason) return 0
  const electronDir = packageDir('electron')
  if (!electronDir) {
    if (ensure) console.error('KubeStudy: Electron is not installed; run npm install first.')
    return ensure ? 1 : 0
  }
  const electronVersion = require('electron/package.json').version
  const target = join(outDir, `better_sqlite3-electron-${electronVersion}-${process.platform}-${process.arch}.node`)
  if (existsSync(target)) return 0

  mkdirSync(outDir, { recursive: true })
  console.log(`KubeStudy: preparing SQLite (better-sqlite3) for Electron ${electronVersion}…`)
  let failure
  try {
    failure = build(electronVersion, target)
  } catch (error) {
    failure = error instanceof Error ? error.message : String(error)
  }
  if (!failure) {
    console.log('KubeStudy: SQLite is ready for Electron.')
    return 0
  }
  const message =
    `KubeStudy: could not prepare SQLite for Electron ${electronVersion}:\n  ${failure}\n` +
    'It needs the network once (or a C++ toolchain and Electron headers). Retry with: npm run electron:native'
  if (ensure) {
    console.error(message)
    return 1
  }
  // An install must never fail on this: tests and browser mode do not need it.
  console.warn(message)
  return 0
}

process.exit(main())
