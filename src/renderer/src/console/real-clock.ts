// The console's simulated clock follows real time: before each command and on every
// tick while someone watches, the cluster is moved on by the real time elapsed since
// the last move. Time spent away (another view, the app closed) counts only up to
// `maxCatchUpSeconds`: a day of a crash-looping pod would take seconds to simulate and
// teaches nothing a learner would wait for.

export const maxCatchUpSeconds = 600

export class RealClock {
  private last: number

  constructor(
    private readonly now: () => number = () => Date.now(),
    private readonly cap = maxCatchUpSeconds
  ) {
    this.last = now()
  }

  /** Seconds to advance the cluster by now, and the clock marks them as spent. */
  take(): number {
    const at = this.now()
    const seconds = Math.max(0, (at - this.last) / 1000)
    this.last = at
    return Math.min(seconds, this.cap)
  }

  /** Starts counting from `at` (epoch ms), e.g. the time a restored state was saved. */
  resetTo(at: number): void {
    this.last = Math.min(at, this.now())
  }
}
