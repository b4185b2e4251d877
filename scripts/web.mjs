// `npm run web [-- --port N] [--data-dir DIR] [--open]`: builds the app without a word,
// then starts browser mode, which prints one line: the address to open.
// `--no-build` reuses the last build (the e2e tests build once, then start many servers).
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)

if (!args.includes('--no-build')) {
  const cli = join(dirname(createRequire(import.meta.url).resolve('electron-vite/package.json')), 'bin', 'electron-vite.js')
  const build = spawnSync(process.execPath, [cli, 'build', '--logLevel', 'error'], { cwd: root, encoding: 'utf8' })
  if (build.status !== 0) {
    process.stderr.write(build.stdout + build.stderr)
    process.stderr.write('KubeStudy: the build failed; see the messages above.\n')
    process.exit(build.status ?? 1)
  }
}

createRequire(import.meta.url)(join(root, 'out', 'main', 'web.js'))
