import { describe, expect, it } from 'vitest'
import { ConsoleMachine } from '../../../src/renderer/src/console/console-machine'
import { RealClock, maxCatchUpSeconds } from '../../../src/renderer/src/console/real-clock'
import { emptySave, freshMachine } from './machine'

describe('the console machine', () => {
  it('starts on the default cluster and moves its clock by the real time elapsed', async () => {
    const { machine, clock } = await freshMachine()
    const start = machine.cluster.now()
    await machine.run('kubectl create deployment web --image=nginx --replicas=2')
    expect((await machine.run('kubectl get pods')).stdout).toContain('ContainerCreating')
    clock.now += 12_000
    const later = await machine.run('kubectl get pods')
    expect(later.stdout.match(/Running/g)).toHaveLength(2)
    expect(machine.cluster.now() - start).toBe(12_000)
  })

  it('counts time spent away only up to the catch-up limit', () => {
    let now = 0
    const clock = new RealClock(() => now)
    now = 1500
    expect(clock.take()).toBe(1.5)
    expect(clock.take()).toBe(0)
    now += 3 * 3600 * 1000
    expect(clock.take()).toBe(maxCatchUpSeconds)
    clock.resetTo(now - 20_000)
    expect(clock.take()).toBe(20)
  })

  it('resets to a fresh cluster, keeps shell variables and aliases, and runs setup steps silently', async () => {
    const { machine } = await freshMachine()
    await machine.run('kubectl create namespace old')
    await machine.run('export DO="--dry-run=client -o yaml"')
    await machine.run('kubectl config set-context --current --namespace=old')
    expect((await machine.run('kubectl config view --minify -o jsonpath={..namespace}')).stdout).toBe('old')
    const results = await machine.reset(['kubectl create deployment api --image=httpd:2.4 --replicas=3', 'sleep 15', 'kubectl get nodes nope'])
    expect(results.map((r) => r.exitCode)).toEqual([0, 0, 1])
    expect(() => machine.cluster.get('namespaces', undefined, 'old')).toThrow(/not found/)
    expect(machine.cluster.list('pods', 'default').every((p) => p.status?.phase === 'Running')).toBe(true)
    expect((await machine.run('echo $DO')).stdout).toBe('--dry-run=client -o yaml\n')
    expect((await machine.run('kubectl config view --minify -o jsonpath={..namespace}')).stdout).toBe('')
  })

  it('saves and reopens: cluster, session and history as they were, files from the workspace', async () => {
    const { machine, clock } = await freshMachine()
    await machine.run('kubectl create namespace shop', { history: true })
    await machine.run('alias kg="kubectl get"', { history: true })
    await machine.run('kubectl get ns shop -o yaml > shop.yaml', { history: true })
    const state = await machine.state()
    expect(state.history).toEqual(['kubectl create namespace shop', 'alias kg="kubectl get"', 'kubectl get ns shop -o yaml > shop.yaml'])
    const files = machine.workspace.paths().map((path) => ({ path, content: machine.workspace.get(path)!, createdAt: 0, updatedAt: 0 }))

    const reopened = await ConsoleMachine.open({ ...state, savedAt: clock.now, files }, { now: () => clock.now })
    expect(reopened.restoreError).toBeNull()
    expect((await reopened.run('kg ns shop -o name')).stdout).toBe('namespace/shop\n')
    expect((await reopened.run('cat shop.yaml')).stdout).toContain('name: shop')
    expect(reopened.cluster.now()).toBe(machine.cluster.now())
  })

  it('replaces a snapshot it cannot read with a fresh cluster and says why', async () => {
    const machine = await ConsoleMachine.open({ ...emptySave, cluster: 'bm90IGd6aXA=', savedAt: 1 }, { seed: () => 1 })
    expect(machine.restoreError).toBeTruthy()
    expect(machine.cluster.list('nodes', undefined)).toHaveLength(3)
  })

  it('keeps history without blanks, repeats or lines typed with a leading space', async () => {
    const { machine } = await freshMachine()
    for (const line of ['kubectl get pods', 'kubectl get pods', '   ', ' secret', 'kubectl get nodes\n']) machine.remember(line)
    expect(machine.history).toEqual(['kubectl get pods', 'kubectl get nodes'])
  })

  it('runs commands one at a time in the order asked', async () => {
    const { machine } = await freshMachine()
    const order = await Promise.all([
      machine.run('kubectl create namespace a'),
      machine.run('kubectl get ns a -o name'),
      machine.reset(['kubectl create namespace b']),
      machine.run('kubectl get ns -o name')
    ])
    expect(order[1].stdout).toBe('namespace/a\n')
    expect(order[3].stdout).toContain('namespace/b\n')
    expect(order[3].stdout).not.toContain('namespace/a\n')
  })
})
