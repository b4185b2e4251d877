import { createHash } from 'node:crypto'

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 10)
}

function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'course'
  )
}

/** Built-in packs keep their folder name; user folders are keyed by their absolute path. */
export function folderIdFor(path: string, builtinName?: string): string {
  return builtinName ? `pack-${slug(builtinName)}` : `folder-${shortHash(path)}`
}

/**
 * A course id is URL-safe (it appears in routes) and stable as long as the file keeps
 * its name: the main course of a built-in pack is simply the pack's name.
 */
export function courseIdFor(folderId: string, relativePath: string, builtinName?: string): string {
  const stem = relativePath.replace(/\.md$/i, '')
  if (builtinName && stem === builtinName) return slug(builtinName)
  return `${slug(stem.split('/').pop() ?? stem)}-${shortHash(`${folderId}/${relativePath}`)}`
}

export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}
