import { lstatSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { extname, isAbsolute } from 'node:path'
import { ApiError } from '@shared/api'

// Paths come from the renderer (typed in browser mode, or from a native dialog), so the
// main process treats them as untrusted: a page must not be able to overwrite a shell
// profile or an SSH key through an "export", nor exhaust memory through an "import".
const maxImportBytes = 64 * 1024 * 1024

function absolute(path: string): string {
  if (!isAbsolute(path)) throw new ApiError('invalid-request', `Not an absolute path: ${path}`)
  return path
}

/** A file read whole, for an import. */
export function readText(path: string): string {
  absolute(path)
  let size: number
  try {
    const info = statSync(path)
    if (!info.isFile()) throw new Error('not a file')
    size = info.size
  } catch {
    throw new ApiError('invalid-request', `Cannot read ${path}`)
  }
  if (size > maxImportBytes) throw new ApiError('invalid-request', `${path} is larger than ${maxImportBytes / 1024 / 1024} MiB`)
  try {
    return readFileSync(path, 'utf8')
  } catch {
    throw new ApiError('invalid-request', `Cannot read ${path}`)
  }
}

/**
 * Writes an export whole or not at all. Only the export's own kinds of file may be
 * written (`extensions`, with the dot), and an existing target must be a plain file,
 * never a link.
 */
export function writeText(path: string, text: string, extensions: readonly string[]): void {
  absolute(path)
  if (!extensions.includes(extname(path).toLowerCase())) {
    throw new ApiError('invalid-request', `An export is written to a ${extensions.join(', ')} file, not ${path}`)
  }
  let existing: ReturnType<typeof lstatSync> | undefined
  try {
    existing = lstatSync(path)
  } catch {
    existing = undefined
  }
  if (existing && !existing.isFile()) throw new ApiError('invalid-request', `Not a plain file: ${path}`)
  const temporary = `${path}.kubestudy-tmp`
  try {
    writeFileSync(temporary, text)
    renameSync(temporary, path)
  } catch {
    throw new ApiError('invalid-request', `Cannot write ${path}`)
  }
}
