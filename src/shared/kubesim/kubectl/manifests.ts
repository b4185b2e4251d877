import { parseDocument } from 'yaml'
import type { ResourceInfo } from '../engine/contract'
import type { Ctx } from './context'
import { CmdError } from './errors'
import { goYamlError, splitYamlDocuments } from './yaml/goyaml-check'

// What `-f FILE|DIR|-|URL` reads (cli-runtime resource.Builder file visitors): YAML or
// JSON, several documents per file, `kind: List` unpacked, folders read for
// .json/.yaml/.yml files in name order (recursively with -R).

export interface Manifest {
  object: Record<string, unknown>
  /** The file it came from as kubectl names it: the path, or "STDIN". */
  source: string
}

const EXTENSIONS = ['.json', '.yaml', '.yml']

const GO_YAML_MESSAGES: Record<string, string> = {
  BLOCK_AS_IMPLICIT_KEY: 'mapping values are not allowed in this context',
  MULTILINE_IMPLICIT_KEY: 'mapping values are not allowed in this context',
  TAB_AS_INDENT: 'found character that cannot start any token',
  MISSING_CHAR: "did not find expected '-' indicator",
  BAD_INDENT: 'did not find expected key',
  MULTIPLE_DOCS: 'did not find expected <document start>'
}

function jsonType(v: unknown): string {
  if (Array.isArray(v)) return 'array'
  if (typeof v === 'boolean') return 'bool'
  return typeof v === 'object' ? 'object' : typeof v
}

function sortedJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(sortedJson).join(',')}]`
  if (v && typeof v === 'object') {
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${sortedJson((v as Record<string, unknown>)[k])}`)
      .join(',')}}`
  }
  return JSON.stringify(v) ?? 'null'
}

/**
 * What the client-side decoder (UnstructuredJSONScheme reading TypeMeta and ObjectMeta
 * with encoding/json) refuses before anything reaches the server: `app: 1` as a label.
 */
function decodeProblem(obj: Record<string, unknown>): string | undefined {
  const wrong = (v: unknown, field: string, type: string): string => `json: cannot unmarshal ${jsonType(v)} into Go struct field ${field} of type ${type}`
  const isString = (v: unknown): boolean => v === null || v === undefined || typeof v === 'string'
  if (!isString(obj.apiVersion)) return wrong(obj.apiVersion, 'metadataOnlyObject.apiVersion', 'string')
  if (!isString(obj.kind)) return `Object 'Kind' is missing in '${sortedJson(obj)}'`
  const meta = obj.metadata
  if (meta === null || meta === undefined) return undefined
  if (typeof meta !== 'object' || Array.isArray(meta)) return wrong(meta, 'metadataOnlyObject.metadata', 'v1.ObjectMeta')
  const m = meta as Record<string, unknown>
  for (const f of ['name', 'generateName', 'namespace']) if (!isString(m[f])) return wrong(m[f], `ObjectMeta.metadata.${f}`, 'string')
  for (const f of ['labels', 'annotations']) {
    const map = m[f]
    if (map === null || map === undefined) continue
    if (typeof map !== 'object' || Array.isArray(map)) return wrong(map, `ObjectMeta.metadata.${f}`, 'map[string]string')
    for (const v of Object.values(map)) if (!isString(v)) return wrong(v, `ObjectMeta.metadata.${f}`, 'string')
  }
  return undefined
}

/**
 * Parses one file the way kubectl's YAML decoder reads it: cut into documents by
 * YAMLReader, each checked by go-yaml's own rules (yaml/goyaml-check.ts, for its error
 * texts and line numbers), then read as YAML 1.1 by the `yaml` package.
 */
export function parseManifestText(text: string, source: string): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = []
  for (const chunk of splitYamlDocuments(text)) {
    const problem = goYamlError(chunk)
    if (problem) throw new CmdError(`error parsing ${source}: error converting YAML to JSON: yaml: ${problem.message}`)
    const doc = parseDocument(chunk, {
      version: '1.1',
      uniqueKeys: false,
      merge: true,
      customTags: (tags) => tags.filter((t) => typeof t === 'string' || t.tag !== 'tag:yaml.org,2002:timestamp')
    })
    const e = doc.errors[0]
    if (e) {
      const line = e.linePos?.[0]?.line ?? 1
      const msg = GO_YAML_MESSAGES[e.code] ?? 'did not find expected key'
      throw new CmdError(`error parsing ${source}: error converting YAML to JSON: yaml: line ${line}: ${msg}`)
    }
    const value: unknown = doc.toJS({ maxAliasCount: 100 })
    if (value === null || value === undefined) continue
    if (typeof value !== 'object' || Array.isArray(value)) {
      throw new CmdError(
        `error validating "${source}": error validating data: invalid object to validate; if you choose to ignore these errors, turn validation off with --validate=false`
      )
    }
    const obj = value as Record<string, unknown>
    const items = typeof obj.kind === 'string' && obj.kind.endsWith('List') && Array.isArray(obj.items) ? obj.items : [obj]
    for (const item of items) {
      if (!item || typeof item !== 'object') continue
      const problem = decodeProblem(item as Record<string, unknown>)
      if (problem) throw new CmdError(`unable to decode "${source}": ${problem}`)
      out.push(item as Record<string, unknown>)
    }
  }
  return out
}

async function isDir(ctx: Ctx, path: string): Promise<string[] | undefined> {
  return ctx.files.listDir(path)
}

async function collectFiles(ctx: Ctx, path: string, recursive: boolean): Promise<string[]> {
  const entries = await isDir(ctx, path)
  if (entries === undefined) return [path]
  const out: string[] = []
  for (const name of [...entries].sort()) {
    const child = path.endsWith('/') ? path + name : `${path}/${name}`
    const sub = await isDir(ctx, child)
    if (sub !== undefined) {
      if (recursive) out.push(...(await collectFiles(ctx, child, recursive)))
      continue
    }
    if (EXTENSIONS.some((ext) => name.endsWith(ext))) out.push(child)
  }
  return out
}

/**
 * Reads the objects named by `-f` arguments, in order, up to the first file or document
 * that cannot be read; that error is returned with the objects read before it, which
 * kubectl still creates or applies (the builder continues on error).
 */
export async function readManifestsUntilError(ctx: Ctx, filenames: string[], recursive: boolean): Promise<{ manifests: Manifest[]; error?: string }> {
  const manifests: Manifest[] = []
  const parse = (text: string, source: string): string | undefined => {
    // documents before a broken one are kept
    const docs = splitYamlDocuments(text)
    for (let i = 0; i < docs.length; i++) {
      try {
        for (const object of parseManifestText(docs[i], source)) manifests.push({ object, source })
      } catch (e) {
        if (e instanceof CmdError) return e.message
        throw e
      }
    }
    return undefined
  }
  for (const f of filenames) {
    if (f === '-') {
      const error = parse(ctx.stdin, 'STDIN')
      if (error) return { manifests, error }
      continue
    }
    if (/^https?:\/\//.test(f)) {
      throw new CmdError(`unable to read URL "${f}", server reported 000 : Get "${f}": dial tcp: lookup: no such host`)
    }
    const dir = await isDir(ctx, f)
    const paths = dir !== undefined ? await collectFiles(ctx, f, recursive) : [f]
    for (const p of paths) {
      const text = await ctx.readFile(p)
      // FilenameParam checks the paths before anything is visited
      if (text === undefined) throw new CmdError(`the path "${p}" does not exist`)
      const error = parse(text, p)
      if (error) return { manifests, error }
    }
  }
  return { manifests }
}

/** Reads every object named by `-f` arguments; the first unreadable one is an error. */
export async function readManifests(ctx: Ctx, filenames: string[], recursive: boolean): Promise<Manifest[]> {
  const { manifests, error } = await readManifestsUntilError(ctx, filenames, recursive)
  if (error) throw new CmdError(error)
  return manifests
}

/** apiVersion `apps/v1` → group `apps`, version `v1`. */
function splitApiVersion(apiVersion: string): { group: string; version: string } {
  const i = apiVersion.indexOf('/')
  return i < 0 ? { group: '', version: apiVersion } : { group: apiVersion.slice(0, i), version: apiVersion.slice(i + 1) }
}

/** Finds the resource of a manifest, with kubectl's messages for a missing or unknown kind. */
export function resourceOfManifest(ctx: Ctx, m: Manifest): ResourceInfo {
  const { object, source } = m
  const missing: string[] = []
  if (typeof object.apiVersion !== 'string' || !object.apiVersion) missing.push('apiVersion not set')
  if (typeof object.kind !== 'string' || !object.kind) missing.push('kind not set')
  if (missing.length) {
    const what = missing.length === 1 ? missing[0] : `[${missing.join(', ')}]`
    throw new CmdError(
      `error validating "${source}": error validating data: ${what}; if you choose to ignore these errors, turn validation off with --validate=false`
    )
  }
  const apiVersion = object.apiVersion as string
  const kind = object.kind as string
  const { group, version } = splitApiVersion(apiVersion)
  const info = ctx.cluster
    .resources()
    .find((r) => r.kind === kind && r.group === group && r.version === version)
  if (!info) {
    const meta = (object.metadata ?? {}) as Record<string, unknown>
    throw new CmdError(
      `resource mapping not found for name: ${JSON.stringify(meta.name ?? '')} namespace: ${JSON.stringify(meta.namespace ?? '')} from ${JSON.stringify(source)}: no matches for kind ${JSON.stringify(kind)} in version ${JSON.stringify(apiVersion)}\nensure CRDs are installed first`
    )
  }
  return info
}

/** The namespace an object from a file goes to, refusing a clash with an explicit `-n`. */
export function namespaceOfManifest(ctx: Ctx, info: ResourceInfo, object: Record<string, unknown>): string | undefined {
  if (!info.namespaced) return undefined
  const meta = (object.metadata ?? {}) as Record<string, unknown>
  const own = typeof meta.namespace === 'string' && meta.namespace ? meta.namespace : undefined
  if (own && ctx.explicitNamespace && own !== ctx.namespace) {
    throw new CmdError(
      `the namespace from the provided object "${own}" does not match the namespace "${ctx.namespace}". You must pass '--namespace=${own}' to perform this operation.`
    )
  }
  return own ?? ctx.namespace
}
