// Paths into an API object, as exercise authors write them:
//   spec.replicas
//   spec.template.spec.containers[0].image
//   spec.template.spec.containers[name=web].image     (first element whose `name` is `web`)
//   spec.taints[*].key                                 (every element: the result is a list)
//   spec.rules[*].http.paths[*].path                   (nested `[*]` give one flat list)
//   metadata.labels["app.kubernetes.io/name"]          (a key holding dots or slashes)

export type PathSegment =
  | { type: 'key'; key: string }
  | { type: 'index'; index: number }
  | { type: 'match'; key: string; value: string }
  | { type: 'all' }

export class PathError extends Error {}

export function parsePath(path: string): PathSegment[] {
  const segments: PathSegment[] = []
  let i = 0
  const fail = (why: string): never => {
    throw new PathError(`chemin « ${path} » invalide (position ${i + 1}) : ${why}`)
  }
  while (i < path.length) {
    const ch = path[i]
    if (ch === '.') {
      if (i === 0 || path[i - 1] === '.' || i === path.length - 1) fail('point mal placé')
      i++
    } else if (ch === '[') {
      const end = path.indexOf(']', i)
      if (end < 0) fail('crochet non fermé')
      const inner = path.slice(i + 1, end).trim()
      segments.push(bracketSegment(inner) ?? fail(`« [${inner}] » n'est ni un indice, ni *, ni clé=valeur, ni "clé"`))
      i = end + 1
    } else {
      let end = i
      while (end < path.length && path[end] !== '.' && path[end] !== '[') end++
      segments.push({ type: 'key', key: path.slice(i, end) })
      i = end
    }
  }
  if (segments.length === 0) fail('vide')
  return segments
}

function bracketSegment(inner: string): PathSegment | undefined {
  if (inner === '*') return { type: 'all' }
  if (/^\d+$/.test(inner)) return { type: 'index', index: Number(inner) }
  const quoted = /^"([^"]+)"$/.exec(inner) ?? /^'([^']+)'$/.exec(inner)
  if (quoted) return { type: 'key', key: quoted[1] }
  const match = /^([^=\s]+)\s*=\s*(.+)$/.exec(inner)
  if (match) return { type: 'match', key: match[1], value: match[2].replace(/^["']|["']$/g, '') }
  return undefined
}

export interface Resolved {
  found: boolean
  value: unknown
}

/** Follows `path` into `root`; `[*]` maps over a list and keeps only what was found. */
export function resolvePath(root: unknown, path: string | PathSegment[]): Resolved {
  const segments = typeof path === 'string' ? parsePath(path) : path
  return walk(root, segments, 0)
}

function walk(node: unknown, segments: PathSegment[], at: number): Resolved {
  if (at === segments.length) return { found: node !== undefined, value: node }
  const segment = segments[at]
  if (segment.type === 'key') {
    if (!isRecord(node) || !(segment.key in node)) return missing
    return walk(node[segment.key], segments, at + 1)
  }
  if (!Array.isArray(node)) return missing
  if (segment.type === 'index') {
    return segment.index < node.length ? walk(node[segment.index], segments, at + 1) : missing
  }
  if (segment.type === 'match') {
    const element = node.find((item) => isRecord(item) && String(item[segment.key]) === segment.value)
    return element === undefined ? missing : walk(element, segments, at + 1)
  }
  const values = node.map((item) => walk(item, segments, at + 1)).filter((r) => r.found)
  // `rules[*].http.paths[*]` is one flat list of paths, not a list per rule.
  const nested = segments.slice(at + 1).some((s) => s.type === 'all')
  return { found: true, value: values.flatMap((r) => (nested && Array.isArray(r.value) ? r.value : [r.value])) }
}

const missing: Resolved = { found: false, value: undefined }

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
