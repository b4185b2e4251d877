// The interactive side of the console, free of xterm.js so it can be tested on an
// emulated screen: the prompt and its line editor, history, Tab completion, heredoc
// continuation lines, typeahead while a command runs, Ctrl+C, and the console's own
// commands (help, reset with a confirmation, a `sleep` that takes real time).
import type { RunResult } from '@shared/kubesim/session'
import { sleepSeconds } from '@shared/kubesim/shell/builtins/basic'
import { isComplete } from '@shared/kubesim/shell/script'
import { applyCompletion, columns, complete, type CompletionTables } from './completion/complete'
import type { CompletionSource } from './completion/source'
import { HistoryCursor } from './history'
import { parseKeys, type Key } from './keys'
import * as edit from './line-editor'
import { emptyLine, lineOf, type LineState } from './line-editor'
import { leave, locate, redraw, type Prompt } from './render-line'
import { CLEAR_SCREEN, DIM, RESET, crlf, formatOutput } from './terminal-output'
import type { PromptText } from './try-command'

export interface Screen {
  write(data: string): void
  cols(): number
}

export interface ConsoleHost {
  /** Runs a line through the simulated shell and records it in the history. */
  run(line: string): Promise<RunResult>
  remember(line: string): void
  history(): readonly string[]
  /** A fresh default cluster. */
  reset(): Promise<void>
  /** Waits `seconds` of real time (the cluster's clock moves meanwhile); rejects when `signal` aborts. */
  sleep(seconds: number, signal: AbortSignal): Promise<void>
  completion(): { tables: CompletionTables; source: CompletionSource }
}

export interface ConsoleTexts {
  help: string
  resetQuestion: string
  resetDone: string
  resetCancelled: string
}

export const PROMPT: Prompt = { text: '\x1b[1;32mcontrolplane\x1b[0m \x1b[1;34m$\x1b[0m ', width: 'controlplane $ '.length }
export const CONTINUATION: Prompt = { text: '> ', width: 2 }

const yes = /^\s*(o|oui|y|yes)\s*$/i

export class TerminalController {
  private line: LineState = emptyLine
  private prompt: Prompt = PROMPT
  private cursorRow = 0
  private mode: 'editing' | 'running' | 'confirm' = 'editing'
  private typeahead: Key[] = []
  private lastKeyWasTab = false
  private sleeping: AbortController | null = null
  private readonly historyCursor: HistoryCursor
  private pendingPrompt: PromptText | null = null

  constructor(
    private readonly screen: Screen,
    private readonly host: ConsoleHost,
    private readonly texts: ConsoleTexts
  ) {
    this.historyCursor = new HistoryCursor(() => host.history())
  }

  get busy(): boolean {
    return this.mode === 'running'
  }

  /** The first prompt. */
  start(): void {
    this.draw()
  }

  /** Data from the terminal: keys typed or text pasted. */
  input(data: string): void {
    for (const key of parseKeys(data)) this.key(key)
  }

  /** Puts text at the prompt, not run, as "Essayer dans la console" asks. */
  type(prompt: PromptText): void {
    if (this.mode !== 'editing') {
      this.pendingPrompt = prompt
      return
    }
    this.line = lineOf(prompt.text, prompt.selection)
    this.draw()
  }

  /** A line printed above the prompt (a reset done from an exercise…). */
  notice(text: string): void {
    if (this.mode === 'running') {
      this.screen.write(DIM + crlf(text) + RESET + '\r\n')
      return
    }
    this.screen.write((this.cursorRow > 0 ? `\x1b[${this.cursorRow}A` : '') + '\r\x1b[J' + DIM + crlf(text) + RESET + '\r\n')
    this.cursorRow = 0
    this.draw()
  }

  /** The terminal changed width and rewrapped the line: find the cursor again and redraw. */
  resized(): void {
    if (this.mode === 'running') return
    this.cursorRow = locate(this.line, this.line.cursor, this.prompt, CONTINUATION, this.screen.cols()).row
    this.draw()
  }

  /** Types `text` and presses Enter, as if the learner had (the workspace's Apply button). */
  submit(text: string): void {
    if (this.mode !== 'editing') return
    this.line = lineOf(text)
    this.draw()
    this.enter()
  }

  private draw(): void {
    const drawing = redraw(this.line, this.prompt, CONTINUATION, this.screen.cols(), this.cursorRow)
    this.screen.write(drawing.output)
    this.cursorRow = drawing.cursorRow
  }

  /** Leaves the drawing as it is and goes to the line below it. */
  private leaveLine(suffix = ''): void {
    const out = leave(this.line, this.prompt, CONTINUATION, this.screen.cols())
    this.screen.write(suffix ? out.replace(/\r\n$|\r$/, suffix + '$&') : out)
    this.cursorRow = 0
  }

  private newPrompt(): void {
    this.mode = 'editing'
    this.prompt = PROMPT
    this.line = emptyLine
    this.cursorRow = 0
    this.historyCursor.restart()
    if (this.pendingPrompt) {
      this.line = lineOf(this.pendingPrompt.text, this.pendingPrompt.selection)
      this.pendingPrompt = null
    }
    this.draw()
    const waiting = this.typeahead
    this.typeahead = []
    for (const key of waiting) this.key(key)
  }

  private key(key: Key): void {
    if (this.mode === 'running') {
      if (key.type === 'ctrl' && key.key === 'c') this.sleeping?.abort()
      else this.typeahead.push(key)
      return
    }
    const afterTab = this.lastKeyWasTab
    this.lastKeyWasTab = false
    switch (key.type) {
      case 'text':
        return this.set(edit.insert(this.line, key.text))
      case 'paste':
        return this.paste(key.text)
      case 'enter':
        return this.enter()
      case 'backspace':
        return this.set(edit.backspace(this.line))
      case 'delete':
        return this.set(edit.deleteForward(this.line))
      case 'wordRubout':
        return this.set(edit.killWordBeforeAlnum(this.line))
      case 'tab':
        return this.tab(afterTab)
      case 'move':
        if (key.motion === 'up' || key.motion === 'down') return this.history(key.motion)
        return this.set(edit.move(this.line, key.motion))
      case 'ctrl':
        return this.control(key.key)
    }
  }

  private set(next: LineState): void {
    if (next === this.line) return
    this.line = next
    this.draw()
  }

  private control(letter: string): void {
    switch (letter) {
      case 'a':
        return this.set(edit.move(this.line, 'home'))
      case 'e':
        return this.set(edit.move(this.line, 'end'))
      case 'b':
        return this.set(edit.move(this.line, 'left'))
      case 'f':
        return this.set(edit.move(this.line, 'right'))
      case 'u':
        return this.set(edit.killBefore(this.line))
      case 'k':
        return this.set(edit.killAfter(this.line))
      case 'w':
        return this.set(edit.killWordBefore(this.line))
      case 'd':
        if (this.line.text) this.set(edit.deleteForward(this.line))
        return
      case 'c':
        this.leaveLine('^C')
        this.typeahead = []
        return this.newPrompt()
      case 'l':
        this.screen.write(CLEAR_SCREEN)
        this.cursorRow = 0
        return this.draw()
      case 'p':
        return this.history('up')
      case 'n':
        return this.history('down')
    }
  }

  private history(direction: 'up' | 'down'): void {
    if (this.mode === 'confirm') return
    const entry = direction === 'up' ? this.historyCursor.up(this.line.text) : this.historyCursor.down()
    if (entry !== undefined) this.set(lineOf(entry))
  }

  private tab(again: boolean): void {
    if (this.mode === 'confirm') return
    const placeholder = this.line.selection ? edit.selectNextPlaceholder(this.line) : undefined
    if (placeholder) return this.set(placeholder)
    const { tables, source } = this.host.completion()
    const completion = complete(this.line.text, this.line.cursor, tables, source)
    const applied = applyCompletion(this.line, completion, again)
    if (applied.list) {
      this.leaveLine()
      this.screen.write(columns(applied.list, this.screen.cols()).join('\r\n') + '\r\n')
      return this.draw()
    }
    this.lastKeyWasTab = true
    this.set(applied.line)
  }

  /** Pasted text goes in line by line, each newline acting as Enter (so the rest waits while a command runs). */
  private paste(text: string): void {
    const newline = text.indexOf('\n')
    if (newline < 0) return this.set(edit.insert(this.line, text))
    this.line = edit.insert(this.line, text.slice(0, newline))
    const rest = text.slice(newline + 1)
    this.enter()
    if (!rest) return
    if (this.mode === 'running') this.typeahead.push({ type: 'paste', text: rest })
    else this.paste(rest)
  }

  private enter(): void {
    if (this.mode === 'confirm') return void this.answer()
    const text = this.line.text
    if (!isComplete(text)) {
      this.line = { text: text + '\n', cursor: text.length + 1, selection: null }
      return this.draw()
    }
    this.leaveLine()
    this.mode = 'running'
    void this.execute(text).finally(() => {
      if (this.mode === 'running') this.newPrompt()
    })
  }

  private async execute(text: string): Promise<void> {
    const trimmed = text.trim()
    if (!trimmed) return
    if (trimmed === 'help') {
      this.host.remember(text)
      this.screen.write(crlf(this.texts.help) + '\r\n')
      return
    }
    if (trimmed === 'reset') {
      this.host.remember(text)
      this.mode = 'confirm'
      this.prompt = { text: this.texts.resetQuestion, width: this.texts.resetQuestion.length }
      this.line = emptyLine
      return this.draw()
    }
    const sleep = /^sleep\s+(\S+)\s*$/.exec(trimmed)
    const seconds = sleep ? sleepSeconds([sleep[1]]) : undefined
    if (typeof seconds === 'number') {
      this.host.remember(text)
      return this.sleep(seconds)
    }
    let result: RunResult
    try {
      result = await this.host.run(text)
    } catch (cause) {
      // The simulator should never throw; if it does, say so rather than hang the prompt.
      const message = cause instanceof Error ? cause.message : String(cause)
      result = { stdout: '', stderr: message, exitCode: 1, output: [{ stream: 'stderr', text: `kubesim: ${message}\n` }] }
    }
    if (result.clear) this.screen.write(CLEAR_SCREEN)
    this.screen.write(formatOutput(result))
  }

  private async sleep(seconds: number): Promise<void> {
    this.sleeping = new AbortController()
    try {
      await this.host.sleep(seconds, this.sleeping.signal)
    } catch {
      this.screen.write('^C\r\n')
    } finally {
      this.sleeping = null
    }
  }

  private async answer(): Promise<void> {
    const confirmed = yes.test(this.line.text)
    this.leaveLine()
    this.mode = 'running'
    try {
      if (confirmed) {
        await this.host.reset()
        this.screen.write(crlf(this.texts.resetDone) + '\r\n')
      } else {
        this.screen.write(crlf(this.texts.resetCancelled) + '\r\n')
      }
    } finally {
      this.newPrompt()
    }
  }
}
