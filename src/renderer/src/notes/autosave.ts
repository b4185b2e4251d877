import { errorMessage } from '../api/error-message'

export type SaveStatus = 'idle' | 'dirty' | 'saving' | 'saved' | 'error'

export interface AutosaveOptions {
  /** Quiet time after the last keystroke before the text is sent. */
  delayMs: number
  /** After a failure, when to try again on its own (the text stays queued meanwhile). */
  retryMs: number
  save(key: string, text: string): Promise<void>
  onStatus(status: SaveStatus, error: string | null): void
}

/**
 * Debounced saving of texts keyed by id (a note per slide). Only the latest text of each
 * key is sent, one request at a time, so an older text can never overwrite a newer one;
 * a failed text stays queued until it is saved or replaced.
 */
export class Autosaver {
  private readonly queued = new Map<string, string>()
  private timer: ReturnType<typeof setTimeout> | null = null
  private running: Promise<void> | null = null
  private failed = false

  constructor(private readonly options: AutosaveOptions) {}

  get pending(): boolean {
    return this.queued.size > 0 || this.running !== null
  }

  edit(key: string, text: string): void {
    this.queued.set(key, text)
    if (!this.running) this.options.onStatus(this.failed ? 'error' : 'dirty', null)
    this.schedule(this.options.delayMs)
  }

  /** Sends whatever is queued now; resolves once everything queued before the call is stored or has failed. */
  async flush(): Promise<void> {
    this.clearTimer()
    while (this.running) await this.running
    if (this.queued.size === 0) return
    this.running = this.drain().finally(() => (this.running = null))
    await this.running
  }

  dispose(): void {
    this.clearTimer()
  }

  private schedule(delay: number): void {
    this.clearTimer()
    this.timer = setTimeout(() => {
      this.timer = null
      void this.flush()
    }, delay)
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
  }

  private async drain(): Promise<void> {
    while (this.queued.size > 0) {
      const [key, text] = this.queued.entries().next().value as [string, string]
      this.queued.delete(key)
      this.options.onStatus('saving', null)
      try {
        await this.options.save(key, text)
      } catch (cause) {
        // A newer text typed meanwhile supersedes the one that failed.
        if (!this.queued.has(key)) this.queued.set(key, text)
        this.failed = true
        this.options.onStatus('error', errorMessage(cause))
        this.schedule(this.options.retryMs)
        return
      }
    }
    this.failed = false
    this.options.onStatus('saved', null)
  }
}
