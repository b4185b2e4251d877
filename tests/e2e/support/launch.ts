import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { _electron, type Browser, type ElectronApplication, type Page } from '@playwright/test'
import { PageGuards } from './guards'

export const root = resolve(__dirname, '../../..')

/** A running KubeStudy: a way to open a window on it, and a way to stop it. */
export interface RunningApp {
  target: 'web' | 'electron'
  dataDir: string
  /** A window on the app with guards installed before its first page load. */
  newWindow(): Promise<{ page: Page; guards: PageGuards }>
  close(): Promise<void>
}

export function freshDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'kubestudy-e2e-'))
}

/** `node out/main/web.js --port 0 --data-dir …`, resolved once it prints its URL. */
export async function startWeb(browser: Browser, dataDir = freshDataDir()): Promise<RunningApp> {
  const child = spawn(process.execPath, ['out/main/web.js', '--port', '0', '--data-dir', dataDir], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, KUBESTUDY_DATA_DIR: undefined }
  })
  const url = await readUrl(child)
  const context = await browser.newContext()
  return {
    target: 'web',
    dataDir,
    async newWindow() {
      const page = await context.newPage()
      const guards = await PageGuards.install(page)
      await page.goto(url)
      return { page, guards }
    },
    async close() {
      await context.close()
      await stop(child)
      rmSync(dataDir, { recursive: true, force: true })
    }
  }
}

/** The same app in Electron, where its binary exists (not on the build machine). */
export async function startElectron(dataDir = freshDataDir()): Promise<RunningApp> {
  const app: ElectronApplication = await _electron.launch({
    args: [root, '--data-dir', dataDir],
    cwd: root
  })
  return {
    target: 'electron',
    dataDir,
    async newWindow() {
      const page = await app.firstWindow()
      const guards = await PageGuards.install(page)
      await page.evaluate(() => (location.hash = '#/'))
      await page.reload()
      return { page, guards }
    },
    async close() {
      await app.close()
      rmSync(dataDir, { recursive: true, force: true })
    }
  }
}

function readUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    let stderr = ''
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const lines = createInterface({ input: child.stdout! })
    const timer = setTimeout(() => reject(new Error(`web server printed no URL in 30 s\n${stderr}`)), 30_000)
    lines.on('line', (line) => {
      const match = /^KubeStudy: (http:\/\/127\.0\.0\.1:\d+\/\S*)$/.exec(line.trim())
      if (!match) return
      clearTimeout(timer)
      resolvePromise(match[1]!)
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`web server exited with ${code}\n${stderr}`))
    })
  })
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return
  const exited = new Promise((done) => child.once('exit', done))
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000)
  await exited
  clearTimeout(timer)
}
