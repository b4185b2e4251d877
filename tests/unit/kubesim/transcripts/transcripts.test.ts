// Transcript tests: each tests/transcripts/NAME.txt is a session run through the
// headless CLI's core (runTranscript on a fresh default cluster, default seed); its
// output must equal NAME.out byte for byte. The expected texts were checked against
// the kubectl and kubernetes sources named in each session's comments.
//
// After a deliberate change, regenerate with: UPDATE_TRANSCRIPTS=1 npx vitest run tests/unit/kubesim/transcripts
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createCluster } from '../../../../src/shared/kubesim/engine'
import { createSession, runTranscript, type SessionFiles } from '../../../../src/shared/kubesim/session'

const DIR = resolve(__dirname, '../../../transcripts')

/** The transcripts folder as the current directory: read from disk, written to memory. */
function overlayFiles(root: string): SessionFiles {
  const written = new Map<string, string>()
  const norm = (p: string): string => p.replace(/^\.\//, '').replace(/\/+$/, '')
  return {
    readFile(p) {
      const key = norm(p)
      if (written.has(key)) return written.get(key)
      const abs = resolve(root, key)
      return existsSync(abs) && statSync(abs).isFile() ? readFileSync(abs, 'utf8') : undefined
    },
    listDir(p) {
      const key = norm(p)
      const abs = resolve(root, key || '.')
      const fromDisk = existsSync(abs) && statSync(abs).isDirectory() ? readdirSync(abs) : undefined
      const prefix = key ? key + '/' : ''
      const fromMemory = [...written.keys()].filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length).split('/')[0])
      if (!fromDisk && !fromMemory.length) return undefined
      return [...new Set([...(fromDisk ?? []), ...fromMemory])]
    },
    writeFile(p, content) {
      written.set(norm(p), content)
    }
  }
}

const sessions = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()

describe('kubectl transcripts', () => {
  for (const file of sessions) {
    it(file, async () => {
      const script = readFileSync(join(DIR, file), 'utf8')
      const session = createSession({ cluster: createCluster(), files: overlayFiles(DIR) })
      const actual = await runTranscript(session, script)
      const expectedPath = join(DIR, file.replace(/\.txt$/, '.out'))
      if (process.env.UPDATE_TRANSCRIPTS) writeFileSync(expectedPath, actual)
      expect(existsSync(expectedPath), `${expectedPath} is missing (UPDATE_TRANSCRIPTS=1 writes it)`).toBe(true)
      expect(actual).toBe(readFileSync(expectedPath, 'utf8'))
    })
  }
})
