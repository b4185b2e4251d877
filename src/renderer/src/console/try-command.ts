// "Essayer dans la console": what a code block from a slide or a cheatsheet becomes at
// the prompt. Commands are typed without being run, their first `<placeholder>`
// selected so the learner types over it; a manifest goes into a workspace file and the
// prompt offers to apply it.
import { parseAllDocuments } from 'yaml'
import { placeholderRanges } from '@shared/practice/cheatsheet'

export interface PromptText {
  text: string
  /** Offsets of the text to select (the first placeholder). */
  selection?: { start: number; end: number }
}

/** A YAML manifest rather than shell commands: told by the block's language, or by its look. */
export function isManifest(code: string, lang?: string): boolean {
  if (lang === 'yaml' || lang === 'yml') return true
  if (lang && lang !== 'text') return false
  const first = code.split('\n').find((l) => l.trim() && !l.trim().startsWith('#'))?.trim() ?? ''
  return /^(apiVersion|kind):/.test(first) || (first === '---' && /^kind:/m.test(code))
}

export function promptFor(code: string): PromptText {
  const text = code.replace(/\s+$/, '')
  const first = placeholderRanges(text)[0]
  return first ? { text, selection: { start: first.start, end: first.end } } : { text }
}

const slug = (s: string): string =>
  s
    .toLowerCase()
    .replace(/<[^>]*>/g, '')
    .replace(/[^a-z0-9.-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')

/** `deployment-web.yaml` from the first document's kind and name; `manifest.yaml` when it has neither. */
export function manifestFileName(yaml: string): string {
  let kind = ''
  let name = ''
  try {
    const doc = parseAllDocuments(yaml)
    const first = (Array.isArray(doc) ? doc : [doc]).map((d) => d.toJS() as unknown).find((v) => v && typeof v === 'object')
    if (first && typeof first === 'object') {
      const obj = first as { kind?: unknown; metadata?: { name?: unknown } }
      kind = typeof obj.kind === 'string' ? slug(obj.kind) : ''
      name = typeof obj.metadata?.name === 'string' ? slug(obj.metadata.name) : ''
    }
  } catch {
    // a broken manifest still gets a file; kubectl apply will tell what is wrong with it
  }
  const stem = [kind, name].filter(Boolean).join('-')
  return `${stem || 'manifest'}.yaml`
}
