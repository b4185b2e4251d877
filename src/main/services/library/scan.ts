import { readdirSync } from 'node:fs'
import { join } from 'node:path'

// Files that sit beside a course without being one (a pack's licence, a folder's readme).
const notACourse = /^(license|licence|readme|changelog|contributing|authors)(\.|$)/i
const maxDepth = 6

export function isCourseFileName(name: string): boolean {
  return name.toLowerCase().endsWith('.md') && !notACourse.test(name) && !name.startsWith('.')
}

/**
 * The files under `folder` whose name `accept`s, at most `maxDepth` folders down, as paths
 * relative to it with `/` separators, sorted. Hidden entries and node_modules are skipped,
 * and so is a sub-folder that cannot be read; an unreadable `folder` throws.
 */
export function listFiles(folder: string, accept: (name: string) => boolean, maxDepth: number): string[] {
  const found: string[] = []
  const walk = (dir: string, prefix: string, depth: number): void => {
    let entries
    try {
      entries = readdirSync(dir, { withFileTypes: true })
    } catch (error) {
      if (depth === 0) throw error
      return
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
      if (entry.isDirectory() && depth < maxDepth) walk(join(dir, entry.name), `${prefix}${entry.name}/`, depth + 1)
      else if (entry.isFile() && accept(entry.name)) found.push(prefix + entry.name)
    }
  }
  walk(folder, '', 0)
  return found.sort()
}

/** Every course file under a folder (none when the folder cannot be read). */
export function listCourseFiles(folder: string): string[] {
  try {
    return listFiles(folder, isCourseFileName, maxDepth)
  } catch {
    return []
  }
}

/** Should the watcher ignore this path? Directories are kept so new course files in them are seen. */
export function isIgnoredPath(path: string, isFile: boolean | undefined): boolean {
  const name = path.split(/[\\/]/).pop() ?? ''
  if (name === 'node_modules' || (name.startsWith('.') && name.length > 1)) return true
  return isFile === true && !isCourseFileName(name)
}
