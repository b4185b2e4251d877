import { readFileSync, writeFileSync } from 'node:fs'
import { isAbsolute } from 'node:path'
import { ApiError } from '@shared/api'

/** A path typed in browser mode or chosen in a native dialog; read or written whole. */
export function readText(path: string): string {
  if (!isAbsolute(path)) throw new ApiError('invalid-request', `Not an absolute path: ${path}`)
  try {
    return readFileSync(path, 'utf8')
  } catch {
    throw new ApiError('invalid-request', `Cannot read ${path}`)
  }
}

export function writeText(path: string, text: string): void {
  if (!isAbsolute(path)) throw new ApiError('invalid-request', `Not an absolute path: ${path}`)
  try {
    writeFileSync(path, text)
  } catch {
    throw new ApiError('invalid-request', `Cannot write ${path}`)
  }
}
