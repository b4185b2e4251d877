// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest'
import { completionTables, machineSource } from '../../../src/renderer/src/console/completion/machine-source'
import type { ConsoleMachine } from '../../../src/renderer/src/console/console-machine'
import { TerminalController, type ConsoleHost } from '../../../src/renderer/src/console/terminal-controller'
import { freshMachine } from './machine'
import { XtermScreen } from './xterm-screen'

const texts = {
  help: 'Aide de la console',
  resetQuestion: 'Réinitialiser ? [o/N] ',
  resetDone: 'Cluster réinitialisé.',
  resetCancelled: 'Annulé.'
}

let machine: ConsoleMachine
let screen: XtermScreen
let terminal: TerminalController
let sleeps: number[]

beforeEach(async () => {
  ;({ machine } = await freshMachine())
  screen = new XtermScreen(100, 40)
  sleeps = []
  const host: ConsoleHost = {
    run: (line) => machine.run(line, { history: true }),
    remember: (line) => machine.remember(line),
    history: () => machine.history,
    reset: async () => void (await machine.reset()),
    sleep: (seconds, signal) =>
      new Promise((resolve, reject) => {
        sleeps.push(seconds)
        if (seconds >= 100) signal.addEventListener('abort', () => reject(new Error('interrupted')))
        else resolve()
      }),
    completion: () => ({ tables: completionTables, source: machineSource(machine) })
  }
  terminal = new TerminalController(screen, host, texts)
  terminal.start()
})

/** Types `data`, then waits for the prompt to come back. */
async function type(data: string): Promise<void> {
  terminal.input(data)
  for (let i = 0; i < 200 && terminal.busy; i++) await new Promise((r) => setTimeout(r, 5))
  await screen.settle()
}

describe('the console terminal', () => {
  it('runs a command typed at the prompt and prints kubectl’s output under it', async () => {
    await type('kubectl get nodes\r')
    const text = await screen.text()
    expect(text).toMatch(/^controlplane \$ kubectl get nodes\nNAME +STATUS +ROLES +AGE +VERSION\ncontrolplane +Ready +control-plane +\d+d +v1\.31\.0\nnode01 +Ready +<none> +\d+d +v1\.31\.0\nnode02 +Ready/)
    expect(text.split('\n').pop()).toBe('controlplane $')
    expect(machine.history).toEqual(['kubectl get nodes'])
  })

  it('prints errors in red and plain output uncoloured', async () => {
    await type('kubectl get pod nope\r')
    const buffer = screen.term.buffer.active
    const row = buffer.getLine(1)!
    expect(row.translateToString(true)).toBe('Error from server (NotFound): pods "nope" not found')
    expect(row.getCell(0)!.getFgColor()).toBe(1)
    await type('echo hello\r')
    const plain = [...Array(buffer.length).keys()].map((i) => buffer.getLine(i)!).find((l) => l.translateToString(true) === 'hello')!
    expect(plain.getCell(0)!.isFgDefault()).toBeTruthy()
  })

  it('edits the line with the cursor keys before running it', async () => {
    await type('kubectl get nodes\x1b[D\x1b[D\x1b[D\x1b[D\x1b[D\x01\x1b[3~\x1b[3~\x1b[3~\x1b[3~\x1b[3~\x1b[3~\x1b[3~kubectl\x05\x17pods\r')
    expect(machine.history).toEqual(['kubectl get pods'])
    expect(await screen.text()).toContain('No resources found in default namespace.')
  })

  it('keeps reading a heredoc with a > prompt until its terminator, then applies it', async () => {
    await type('kubectl apply -f - <<EOF\r')
    expect((await screen.text()).split('\n').pop()).toBe('>')
    await type('apiVersion: v1\rkind: ConfigMap\rmetadata:\r  name: settings\rdata:\r  mode: dev\rEOF\r')
    const text = await screen.text()
    expect(text).toContain('> EOF\nconfigmap/settings created')
    expect(machine.cluster.get('configmaps', 'default', 'settings').data).toEqual({ mode: 'dev' })
    expect(machine.history[0]).toBe('kubectl apply -f - <<EOF\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  mode: dev\nEOF')
  })

  it('runs a pasted block command after command, heredocs included, tabs kept literal', async () => {
    await type(
      '\x1b[200~kubectl create namespace shop\nkubectl apply -n shop -f - <<EOF\napiVersion: v1\nkind: ConfigMap\nmetadata:\n\tname: a\nEOF\nkubectl get ns shop\n\x1b[201~'
    )
    const text = await screen.text()
    expect(text).toContain('namespace/shop created')
    expect(text).toMatch(/shop +Active/)
    expect(machine.history).toEqual(expect.arrayContaining(['kubectl create namespace shop', 'kubectl get ns shop']))
  })

  it('completes with Tab and lists candidates on a second Tab', async () => {
    await type('kubectl get depl\t')
    expect((await screen.text()).split('\n').pop()).toBe('controlplane $ kubectl get deployments')
    await type('\x15kubectl get nodes node\t\t')
    const text = await screen.text()
    expect(text).toMatch(/node01 +node02/)
    expect(text.split('\n').pop()).toBe('controlplane $ kubectl get nodes node0')
  })

  it('recalls history with ↑ and ↓, cancels a line with Ctrl+C and clears with Ctrl+L', async () => {
    await type('echo one\recho two\r')
    await type('\x1b[A\x1b[A')
    expect((await screen.text()).split('\n').pop()).toBe('controlplane $ echo one')
    await type('\x1b[B')
    expect((await screen.text()).split('\n').pop()).toBe('controlplane $ echo two')
    await type('\x03')
    expect((await screen.text()).split('\n').slice(-2)).toEqual(['controlplane $ echo two^C', 'controlplane $'])
    await type('kubectl\x0c')
    expect(await screen.text()).toBe('controlplane $ kubectl')
    await type('\x15clear\r')
    expect(await screen.text()).toBe('controlplane $')
  })

  it('answers help, asks before reset, and waits in real time on sleep, which Ctrl+C interrupts', async () => {
    await type('help\r')
    expect(await screen.text()).toContain('Aide de la console')
    await type('kubectl create namespace gone\r')
    await type('reset\rn\r')
    expect(await screen.text()).toContain('Annulé.')
    expect(machine.cluster.get('namespaces', undefined, 'gone')).toBeTruthy()
    await type('reset\ro\r')
    expect(await screen.text()).toContain('Cluster réinitialisé.')
    expect(() => machine.cluster.get('namespaces', undefined, 'gone')).toThrow(/not found/)

    await type('sleep 2\r')
    expect(sleeps).toEqual([2])
    terminal.input('sleep 100\r')
    expect(terminal.busy).toBe(true)
    await type('\x03')
    expect(terminal.busy).toBe(false)
    expect((await screen.text()).split('\n').slice(-2)).toEqual(['^C', 'controlplane $'])
  })

  it('types a command with its placeholder selected, which typing replaces', async () => {
    terminal.type({ text: 'kubectl describe node <noeud>', selection: { start: 22, end: 29 } })
    await type('node01\r')
    expect(machine.history).toEqual(['kubectl describe node node01'])
  })
})
