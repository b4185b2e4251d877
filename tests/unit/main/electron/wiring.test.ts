import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { apiMethods, ipcChannelOf, ipcEventChannel } from '@shared/api'
import { eventually, makeSandbox, type Sandbox } from '../helpers'
import { FakeBrowserWindow, FakeWebContents, recorded } from './fake-electron'

vi.mock('electron', async () => (await import('./fake-electron')).electronModule)

const { runElectronApp } = await import('../../../../src/main/electron/main-app')

let sandbox: Sandbox

async function start(): Promise<FakeBrowserWindow> {
  await runElectronApp({ appRoot: sandbox.dir, argv: ['electron', '.', '--data-dir', sandbox.dataDir] })
  const window = FakeBrowserWindow.created[0]
  await eventually(() =>
    expect(window.webContents.sent.map((s) => s.payload)).toContainEqual({ type: 'indexing.progress', done: 1, total: 1 })
  )
  return window
}

async function stop(): Promise<void> {
  const willQuit = recorded.appListeners.get('will-quit')
  if (!willQuit) return
  willQuit({ preventDefault: () => undefined })
  await eventually(() => expect(recorded.calls.filter((c) => c === 'quit').length).toBeGreaterThan(0))
}

const invoke = (method: string, request: unknown, frameUrl: string | null = 'app://kubestudy/index.html'): Promise<any> =>
  Promise.resolve(
    recorded.ipcHandlers.get(ipcChannelOf(method as never))!({ senderFrame: frameUrl === null ? null : { url: frameUrl } }, request)
  )

beforeEach(() => {
  recorded.reset()
  sandbox = makeSandbox()
  mkdirSync(join(sandbox.dir, 'out', 'renderer'), { recursive: true })
  writeFileSync(join(sandbox.dir, 'out', 'renderer', 'index.html'), '<!doctype html><title>KubeStudy</title>')
})
afterEach(async () => {
  await stop()
  sandbox.cleanup()
})

describe('Electron main process wiring', () => {
  it('opens one locked-down window on the app protocol, with the sandboxed preload', async () => {
    const window = await start()
    expect(FakeBrowserWindow.created).toHaveLength(1)
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: join(sandbox.dir, 'out', 'preload', 'index.cjs')
    })
    expect(window.loadedUrl).toBe('app://kubestudy/index.html')
    expect(recorded.calls).toContain('enableSandbox')
    expect(recorded.paths.get('userData')).toBe(sandbox.dataDir)
  })

  it('registers one IPC handler per API method, and answers only the app itself', async () => {
    await start()
    expect([...recorded.ipcHandlers.keys()].sort()).toEqual(apiMethods.map((m) => ipcChannelOf(m)).sort())

    const list = await invoke('library.list', {})
    expect(list.result.courses.map((c: { id: string }) => c.id)).toEqual(['kubernetes'])
    expect(await invoke('app.info', {})).toMatchObject({ result: { mode: 'electron', version: '1.2.3', dataDir: sandbox.dataDir } })
    expect(await invoke('library.pickFolder', {})).toEqual({ result: '/picked/folder' })
    expect(await invoke('library.pickPath', { purpose: 'anki-import' })).toEqual({ result: '/picked/folder' })
    expect(await invoke('library.pickPath', { purpose: 'review-log' })).toEqual({ result: '/picked/file.txt' })
    // The page names a purpose; the main process alone decides what the dialog offers.
    expect(recorded.dialogs.at(-2)).toMatchObject({ properties: ['openFile'], filters: [{ extensions: ['txt', 'csv', 'tsv'] }] })
    expect(recorded.dialogs.at(-1)).toMatchObject({ defaultPath: expect.stringMatching(/kubestudy-revlog\.csv$/) })
    expect(await invoke('library.pickPath', { purpose: 'anything' })).toMatchObject({ error: { code: 'invalid-request' } })

    for (const foreign of ['https://evil.example/', 'file:///etc/passwd', 'app://other/index.html', null]) {
      expect(await invoke('library.list', {}, foreign)).toEqual({
        error: { code: 'forbidden', message: 'API calls are only accepted from the app itself' }
      })
    }
    expect(await invoke('search.query', { query: 1 })).toMatchObject({ error: { code: 'invalid-request' } })
  })

  it('serves the renderer through a privileged app:// scheme with the strict CSP', async () => {
    await start()
    expect(recorded.privilegedSchemes).toEqual([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) })
    ])
    const handler = recorded.protocolHandlers.get('app')!
    const page = await handler(new Request('app://kubestudy/index.html'))
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('<title>KubeStudy</title>')
    const csp = page.headers.get('content-security-policy')!
    expect(csp).toMatch(/default-src 'self'/)
    expect(csp).toMatch(/script-src 'self'(;|$)/)
    expect(csp).not.toMatch(/unsafe-eval/)
    expect(csp).toMatch(/img-src 'self' data:/)
    expect((await handler(new Request('app://kubestudy/../../package.json'))).status).toBe(404)
    expect((await handler(new Request('app://elsewhere/index.html'))).status).toBe(404)
  })

  it('blocks navigation away from the app and hands web links to the system browser', async () => {
    await start()
    const contents = new FakeWebContents()
    recorded.appListeners.get('web-contents-created')!({}, contents)

    const navigate = (url: string) => {
      let prevented = false
      contents.emit('will-navigate', { url, preventDefault: () => (prevented = true) })
      return prevented
    }
    expect(navigate('app://kubestudy/index.html#/course/kubernetes/3')).toBe(false)
    expect(navigate('https://kubernetes.io/docs/')).toBe(true)
    expect(navigate('file:///etc/passwd')).toBe(true)
    expect(recorded.opened).toEqual(['https://kubernetes.io/docs/'])

    expect(contents.windowOpenHandler!({ url: 'https://github.com/kubernetes' })).toEqual({ action: 'deny' })
    expect(contents.windowOpenHandler!({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' })
    expect(recorded.opened).toEqual(['https://kubernetes.io/docs/', 'https://github.com/kubernetes'])

    let webviewPrevented = false
    contents.emit('will-attach-webview', { preventDefault: () => (webviewPrevented = true) })
    expect(webviewPrevented).toBe(true)
  })

  it('denies every permission request', async () => {
    await start()
    const answers: boolean[] = []
    recorded.permissionRequest!(null, 'media', (granted: boolean) => answers.push(granted))
    recorded.permissionRequest!(null, 'notifications', (granted: boolean) => answers.push(granted))
    expect(answers).toEqual([false, false])
    expect(recorded.permissionCheck!(null, 'clipboard-read')).toBe(false)
  })

  it('has a French menu whose commands reach the renderer as events', async () => {
    const window = await start()
    const menu = recorded.menu as { label: string; submenu: { label?: string; accelerator?: string; click?: () => void }[] }[]
    expect(menu.map((m) => m.label)).toEqual(expect.arrayContaining(['Fichier', 'Édition', 'Aller', 'Affichage', 'Aide']))
    const items = menu.flatMap((m) => m.submenu)
    const search = items.find((i) => i.label === 'Rechercher…')!
    expect(search.accelerator).toBe('CmdOrCtrl+K')
    search.click!()
    items.find((i) => i.label === 'Diapositive suivante')!.click!()
    expect(window.webContents.sent.filter((s) => s.channel === ipcEventChannel).map((s) => s.payload)).toEqual(
      expect.arrayContaining([
        { type: 'menu', command: 'search' },
        { type: 'menu', command: 'slide.next' }
      ])
    )
  })

  it('pushes service events to the window', async () => {
    const window = await start()
    expect(window.webContents.sent.every((s) => s.channel === ipcEventChannel)).toBe(true)
    expect(window.webContents.sent.map((s) => s.payload)).toContainEqual({ type: 'indexing.progress', done: 0, total: 1 })
  })

  it('remembers the window size and position', async () => {
    const window = await start()
    window.options.x = 42
    window.options.y = 64
    window.options.width = 1000
    window.options.height = 700
    window.emit('close')
    await stop()
    recorded.reset()

    await start()
    const reopened = FakeBrowserWindow.created[0]
    expect(reopened.options).toMatchObject({ x: 42, y: 64, width: 1000, height: 700 })
  })

  it('lets only one instance run, and focuses it when a second one starts', async () => {
    const window = await start()
    recorded.appListeners.get('second-instance')!()
    expect(window.focused).toBe(true)
    await stop()

    recorded.reset()
    recorded.singleInstance = false
    await runElectronApp({ appRoot: sandbox.dir, argv: ['electron', '.', '--data-dir', sandbox.dataDir] })
    expect(recorded.calls).toContain('quit')
    expect(FakeBrowserWindow.created).toHaveLength(0)
  })
})
