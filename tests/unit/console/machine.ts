import type { ConsoleSaved } from '@shared/api-console'
import { ConsoleMachine, type MachineOptions } from '../../../src/renderer/src/console/console-machine'

export const emptySave: ConsoleSaved = { cluster: null, session: null, history: [], savedAt: null, files: [] }

/** A console machine on a fresh default cluster with a fixed seed and a clock the test moves. */
export async function freshMachine(options: MachineOptions & { initialFiles?: ConsoleSaved['files'] } = {}): Promise<{ machine: ConsoleMachine; clock: { now: number } }> {
  const clock = { now: Date.UTC(2025, 2, 3, 9, 0, 0) }
  const machine = await ConsoleMachine.open(
    { ...emptySave, files: options.initialFiles ?? [] },
    { seed: () => 42, now: () => clock.now, ...options }
  )
  return { machine, clock }
}
