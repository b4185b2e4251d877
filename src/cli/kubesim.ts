// `npm run --silent kubesim [-- --seed N] < session.txt`: runs kubectl commands on a
// fresh simulated cluster, one per line (heredocs allowed), and prints each command
// as `$ <command>` followed by its output. The clock moves only on `sleep N`.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { createCluster, DEFAULT_SEED } from '../shared/kubesim/engine'
import { createSession, runTranscript, type SessionFiles } from '../shared/kubesim/session'

/** The session's files are the real disk, relative to the current directory (npm run moves to the package root; INIT_CWD is where it was started). */
function diskFiles(cwd: string): SessionFiles {
  const abs = (p: string): string => resolve(cwd, p)
  return {
    readFile(p) {
      try {
        return statSync(abs(p)).isFile() ? readFileSync(abs(p), 'utf8') : undefined
      } catch {
        return undefined
      }
    },
    listDir(p) {
      try {
        return statSync(abs(p)).isDirectory() ? readdirSync(abs(p)) : undefined
      } catch {
        return undefined
      }
    },
    writeFile(p, content) {
      mkdirSync(dirname(abs(p)), { recursive: true })
      writeFileSync(abs(p), content)
    }
  }
}

function parseArgs(argv: string[]): { seed: number } | string {
  let seed = DEFAULT_SEED
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    const value = a.startsWith('--seed=') ? a.slice(7) : a === '--seed' ? argv[++i] : undefined
    if (value !== undefined) {
      if (!/^\d+$/.test(value)) return `kubesim: --seed needs a whole number, got "${value}"`
      seed = Number(value)
    } else if (a === '--help' || a === '-h') {
      return 'usage: npm run --silent kubesim [-- --seed N] < session.txt'
    } else {
      return `kubesim: unknown argument "${a}"\nusage: npm run --silent kubesim [-- --seed N] < session.txt`
    }
  }
  return { seed }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2))
  if (typeof args === 'string') {
    process.stderr.write(args + '\n')
    process.exitCode = args.startsWith('usage') ? 0 : 2
    return
  }
  const script = await readStdin()
  const session = createSession({ cluster: createCluster({ seed: args.seed }), files: diskFiles(process.env.INIT_CWD || process.cwd()) })
  process.stdout.write(await runTranscript(session, script))
}

main().catch((e: unknown) => {
  process.stderr.write(`kubesim: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`)
  process.exitCode = 1
})
