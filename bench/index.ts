// `npm run bench [-- filter]`: runs every bench/*.bench.ts in turn; each prints its figures.
// Speed targets live here, never in timed unit tests.
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

const filter = process.argv[2]
const dir = import.meta.dirname
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !filter || f.includes(filter))
  .sort()

for (const file of files) {
  console.log(`\n## ${file.replace('.bench.ts', '')}`)
  const mod = await import(pathToFileURL(join(dir, file)).href)
  await mod.default()
}
