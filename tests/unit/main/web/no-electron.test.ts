import { describe, expect, it } from 'vitest'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { repoRoot } from '../helpers'

/** Every module reachable from an entry point through static imports, as resolved paths or bare package names. */
function importGraph(entry: string): Set<string> {
  const seen = new Set<string>()
  const visit = (file: string): void => {
    if (seen.has(file)) return
    seen.add(file)
    const source = readFileSync(file, 'utf8')
    for (const [, spec] of source.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/g)) {
      const base = spec.startsWith('@shared/')
        ? join(repoRoot, 'src', 'shared', spec.slice('@shared/'.length))
        : spec.startsWith('.')
          ? resolve(dirname(file), spec)
          : null
      if (!base) {
        seen.add(spec)
        continue
      }
      const found = [`${base}.ts`, join(base, 'index.ts'), base].find((candidate) => existsSync(candidate) && candidate.endsWith('.ts'))
      if (found) visit(found)
      else seen.add(spec)
    }
  }
  visit(entry)
  return seen
}

describe('browser mode', () => {
  it('never imports Electron, directly or through the services', () => {
    const graph = importGraph(join(repoRoot, 'src', 'main', 'web.ts'))
    expect(graph).toContain(join(repoRoot, 'src', 'main', 'services', 'index.ts'))
    expect(graph).toContain('better-sqlite3')
    expect([...graph].filter((m) => m === 'electron' || m.includes('/electron/'))).toEqual([])
  })

  it('the Electron entry does reach Electron (the check above can fail)', () => {
    expect(importGraph(join(repoRoot, 'src', 'main', 'index.ts'))).toContain('electron')
  })
})
