// The value operators of a `field` check: each returns why it fails, or nothing.
import { formatValue, fr } from './messages'
import { isRecord, type Resolved } from './path'
import { parseQuantity, sameQuantity } from './quantity'

export interface Expectation {
  equals?: unknown
  notEquals?: unknown
  contains?: unknown
  notContains?: unknown
  matches?: string
  present?: boolean
  empty?: boolean
  gte?: number
  lte?: number
  quantity?: string | number
  decodesTo?: string
}

/** Scalars compare by their text, so `3` equals `"3"` and `true` equals `"true"`. */
export function looseEqual(actual: unknown, expected: unknown): boolean {
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && actual.length === expected.length && expected.every((e, i) => looseEqual(actual[i], e))
  }
  if (isRecord(expected)) {
    if (!isRecord(actual)) return false
    const keys = new Set([...Object.keys(actual), ...Object.keys(expected)])
    return [...keys].every((key) => looseEqual(actual[key], expected[key]))
  }
  if (actual === undefined || actual === null || expected === undefined || expected === null) {
    return actual === expected
  }
  if (typeof actual === 'object') return false
  return String(actual) === String(expected)
}

/** `expected` is found in `actual`: objects by their given keys, lists element-wise. */
function partialMatch(actual: unknown, expected: unknown): boolean {
  if (isRecord(expected)) {
    return isRecord(actual) && Object.entries(expected).every(([key, value]) => partialMatch(actual[key], value))
  }
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && expected.every((e) => actual.some((a) => partialMatch(a, e)))
  }
  return looseEqual(actual, expected)
}

export function contains(actual: unknown, expected: unknown): boolean {
  if (typeof actual === 'string') return actual.includes(String(expected))
  if (Array.isArray(actual)) return actual.some((element) => partialMatch(element, expected))
  if (isRecord(actual)) return partialMatch(actual, expected)
  return false
}

function regexMatches(actual: unknown, pattern: string): boolean {
  const regex = new RegExp(pattern)
  if (Array.isArray(actual)) return actual.some((element) => regexMatches(element, pattern))
  return (typeof actual === 'string' || typeof actual === 'number') && regex.test(String(actual))
}

/** Absent, null, `""`, `[]` and `{}` are all empty: the API server drops them alike. */
function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true
  if (Array.isArray(value)) return value.length === 0
  return isRecord(value) && Object.keys(value).length === 0
}

function decodeBase64(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  try {
    const bytes = Uint8Array.from(atob(value.trim()), (c) => c.charCodeAt(0))
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return undefined
  }
}

function toNumber(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : parseQuantity(value)
  return n === undefined || Number.isNaN(n) ? undefined : n
}

/** Why the resolved value fails the expectation; empty when it holds. */
export function unmet(resolved: Resolved, expect: Expectation): string[] {
  const { found, value } = resolved
  const problems: string[] = []
  if (expect.present !== undefined && found !== expect.present) problems.push(fr.why.present(expect.present))
  if (expect.empty !== undefined && isEmpty(value) !== expect.empty) problems.push(fr.why.empty(expect.empty))
  if (expect.equals !== undefined && !(found && looseEqual(value, expect.equals))) {
    problems.push(fr.why.equals(formatValue(expect.equals)))
  }
  if (expect.notEquals !== undefined && found && looseEqual(value, expect.notEquals)) {
    problems.push(fr.why.notEquals(formatValue(expect.notEquals)))
  }
  if (expect.contains !== undefined && !(found && contains(value, expect.contains))) {
    problems.push(fr.why.contains(formatValue(expect.contains)))
  }
  if (expect.notContains !== undefined && found && contains(value, expect.notContains)) {
    problems.push(fr.why.notContains(formatValue(expect.notContains)))
  }
  if (expect.matches !== undefined && !(found && regexMatches(value, expect.matches))) {
    problems.push(fr.why.matches(expect.matches))
  }
  if (expect.gte !== undefined && !((toNumber(value) ?? -Infinity) >= expect.gte)) problems.push(fr.why.gte(expect.gte))
  if (expect.lte !== undefined && !((toNumber(value) ?? Infinity) <= expect.lte)) problems.push(fr.why.lte(expect.lte))
  if (expect.quantity !== undefined && !(found && sameQuantity(value, expect.quantity))) {
    problems.push(fr.why.quantity(String(expect.quantity)))
  }
  if (expect.decodesTo !== undefined) {
    const decoded = decodeBase64(value)
    if (decoded !== expect.decodesTo) problems.push(fr.why.decodesTo(formatValue(expect.decodesTo), decoded))
  }
  return problems
}

/** The expectation as a short French phrase, for the check's label. */
export function describeExpectation(expect: Expectation): string {
  const parts: string[] = []
  if (expect.present !== undefined) parts.push(fr.want.present(expect.present))
  if (expect.empty !== undefined) parts.push(fr.want.empty(expect.empty))
  if (expect.equals !== undefined) parts.push(fr.want.equals(formatValue(expect.equals)))
  if (expect.notEquals !== undefined) parts.push(fr.want.notEquals(formatValue(expect.notEquals)))
  if (expect.contains !== undefined) parts.push(fr.want.contains(formatValue(expect.contains)))
  if (expect.notContains !== undefined) parts.push(fr.want.notContains(formatValue(expect.notContains)))
  if (expect.matches !== undefined) parts.push(fr.want.matches(expect.matches))
  if (expect.gte !== undefined) parts.push(fr.want.gte(expect.gte))
  if (expect.lte !== undefined) parts.push(fr.want.lte(expect.lte))
  if (expect.quantity !== undefined) parts.push(fr.want.quantity(String(expect.quantity)))
  if (expect.decodesTo !== undefined) parts.push(fr.want.decodesTo(formatValue(expect.decodesTo)))
  return parts.join(', ')
}
