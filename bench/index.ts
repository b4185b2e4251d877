// `npm run bench [-- filter]`: runs every bench/*.bench.ts in turn; each prints its figures.
// Speed targets live here, never in timed unit tests.
//
// Each bench is measured on the code as the app ships it: bundled by esbuild into one ES
// module (as electron-vite bundles the main process and the renderer), then run by plain
// `node` in a fresh process. Run straight from TypeScript through tsx, every call across
// source files goes through a CommonJS getter, which costs the simulator about 10 %; and
// one process per bench keeps one bench's heap out of the next one's figures.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { build } from 'esbuild'

const filter = process.argv[2]
const dir = import.meta.dirname
const outDir = join(dir, '..', 'node_modules', '.cache', 'kubestudy-bench')
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !filter || f.includes(filter))
  .sort()

mkdirSync(outDir, { recursive: true })
let failed = 0
for (const file of files) {
  const name = file.replace('.bench.ts', '')
  console.log(`\n## ${name}`)
  const outfile = join(outDir, `${name}.mjs`)
  await build({
    stdin: { contents: `import run from './${file}'\nawait run()\n`, resolveDir: dir, loader: 'ts' },
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    // The bundle lives elsewhere; paths a bench derives from its own folder stay right.
    define: { 'import.meta.dirname': JSON.stringify(dir) },
    logLevel: 'warning'
  })
  const run = spawnSync(process.execPath, [outfile], { stdio: 'inherit' })
  if (run.status !== 0) {
    failed++
    console.log(`${name}: failed (exit ${run.status ?? run.signal})`)
  }
}
process.exitCode = failed ? 1 : 0
