// ↑ and ↓ through the command history, as bash does: the line being typed is kept as a
// draft and comes back when the learner walks down past the newest entry.

export class HistoryCursor {
  /** entries.length means "the line being typed". */
  private index: number
  private draft = ''

  constructor(private readonly entries: () => readonly string[]) {
    this.index = entries().length
  }

  /** A new prompt: start again below the newest entry. */
  restart(): void {
    this.index = this.entries().length
    this.draft = ''
  }

  /** The older entry to show, or undefined at the oldest. */
  up(current: string): string | undefined {
    const list = this.entries()
    this.index = Math.min(this.index, list.length)
    if (this.index === 0) return undefined
    if (this.index === list.length) this.draft = current
    this.index--
    return list[this.index]
  }

  /** The newer entry to show (the draft after the newest), or undefined when already on the draft. */
  down(): string | undefined {
    const list = this.entries()
    if (this.index >= list.length) return undefined
    this.index++
    return this.index === list.length ? this.draft : list[this.index]
  }
}
