import { describe, expect, it } from 'vitest'
import { createDraftStore } from '@renderer/notes/drafts'

class MemoryStorage implements Storage {
  private readonly map = new Map<string, string>()
  get length() {
    return this.map.size
  }
  clear() {
    this.map.clear()
  }
  getItem(key: string) {
    return this.map.get(key) ?? null
  }
  key(index: number) {
    return [...this.map.keys()][index] ?? null
  }
  removeItem(key: string) {
    this.map.delete(key)
  }
  setItem(key: string, value: string) {
    this.map.set(key, value)
  }
}

describe('note drafts', () => {
  it('keeps unsaved text until exactly that text is stored', () => {
    const drafts = createDraftStore(new MemoryStorage())
    drafts.keep('s1', 'Un Pod')
    drafts.settle('s1', 'Un')
    expect(drafts.read('s1')).toBe('Un Pod')
    drafts.settle('s1', 'Un Pod')
    expect(drafts.read('s1')).toBeNull()
  })

  it('survives a storage that refuses writes', () => {
    const full = new MemoryStorage()
    full.setItem = () => {
      throw new Error('QuotaExceededError')
    }
    const drafts = createDraftStore(full)
    expect(() => drafts.keep('s1', 'texte')).not.toThrow()
    expect(drafts.read('s1')).toBeNull()
    expect(createDraftStore(null).read('s1')).toBeNull()
  })
})
