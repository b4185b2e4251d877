import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import type { ClusterApi } from '@shared/kubesim/engine'
import type { RunResult } from '@shared/kubesim/session'
import { useApi } from '../api'
import { Autosaver, type SaveStatus } from '../notes/autosave'
import { completionTables, machineSource } from '../console/completion/machine-source'
import { ConsoleMachine } from '../console/console-machine'
import { isManifest, manifestFileName, promptFor, type PromptText } from '../console/try-command'
import { fmt, messages } from '../i18n'
import { router } from '../router'

export type { PromptText } from '../console/try-command'

/** `kubectl edit` or `vi FILE` waiting for the learner: resolve with the saved text, or undefined to quit. */
export interface EditRequest {
  path: string
  content: string
  resolve(text: string | undefined): void
}

export type ClusterListener = (cluster: ClusterApi) => void

const tickMs = 500
/** While the clock runs, the cluster is saved every this many ticks even without a command. */
const ticksPerSave = 20

/**
 * The kubectl console: a simulated cluster and a shell session on its control plane,
 * running in the renderer and saved through the API. Other views use it too: exercises
 * reset it and read the cluster, cheatsheets and slides type commands at its prompt.
 */
export const useConsoleStore = defineStore('console', () => {
  const ready = ref(false)
  const loadError = ref<string | null>(null)
  /** The live cluster; replaced by `reset`. Null until ready. */
  const cluster = shallowRef<ClusterApi | null>(null)
  /** Bumped on every change: a command, a clock tick, a reset. */
  const revision = ref(0)
  /** Workspace files by path, sorted. */
  const files = ref<{ path: string; content: string }[]>([])
  /** The file open in the workspace panel. */
  const openFile = ref<string | null>(null)
  const saveStatus = ref<SaveStatus>('idle')
  const saveError = ref<string | null>(null)
  const editing = shallowRef<EditRequest | null>(null)
  /** Text to put at the prompt (from "Essayer dans la console"), taken by the terminal. */
  const pendingPrompt = shallowRef<PromptText | null>(null)
  /** Lines for the terminal to print when it next can (a reset done elsewhere…). */
  const notices = ref<string[]>([])

  let machine: ConsoleMachine | null = null
  let loading: Promise<void> | null = null
  const listeners = new Set<ClusterListener>()
  let watchers = 0
  let ticker: ReturnType<typeof setInterval> | null = null
  let ticksSinceSave = 0

  const saver = new Autosaver({
    delayMs: 300,
    retryMs: 3000,
    async save(key, text) {
      if (key === 'state') {
        if (machine) await useApi().console.save(await machine.state())
      } else {
        await useApi().console.writeFile({ path: key.slice('file:'.length), content: text })
      }
    },
    onStatus(status, error) {
      saveStatus.value = status
      saveError.value = error
    }
  })

  function refreshFiles(): void {
    if (!machine) return
    const ws = machine.workspace
    files.value = ws.paths().map((path) => ({ path, content: ws.get(path) ?? '' }))
  }

  function changed(): void {
    if (!machine) return
    cluster.value = machine.cluster
    revision.value++
    for (const listener of listeners) listener(machine.cluster)
  }

  function editor(path: string, content: string): Promise<string | undefined> {
    if (router.currentRoute.value.name !== 'console') void router.push({ name: 'console' })
    return new Promise((resolve) => {
      editing.value = {
        path,
        content,
        resolve(text) {
          editing.value = null
          resolve(text)
        }
      }
    })
  }

  /** Loads the saved console once; every other call waits for that load. */
  function ensureReady(): Promise<void> {
    loading ??= (async () => {
      try {
        const saved = await useApi().console.load({})
        machine = await ConsoleMachine.open(saved, {
          editor,
          files: {
            written(path, content) {
              saver.edit(`file:${path}`, content)
              refreshFiles()
            }
          }
        })
        if (machine.restoreError) notices.value.push(fmt(messages.console.restoreFailed, { error: machine.restoreError }))
        if (!saved.cluster || machine.restoreError) saver.edit('state', '')
        refreshFiles()
        ready.value = true
        changed()
      } catch (cause) {
        loading = null
        loadError.value = cause instanceof Error ? cause.message : String(cause)
        throw cause
      }
    })()
    return loading
  }

  async function ready$(): Promise<ConsoleMachine> {
    await ensureReady()
    return machine!
  }

  /**
   * Runs a command line as typed at the prompt (heredocs and several commands allowed)
   * and returns what it printed. `history: true` records it in the console's history.
   */
  async function run(line: string, options: { history?: boolean } = {}): Promise<RunResult> {
    const m = await ready$()
    try {
      return await m.run(line, options)
    } finally {
      changed()
      saver.edit('state', '')
    }
  }

  /** Adds a line to the history without running it (the console's own commands: help, reset…). */
  function remember(line: string): void {
    machine?.remember(line)
    saver.edit('state', '')
  }

  /**
   * A fresh default cluster, then `setupCommands` run silently; resolves with their
   * results once saved. The terminal prints `notice` (a generic line by default, none
   * when false) so the learner sees the cluster changed under it.
   */
  async function reset(setupCommands: readonly string[] = [], options: { notice?: string | false } = {}): Promise<RunResult[]> {
    const m = await ready$()
    const results = await m.reset(setupCommands)
    if (options.notice !== false) notices.value.push(options.notice ?? messages.console.resetNotice)
    changed()
    saver.edit('state', '')
    await saver.flush()
    return results
  }

  /** Moves the cluster to the present (real time); call before reading it for a check. */
  function syncClock(): void {
    if (machine && machine.syncClock() > 0) changed()
  }

  /** Called after every command, clock tick and reset; the clock keeps running while anyone listens. */
  function subscribe(listener: ClusterListener): () => void {
    listeners.add(listener)
    const stop = keepTicking()
    return () => {
      listeners.delete(listener)
      stop()
    }
  }

  /** Keeps the clock following real time until the returned function is called. */
  function keepTicking(): () => void {
    watchers++
    if (!ticker) {
      ticker = setInterval(() => {
        if (!machine) return
        syncClock()
        if (++ticksSinceSave >= ticksPerSave) {
          ticksSinceSave = 0
          saver.edit('state', '')
        }
      }, tickMs)
    }
    let stopped = false
    return () => {
      if (stopped) return
      stopped = true
      if (--watchers === 0 && ticker) {
        clearInterval(ticker)
        ticker = null
      }
    }
  }

  /**
   * Opens the console and types `code` at the prompt without running it, its first
   * `<placeholder>` selected. A manifest goes into a new workspace file instead, and the
   * prompt gets `kubectl apply -f <file>`.
   */
  async function tryCommand(code: string, options: { lang?: string } = {}): Promise<void> {
    const m = await ready$()
    if (isManifest(code, options.lang)) {
      const name = m.workspace.freeName(manifestFileName(code))
      const content = code.endsWith('\n') ? code : code + '\n'
      saveFile(name, content)
      openFile.value = name
      pendingPrompt.value = { text: `kubectl apply -f ${name}` }
    } else {
      pendingPrompt.value = promptFor(code)
    }
    if (router.currentRoute.value.name !== 'console') await router.push({ name: 'console' })
  }

  function readFile(path: string): string | undefined {
    return machine?.workspace.get(path)
  }

  /** Writes a workspace file from the panel's editor (saved shortly after the last change). */
  function saveFile(path: string, content: string): void {
    if (!machine) return
    machine.workspace.set(path, content)
    saver.edit(`file:${path}`, content)
    refreshFiles()
  }

  async function renameFile(from: string, to: string): Promise<void> {
    const m = await ready$()
    await saver.flush()
    await useApi().console.renameFile({ from, to })
    m.workspace.rename(from, to)
    if (openFile.value === from) openFile.value = to
    refreshFiles()
  }

  async function deleteFile(path: string): Promise<void> {
    const m = await ready$()
    await saver.flush()
    await useApi().console.deleteFile({ path })
    m.workspace.remove(path)
    if (openFile.value === path) openFile.value = null
    refreshFiles()
  }

  /** What Tab completion reads: kubectl's command table, the live cluster, the session, the workspace. */
  function completion() {
    if (!machine) throw new Error('The console is not ready')
    return { tables: completionTables, source: machineSource(machine) }
  }

  const history = (): readonly string[] => machine?.history ?? []
  const freeName = (wanted: string): string => machine?.workspace.freeName(wanted) ?? wanted
  const flush = (): Promise<void> => saver.flush()

  if (typeof window !== 'undefined') window.addEventListener('pagehide', () => void saver.flush())

  return {
    ready,
    loadError,
    cluster,
    revision,
    files,
    openFile,
    saveStatus,
    saveError,
    editing,
    pendingPrompt,
    notices,
    ensureReady,
    run,
    remember,
    reset,
    syncClock,
    subscribe,
    keepTicking,
    tryCommand,
    readFile,
    saveFile,
    renameFile,
    deleteFile,
    history,
    completion,
    freeName,
    flush
  }
})
