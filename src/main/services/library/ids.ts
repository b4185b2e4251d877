import { createHash } from 'node:crypto'
import { slug } from '../slug'

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 10)
}

/** Built-in packs keep their folder name; user folders are keyed by their absolute path. */
export function folderIdFor(path: string, builtinName?: string): string {
  return builtinName ? `pack-${slug(builtinName, 'course')}` : `folder-${shortHash(path)}`
}

/**
 * A course id is URL-safe (it appears in routes) and stable as long as the file keeps
 * its name: the main course of a built-in pack is simply the pack's name.
 */
export function courseIdFor(folderId: string, relativePath: string, builtinName?: string): string {
  const stem = relativePath.replace(/\.md$/i, '')
  if (builtinName && stem === builtinName) return slug(builtinName, 'course')
  return `${slug(stem.split('/').pop() ?? stem, 'course')}-${shortHash(`${folderId}/${relativePath}`)}`
}

export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}
