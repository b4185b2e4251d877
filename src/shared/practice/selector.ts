// Label selectors, in both spellings: the string one authors write in checks
// (`app=web,tier!=db,env in (prod,staging),!canary`) and the object one workloads carry
// (`matchLabels` / `matchExpressions`). Matching locally lets a check validate its own
// selector when the exercise loads, and keeps checks independent of list options.

export interface Requirement {
  key: string
  operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist'
  values: string[]
}

export interface LabelSelectorObject {
  matchLabels?: Record<string, string>
  matchExpressions?: { key: string; operator: string; values?: string[] }[]
}

export class SelectorError extends Error {}

const token = '[A-Za-z0-9][-A-Za-z0-9_./]*'
const patterns: [RegExp, (m: RegExpExecArray) => Requirement][] = [
  [new RegExp(`^(${token})\\s+in\\s+\\(([^)]*)\\)$`), (m) => req(m[1], 'In', list(m[2]))],
  [new RegExp(`^(${token})\\s+notin\\s+\\(([^)]*)\\)$`), (m) => req(m[1], 'NotIn', list(m[2]))],
  [new RegExp(`^(${token})\\s*!=\\s*(${token})?$`), (m) => req(m[1], 'NotIn', [m[2] ?? ''])],
  [new RegExp(`^(${token})\\s*==?\\s*(${token})?$`), (m) => req(m[1], 'In', [m[2] ?? ''])],
  [new RegExp(`^!\\s*(${token})$`), (m) => req(m[1], 'DoesNotExist', [])],
  [new RegExp(`^(${token})$`), (m) => req(m[1], 'Exists', [])]
]

function req(key: string, operator: Requirement['operator'], values: string[]): Requirement {
  return { key, operator, values }
}

function list(inner: string): string[] {
  return inner
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v.length > 0)
}

/** Splits on commas that are not inside a `( … )` value list. */
function splitTerms(selector: string): string[] {
  const terms: string[] = []
  let depth = 0
  let start = 0
  for (let i = 0; i < selector.length; i++) {
    if (selector[i] === '(') depth++
    else if (selector[i] === ')') depth--
    else if (selector[i] === ',' && depth === 0) {
      terms.push(selector.slice(start, i))
      start = i + 1
    }
  }
  terms.push(selector.slice(start))
  return terms.map((t) => t.trim())
}

export function parseSelector(selector: string): Requirement[] {
  if (selector.trim() === '') return []
  return splitTerms(selector).map((term) => {
    for (const [pattern, build] of patterns) {
      const match = pattern.exec(term)
      if (match) return build(match)
    }
    throw new SelectorError(`sélecteur « ${selector} » invalide : « ${term} »`)
  })
}

export function selectorFromObject(selector: LabelSelectorObject | undefined): Requirement[] {
  const labels = Object.entries(selector?.matchLabels ?? {}).map(([key, value]) => req(key, 'In', [value]))
  const expressions = (selector?.matchExpressions ?? []).map((e) =>
    req(e.key, e.operator as Requirement['operator'], e.values ?? [])
  )
  return [...labels, ...expressions]
}

export function matches(requirements: Requirement[], labels: Record<string, string> | undefined): boolean {
  return requirements.every(({ key, operator, values }) => {
    const has = labels !== undefined && key in labels
    switch (operator) {
      case 'In':
        return has && values.includes(labels[key])
      case 'NotIn':
        return !has || !values.includes(labels[key])
      case 'Exists':
        return has
      case 'DoesNotExist':
        return !has
      default:
        return false
    }
  })
}
