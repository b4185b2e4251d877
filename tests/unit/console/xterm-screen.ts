import { Terminal } from '@xterm/xterm'
import type { Screen } from '../../../src/renderer/src/console/terminal-controller'

/** A real xterm.js terminal (no renderer attached) to check what the console draws. Needs the jsdom environment. */
export class XtermScreen implements Screen {
  readonly term: Terminal

  constructor(cols = 60, rows = 30) {
    this.term = new Terminal({ cols, rows, scrollback: 1000 })
  }

  write(data: string): void {
    this.term.write(data)
  }

  cols(): number {
    return this.term.cols
  }

  /** Waits for every write so far to be parsed. */
  settle(): Promise<void> {
    return new Promise((resolve) => this.term.write('', resolve))
  }

  /** The whole buffer as text, trailing blank lines and spaces removed. */
  async text(): Promise<string> {
    await this.settle()
    const buffer = this.term.buffer.active
    const lines: string[] = []
    for (let i = 0; i < buffer.length; i++) lines.push(buffer.getLine(i)!.translateToString(true).trimEnd())
    while (lines.length && !lines[lines.length - 1]) lines.pop()
    return lines.join('\n')
  }

  /** Rows as the terminal shows them, including wrapped rows as separate entries. */
  async cursor(): Promise<{ x: number; y: number }> {
    await this.settle()
    const buffer = this.term.buffer.active
    return { x: buffer.cursorX, y: buffer.baseY + buffer.cursorY }
  }
}
