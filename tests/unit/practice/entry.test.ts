import { join } from 'node:path'
import { expect, it } from 'vitest'
import { importGraph, repoRoot } from '../main/helpers'

it('the practice index reaches no zod, so the renderer can bundle it under the CSP', () => {
  const graph = importGraph(join(repoRoot, 'src', 'shared', 'practice', 'index.ts'))
  expect(graph).toContain(join(repoRoot, 'src', 'shared', 'practice', 'evaluate.ts'))
  expect(graph).not.toContain('zod')
  expect(graph).not.toContain(join(repoRoot, 'src', 'shared', 'practice', 'schema.ts'))
})
