// The errors go-yaml v2 (the YAML reader behind sigs.k8s.io/yaml, hence behind kubectl)
// finds in a document, with its wording and its line numbers: a reduced reading of its
// scanner (scannerc.go: tokens, indentation, simple keys) and parser (parserc.go: the
// event state machine) that keeps only what decides whether, where and why the input is
// refused. Values are left to the `yaml` package once this check has passed.
//
// Line numbers follow go-yaml's `fail()`: scanner errors report the 1-based line of the
// problem, parser errors the 0-based one (so the line before the offending token).

import { describeFailure, Failure } from './failure'
import { Parser } from './parser'
import { Scanner } from './scanner'

export interface GoYamlError {
  /** What kubectl prints after `yaml: `: `line 8: did not find expected key`. */
  message: string
}

/**
 * What yaml.Unmarshal (go-yaml v2) says about the first document of `text`, or undefined
 * when it reads it without complaint. `text` is one document as kubectl's YAMLReader cut it.
 */
export function goYamlError(text: string): GoYamlError | undefined {
  const parser = new Parser(new Scanner(text))
  const anchors = new Set<string>()
  let depth = 0
  let started = false
  try {
    for (let guard = 0; guard < 10_000_000; guard++) {
      const e = parser.next()
      if (!e || e.type === 'STREAM-END') return undefined
      if (e.anchor) anchors.add(e.anchor)
      if (e.type === 'ALIAS' && !anchors.has(e.alias ?? '')) {
        throw new Failure('decoder', `unknown anchor '${e.alias}' referenced`, undefined, undefined)
      }
      if (e.type === 'DOCUMENT-START') started = true
      if (e.type === 'SEQUENCE-START' || e.type === 'MAPPING-START') depth++
      if (e.type === 'SEQUENCE-END' || e.type === 'MAPPING-END') depth--
      if (e.type === 'DOCUMENT-END' && started && depth === 0) return undefined
    }
    return undefined
  } catch (e) {
    if (e instanceof Failure) return { message: describeFailure(e) }
    throw e
  }
}

/**
 * kubectl's YAMLReader: documents are separated by lines starting with `---` followed by
 * nothing but blanks or a comment; each document keeps its own line numbers.
 */
export function splitYamlDocuments(text: string): string[] {
  const docs: string[] = []
  let current: string[] = []
  const lines = text.split(/(?<=\n)/)
  for (const line of lines) {
    if (line.startsWith('---')) {
      const rest = line.slice(3).trim()
      if (!rest || rest.startsWith('#')) {
        if (current.length) docs.push(current.join(''))
        current = []
        continue
      }
    }
    current.push(line)
  }
  if (current.length) docs.push(current.join(''))
  return docs
}
