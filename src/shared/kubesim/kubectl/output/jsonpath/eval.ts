import { goJson, goPrint, goTypeName } from '../gofmt'
import { JsonPathError, type JpList, type JpNode } from './nodes'

type Value = unknown

function isObject(v: Value): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

export interface EvalOptions {
  /** kubectl's `--allow-missing-template-keys` (true by default): a missing field yields nothing. */
  allowMissingKeys: boolean
}

class Evaluator {
  constructor(private readonly opts: EvalOptions) {}

  walk(input: Value[], node: JpNode): Value[] {
    switch (node.type) {
      case 'list':
        return node.nodes.reduce<Value[]>((cur, n) => this.walk(cur, n), input)
      case 'text':
        return [node.text]
      case 'field':
        return this.field(input, node.name)
      case 'array':
        return this.array(input, node)
      case 'filter':
        return this.filter(input, node)
      case 'int':
      case 'float':
      case 'bool':
        return input.map(() => node.value)
      case 'wildcard':
        return input.flatMap((v) => children(v))
      case 'recursive':
        return input.flatMap((v) => this.recursive(v))
      case 'union':
        return node.nodes.flatMap((l) => this.walk(input, l))
      case 'identifier':
        if (node.name === 'range') return input
        if (node.name === 'end') throw new JsonPathError('not in range, nothing to end')
        throw new JsonPathError(`unrecognized identifier ${node.name}`)
    }
  }

  private field(input: Value[], name: string): Value[] {
    const out: Value[] = []
    for (const v of input) {
      if (v === null || v === undefined) continue
      if (isObject(v) && Object.prototype.hasOwnProperty.call(v, name)) out.push(v[name])
    }
    if (!out.length && input.length && !this.opts.allowMissingKeys) throw new JsonPathError(`${name} is not found`)
    return out
  }

  private array(input: Value[], node: Extract<JpNode, { type: 'array' }>): Value[] {
    const out: Value[] = []
    for (const v of input) {
      if (v === null || v === undefined) continue
      if (!Array.isArray(v)) throw new JsonPathError(`${goTypeName(v)} is not array or slice`)
      const len = v.length
      let [start, end] = [node.params[0].known ? node.params[0].value : 0, node.params[1].known ? node.params[1].value : len]
      if (start < 0) start += len
      if (end < 0 || (end === 0 && node.params[1].derived)) end += len
      if (end === start) return out
      if (start >= len || start < 0) throw new JsonPathError(`array index out of bounds: index ${start}, length ${len}`)
      if (end > len || end < 0) throw new JsonPathError(`array index out of bounds: index ${end - 1}, length ${len}`)
      if (start > end) throw new JsonPathError(`starting index ${start} is greater than ending index ${end}`)
      let step = 1
      if (node.params[2].known) {
        if (node.params[2].value <= 0) throw new JsonPathError('step must be > 0')
        step = node.params[2].value
      }
      for (let i = start; i < end; i += step) out.push(v[i])
    }
    return out
  }

  private filter(input: Value[], node: Extract<JpNode, { type: 'filter' }>): Value[] {
    const out: Value[] = []
    for (const v of input) {
      if (!Array.isArray(v)) throw new JsonPathError(`${goPrint(v)} is not array or slice and cannot be filtered`)
      for (const item of v) {
        let lefts: Value[]
        try {
          lefts = this.walk([item], node.left)
        } catch (e) {
          if (node.op === 'exists') continue
          throw e
        }
        if (node.op === 'exists') {
          if (lefts.length) out.push(item)
          continue
        }
        if (!lefts.length) continue
        if (lefts.length > 1) throw new JsonPathError('can only compare one element at a time')
        const rights = this.walk([item], node.right)
        if (!rights.length) continue
        if (rights.length > 1) throw new JsonPathError('can only compare one element at a time')
        if (compare(lefts[0], rights[0], node.op)) out.push(item)
      }
    }
    return out
  }

  private recursive(v: Value): Value[] {
    const kids = children(v)
    if (!kids.length) return []
    return [v, ...kids.flatMap((k) => this.recursive(k))]
  }
}

function children(v: Value): Value[] {
  if (Array.isArray(v)) return v
  if (isObject(v)) return Object.keys(v).sort().map((k) => v[k])
  return []
}

function compare(a: Value, b: Value, op: string): boolean {
  const kindOf = (x: Value): string => (typeof x === 'number' ? 'number' : typeof x === 'string' ? 'string' : typeof x === 'boolean' ? 'bool' : 'other')
  const ka = kindOf(a)
  const kb = kindOf(b)
  if (op === '==' || op === '!=') {
    if (ka !== kb || ka === 'other') throw new JsonPathError('incompatible types for comparison')
    return (a === b) === (op === '==')
  }
  if (!['<', '>', '<=', '>='].includes(op)) throw new JsonPathError(`unrecognized filter operator ${op}`)
  if (ka !== kb || (ka !== 'number' && ka !== 'string')) throw new JsonPathError('incompatible types for comparison')
  const x = a as number | string
  const y = b as number | string
  return op === '<' ? x < y : op === '>' ? x > y : op === '<=' ? x <= y : x >= y
}

/** FindResults: one list of values per top-level template node, `{range}…{end}` expanded. */
export function findResults(root: JpList, data: Value, opts: EvalOptions): Value[][] {
  const ev = new Evaluator(opts)
  const run = (nodes: JpNode[], value: Value): Value[][] => {
    const out: Value[][] = []
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]
      const head = node.type === 'list' ? node.nodes[0] : undefined
      if (head?.type === 'identifier' && head.name === 'range') {
        const values = ev.walk([value], { type: 'list', nodes: (node as JpList).nodes.slice(1) })
        let depth = 1
        let j = i + 1
        for (; j < nodes.length; j++) {
          const h = nodes[j].type === 'list' ? (nodes[j] as JpList).nodes[0] : undefined
          if (h?.type === 'identifier' && h.name === 'range') depth++
          if (h?.type === 'identifier' && h.name === 'end' && --depth === 0) break
        }
        const body = nodes.slice(i + 1, j)
        for (const v of values) out.push(...run(body, v))
        i = j
        continue
      }
      out.push(ev.walk([value], node))
    }
    return out
  }
  return run(root.nodes, data)
}

/** Execute + PrintResults: values of one node joined by a space, maps and lists as compact JSON. */
export function executeJsonPath(root: JpList, data: Value, opts: EvalOptions): string {
  let out = ''
  for (const values of findResults(root, data, opts)) {
    out += values.map((v) => (typeof v === 'object' && v !== null ? goJson(v) : v === null || v === undefined ? 'null' : goPrint(v))).join(' ')
  }
  return out
}

/** `-o jsonpath-as-json`: all results as one indented JSON array. */
export function executeJsonPathAsJson(root: JpList, data: Value, opts: EvalOptions): string {
  const all = findResults(root, data, opts).flat()
  return JSON.stringify(all, null, 4) + '\n'
}
