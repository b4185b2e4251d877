// go-yaml's error reporting: where a problem was found and the message yaml.v2 builds from it.

export interface Mark {
  index: number
  line: number
  column: number
}

export class Failure extends Error {
  constructor(
    readonly kind: 'scanner' | 'parser' | 'decoder',
    readonly problem: string,
    readonly problemMark: Mark | undefined,
    readonly contextMark: Mark | undefined
  ) {
    super(problem)
  }
}

/** yaml.v2 parser.fail(): scanner errors +1, parser errors as is, context line as a fallback. */
export function describeFailure(f: Failure): string {
  if (f.kind === 'decoder') return f.problem
  let line = 0
  if (f.problemMark && f.problemMark.line !== 0) line = f.problemMark.line + (f.kind === 'scanner' ? 1 : 0)
  else if (f.contextMark && f.contextMark.line !== 0) line = f.contextMark.line
  return `${line ? `line ${line}: ` : ''}${f.problem || 'unknown problem parsing YAML content'}`
}
