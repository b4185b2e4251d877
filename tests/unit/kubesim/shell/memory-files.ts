import type { SessionFiles } from '../../../../src/shared/kubesim/shell/types'

/** An in-memory workspace for tests: paths are normalised the way the console's workspace does. */
export function memoryFiles(initial: Record<string, string> = {}): SessionFiles & { files: Map<string, string> } {
  const files = new Map(Object.entries(initial).map(([k, v]) => [norm(k), v]))
  function norm(p: string): string {
    return p.replace(/^\.\//, '').replace(/\/+$/, '').replace(/^\/+/, '')
  }
  return {
    files,
    readFile: (p) => files.get(norm(p)),
    listDir: (p) => {
      const dir = norm(p)
      const prefix = dir === '.' || dir === '' ? '' : dir + '/'
      const names = new Set<string>()
      for (const k of files.keys()) if (k.startsWith(prefix)) names.add(k.slice(prefix.length).split('/')[0])
      return names.size || prefix === '' ? [...names] : undefined
    },
    writeFile: (p, c) => {
      files.set(norm(p), c)
    }
  }
}
