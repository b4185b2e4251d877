import { describe, expect, it } from 'vitest'
import { formatInterval } from '@renderer/review/interval'

const minute = 60_000
const day = 24 * 60 * minute

describe('formatInterval', () => {
  it('reads like the buttons of Anki, in French', () => {
    expect(formatInterval(30_000)).toBe('1 min')
    expect(formatInterval(10 * minute)).toBe('10 min')
    expect(formatInterval(90 * minute)).toBe('1,5 h')
    expect(formatInterval(3 * day)).toBe('3 j')
    expect(formatInterval(75 * day)).toBe('2,5 mois')
    expect(formatInterval(400 * day)).toBe('1,1 an')
    expect(formatInterval(3 * 365 * day)).toBe('3 ans')
  })
})
