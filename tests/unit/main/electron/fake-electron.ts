// A stand-in for the 'electron' module (the binary cannot run here): it records what the
// main process asks of Electron so the tests can inspect and drive it.
type Listener = (...args: any[]) => unknown

export class FakeWebContents {
  readonly listeners = new Map<string, Listener[]>()
  readonly sent: { channel: string; payload: unknown }[] = []
  windowOpenHandler: Listener | null = null
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener])
    return this
  }
  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) listener(...args)
  }
  setWindowOpenHandler(handler: Listener): void {
    this.windowOpenHandler = handler
  }
  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload })
  }
}

export class FakeBrowserWindow {
  static created: FakeBrowserWindow[] = []
  readonly webContents = new FakeWebContents()
  readonly listeners = new Map<string, Listener[]>()
  loadedUrl: string | null = null
  maximized = false
  focused = false
  constructor(readonly options: any) {
    FakeBrowserWindow.created.push(this)
  }
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener])
    return this
  }
  once(event: string, listener: Listener): this {
    return this.on(event, listener)
  }
  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) listener(...args)
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrl = url
    return Promise.resolve()
  }
  maximize(): void {
    this.maximized = true
  }
  isMaximized(): boolean {
    return this.maximized
  }
  isMinimized(): boolean {
    return false
  }
  restore(): void {}
  focus(): void {
    this.focused = true
  }
  isDestroyed(): boolean {
    return false
  }
  show(): void {}
  getNormalBounds() {
    return { x: this.options.x ?? 10, y: this.options.y ?? 20, width: this.options.width, height: this.options.height }
  }
}

export const recorded = {
  appListeners: new Map<string, Listener>(),
  calls: [] as string[],
  paths: new Map<string, string>(),
  singleInstance: true,
  privilegedSchemes: [] as unknown[],
  protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
  ipcHandlers: new Map<string, Listener>(),
  menu: null as unknown[] | null,
  permissionRequest: null as Listener | null,
  permissionCheck: null as Listener | null,
  opened: [] as string[],
  errorBoxes: [] as string[],
  dialogs: [] as unknown[],
  reset(): void {
    this.appListeners.clear()
    this.calls.length = 0
    this.paths.clear()
    this.singleInstance = true
    this.privilegedSchemes.length = 0
    this.protocolHandlers.clear()
    this.ipcHandlers.clear()
    this.menu = null
    this.opened.length = 0
    this.errorBoxes.length = 0
    this.dialogs.length = 0
    FakeBrowserWindow.created.length = 0
  }
}

export const electronModule = {
  app: {
    isPackaged: false,
    setName: (name: string) => recorded.calls.push(`setName:${name}`),
    setPath: (key: string, value: string) => recorded.paths.set(key, value),
    getPath: (key: string) => recorded.paths.get(key) ?? `/home/learner/${key}`,
    enableSandbox: () => recorded.calls.push('enableSandbox'),
    requestSingleInstanceLock: () => recorded.singleInstance,
    quit: () => recorded.calls.push('quit'),
    exit: () => recorded.calls.push('exit'),
    getVersion: () => '1.2.3',
    getAppPath: () => '/app',
    on: (event: string, listener: Listener) => recorded.appListeners.set(event, listener),
    whenReady: () => Promise.resolve()
  },
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => recorded.privilegedSchemes.push(...schemes),
    handle: (scheme: string, handler: (request: Request) => Promise<Response>) => recorded.protocolHandlers.set(scheme, handler)
  },
  ipcMain: {
    handle: (channel: string, listener: Listener) => recorded.ipcHandlers.set(channel, listener)
  },
  BrowserWindow: FakeBrowserWindow,
  screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
  dialog: {
    showErrorBox: (title: string) => recorded.errorBoxes.push(title),
    showOpenDialog: async (...args: unknown[]) => {
      recorded.dialogs.push(args.at(-1))
      return { canceled: false, filePaths: ['/picked/folder'] }
    },
    showSaveDialog: async (...args: unknown[]) => {
      recorded.dialogs.push(args.at(-1))
      return { canceled: false, filePath: '/picked/file.txt' }
    }
  },
  Menu: {
    buildFromTemplate: (template: unknown[]) => template,
    setApplicationMenu: (menu: unknown[]) => (recorded.menu = menu)
  },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (handler: Listener) => (recorded.permissionRequest = handler),
      setPermissionCheckHandler: (handler: Listener) => (recorded.permissionCheck = handler)
    }
  },
  shell: { openExternal: async (url: string) => void recorded.opened.push(url) }
}
