// The node kinds of client-go's util/jsonpath template language, which kubectl's
// `-o jsonpath=…`, `--sort-by` and `-o custom-columns=…` all use.

export interface SliceParam {
  known: boolean
  value: number
  /** `[3]`: the end index is derived as start + 1. */
  derived?: boolean
}

export type JpNode =
  | { type: 'list'; nodes: JpNode[] }
  | { type: 'text'; text: string }
  | { type: 'field'; name: string }
  | { type: 'array'; params: [SliceParam, SliceParam, SliceParam] }
  | { type: 'filter'; left: JpList; right: JpList; op: string }
  | { type: 'int'; value: number }
  | { type: 'float'; value: number }
  | { type: 'bool'; value: boolean }
  | { type: 'wildcard' }
  | { type: 'recursive' }
  | { type: 'union'; nodes: JpList[] }
  | { type: 'identifier'; name: string }

export type JpList = { type: 'list'; nodes: JpNode[] }

export class JsonPathError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'JsonPathError'
  }
}
