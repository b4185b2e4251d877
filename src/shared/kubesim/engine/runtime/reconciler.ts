// Work queues and timers. Controllers are level-triggered: a key in a queue means
// "look at this object again"; a timer puts a key back in a queue at a future instant.
// Queues are always drained before an API call returns, so only timers need saving.
import { internalError } from '../api/errors'

export interface Controller {
  readonly name: string
  sync(key: string): void
}

export interface Timer {
  at: number
  seq: number
  controller: string
  key: string
}

export class Reconciler {
  private readonly controllers: Controller[] = []
  private readonly queues = new Map<string, Set<string>>()
  private heap: Timer[] = []
  private seq = 0
  private draining = false

  register(controller: Controller): void {
    this.controllers.push(controller)
    this.queues.set(controller.name, new Set())
  }

  enqueue(controller: string, key: string): void {
    const q = this.queues.get(controller)
    if (!q) throw internalError(`no controller ${controller}`)
    q.add(key)
  }

  /** Wakes `controller` for `key` at the absolute instant `at` (epoch ms). */
  at(at: number, controller: string, key: string): void {
    this.push({ at, seq: this.seq++, controller, key })
  }

  nextTimer(): number | undefined {
    return this.heap.length ? this.heap[0].at : undefined
  }

  /** Pops every timer due at `now` into its queue. */
  fireDue(now: number): void {
    while (this.heap.length && this.heap[0].at <= now) {
      const t = this.pop()
      this.enqueue(t.controller, t.key)
    }
  }

  /** Runs controllers in registration order until every queue is empty. */
  drain(): void {
    if (this.draining) return
    this.draining = true
    try {
      let rounds = 0
      for (;;) {
        let worked = false
        for (const c of this.controllers) {
          const q = this.queues.get(c.name)!
          for (const key of q) {
            q.delete(key)
            worked = true
            c.sync(key)
          }
        }
        if (!worked) return
        if (++rounds > 10000) throw internalError('controllers did not settle')
      }
    } finally {
      this.draining = false
    }
  }

  snapshot(): { seq: number; timers: Timer[] } {
    return { seq: this.seq, timers: [...this.heap].sort((a, b) => a.at - b.at || a.seq - b.seq) }
  }

  restore(data: { seq: number; timers: Timer[] }): void {
    this.seq = data.seq
    this.heap = []
    for (const t of data.timers) this.push({ ...t })
  }

  private less(a: Timer, b: Timer): boolean {
    return a.at < b.at || (a.at === b.at && a.seq < b.seq)
  }

  private push(t: Timer): void {
    const h = this.heap
    h.push(t)
    let i = h.length - 1
    while (i > 0) {
      const p = (i - 1) >> 1
      if (!this.less(h[i], h[p])) break
      ;[h[i], h[p]] = [h[p], h[i]]
      i = p
    }
  }

  private pop(): Timer {
    const h = this.heap
    const top = h[0]
    const last = h.pop()!
    if (h.length) {
      h[0] = last
      let i = 0
      for (;;) {
        const l = 2 * i + 1
        const r = l + 1
        let m = i
        if (l < h.length && this.less(h[l], h[m])) m = l
        if (r < h.length && this.less(h[r], h[m])) m = r
        if (m === i) break
        ;[h[i], h[m]] = [h[m], h[i]]
        i = m
      }
    }
    return top
  }
}
