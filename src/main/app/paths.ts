import { join } from 'node:path'

/** The folders the app reads from, all relative to its root (the folder holding package.json). */
export function appPaths(appRoot: string): { coursesDir: string; rendererDir: string; preload: string } {
  return {
    coursesDir: join(appRoot, 'content', 'courses'),
    rendererDir: join(appRoot, 'out', 'renderer'),
    preload: join(appRoot, 'out', 'preload', 'index.cjs')
  }
}
