import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, existsSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestServices } from '../main/helpers'
import { closeContent, openContent, type ContentSandbox } from '../main/content-sandbox'

// Export and import paths come from the renderer; a compromised page must not turn an
// export into a write of any file the user owns.
let sandbox: ContentSandbox
let services: TestServices
let dir: string

beforeEach(async () => ({ sandbox, services } = await openContent()))
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kubestudy-paths-'))
})
afterEach(() => closeContent({ sandbox, services }))
afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
})

describe('export and import paths', () => {
  it('writes exports only to their own kind of file, leaving anything else untouched', () => {
    const profile = join(dir, '.bashrc')
    writeFileSync(profile, 'export PATH=$PATH\n')
    expect(() => services.cards.exportAnki({ path: profile })).toThrow(/\.txt, \.tsv, \.csv file/)
    expect(() => services.review.exportLog(join(dir, 'authorized_keys'))).toThrow(/\.csv file/)
    expect(() => services.review.exportLog(join(dir, 'revlog.txt'))).toThrow(/\.csv file/)
    expect(readFileSync(profile, 'utf8')).toBe('export PATH=$PATH\n')
    expect(existsSync(join(dir, 'authorized_keys'))).toBe(false)

    expect(services.cards.exportAnki({ path: join(dir, 'cartes.TXT') }).count).toBeGreaterThan(150)
    expect(services.review.exportLog(join(dir, 'revlog.csv')).path).toBe(join(dir, 'revlog.csv'))
    // Whole file or nothing: no temporary file is left behind.
    expect(readdirSync(dir).sort()).toEqual(['.bashrc', 'cartes.TXT', 'revlog.csv'])
  })

  it('never writes through a link or onto a folder', () => {
    const target = join(dir, 'elsewhere.txt')
    writeFileSync(target, 'precious')
    symlinkSync(target, join(dir, 'link.txt'))
    mkdirSync(join(dir, 'folder.csv'))
    expect(() => services.cards.exportAnki({ path: join(dir, 'link.txt') })).toThrow(/Not a plain file/)
    expect(() => services.review.exportLog(join(dir, 'folder.csv'))).toThrow(/Not a plain file/)
    expect(readFileSync(target, 'utf8')).toBe('precious')
  })

  it('reads imports from plain files only', () => {
    expect(() => services.cards.importAnki({ path: dir })).toThrow(/Cannot read/)
    expect(() => services.cards.importAnki({ path: 'relative.txt' })).toThrow(/Not an absolute path/)
  })
})
