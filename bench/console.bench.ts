// The console's per-tick and per-command costs on a busy default cluster: the real-time
// clock advances it every 500 ms, the picture is recomputed, the state is gzipped and
// saved, Tab completion lists live names. Each must stay far below a frame or a keystroke.
import { clusterPicture } from '../src/renderer/src/console/cluster-picture'
import { complete } from '../src/renderer/src/console/completion/complete'
import { completionTables, machineSource } from '../src/renderer/src/console/completion/machine-source'
import { ConsoleMachine } from '../src/renderer/src/console/console-machine'
import { decodeSnapshot } from '../src/renderer/src/console/snapshot-codec'
import { restoreCluster } from '../src/shared/kubesim/engine'

const ms = (t: number): string => `${t.toFixed(2)} ms`

async function timed<T>(rounds: number, run: () => T | Promise<T>): Promise<[T, number]> {
  let result!: T
  const started = performance.now()
  for (let i = 0; i < rounds; i++) result = await run()
  return [result, (performance.now() - started) / rounds]
}

export default async function bench(): Promise<void> {
  const clock = { now: Date.now() }
  const machine = await ConsoleMachine.open({ cluster: null, session: null, history: [], savedAt: null, files: [] }, { now: () => clock.now, seed: () => 7 })
  for (let i = 0; i < 10; i++) await machine.run(`kubectl create deployment app${i} --image=nginx --replicas=4`)
  await machine.run('kubectl run typo --image=ngnix')
  clock.now += 60_000
  machine.syncClock()
  const pods = machine.cluster.list('pods', undefined).length

  const [, tick] = await timed(200, () => {
    clock.now += 500
    machine.syncClock()
  })
  const [, picture] = await timed(200, () => JSON.stringify(clusterPicture(machine.cluster, { namespace: 'all', system: true })))
  const [state, save] = await timed(20, () => machine.state())
  const [, restore] = await timed(20, async () => restoreCluster(await decodeSnapshot(state.cluster)))
  const line = 'kubectl get pods app3-'
  const [found, completion] = await timed(200, () => complete(line, line.length, completionTables, machineSource(machine)).candidates)
  const [, command] = await timed(50, () => machine.run('kubectl get pods -A'))

  console.log(`cluster: ${pods} pods on 3 nodes`)
  console.log(`clock tick (advance 0.5 s): ${ms(tick)}`)
  console.log(`cluster picture: ${ms(picture)}`)
  console.log(`state for console.save (snapshot + gzip + base64): ${ms(save)}, ${(state.cluster.length / 1024).toFixed(0)} KiB sent`)
  console.log(`restore from the saved state: ${ms(restore)}`)
  console.log(`Tab completion of pod names (${found.length} candidates): ${ms(completion)}`)
  console.log(`kubectl get pods -A: ${ms(command)}`)
}
