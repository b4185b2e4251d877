import { describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { importGraph, repoRoot } from '../helpers'

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
