// The one xterm.js terminal of the app. It outlives the console view: leaving the view
// moves its element out of the page and coming back puts it in again, so the screen,
// the scrollback and a half-typed line are still there.
import { FitAddon } from '@xterm/addon-fit'
import { Terminal } from '@xterm/xterm'
import '@xterm/xterm/css/xterm.css'
import { TerminalController, type ConsoleHost, type ConsoleTexts } from '../../console/terminal-controller'
import { terminalFont, terminalThemes } from './terminal-theme'

/** Asks xterm.js to wrap pastes in ESC[200~ … ESC[201~ so tabs and newlines arrive as pasted. */
const BRACKETED_PASTE = '\x1b[?2004h'

export class ConsoleTerminal {
  readonly element = document.createElement('div')
  readonly term: Terminal
  readonly controller: TerminalController
  private readonly fitAddon = new FitAddon()
  private opened = false

  constructor(host: ConsoleHost, texts: ConsoleTexts, theme: 'light' | 'dark') {
    this.element.className = 'console-terminal'
    this.term = new Terminal({
      fontFamily: terminalFont,
      fontSize: 14,
      lineHeight: 1.15,
      cursorBlink: true,
      scrollback: 5000,
      theme: terminalThemes[theme],
      allowProposedApi: false
    })
    this.term.loadAddon(this.fitAddon)
    this.controller = new TerminalController({ write: (data) => this.term.write(data), cols: () => this.term.cols }, host, texts)
    this.term.onData((data) => this.controller.input(data))
    this.term.onResize(() => this.controller.resized())
    this.term.attachCustomKeyEventHandler((event) => {
      // Ctrl+C over a selection copies it, as in desktop terminals; otherwise it interrupts.
      const copy = event.type === 'keydown' && (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'c'
      return !(copy && (event.shiftKey || this.term.hasSelection()))
    })
    // The app's shortcuts (Ctrl+K opens search) must not steal readline's keys.
    this.element.addEventListener('keydown', (event) => event.stopPropagation())
  }

  attach(parent: HTMLElement): void {
    parent.appendChild(this.element)
    if (!this.opened) {
      this.opened = true
      this.term.open(this.element)
      this.term.write(BRACKETED_PASTE)
      this.fit()
      this.controller.start()
    } else {
      this.fit()
    }
    this.term.focus()
  }

  detach(): void {
    this.element.remove()
  }

  fit(): void {
    if (this.element.isConnected && this.element.clientWidth > 0) this.fitAddon.fit()
  }

  setTheme(theme: 'light' | 'dark'): void {
    this.term.options.theme = terminalThemes[theme]
  }

  focus(): void {
    this.term.focus()
  }
}

let instance: ConsoleTerminal | null = null

export function consoleTerminal(create: () => ConsoleTerminal): ConsoleTerminal {
  instance ??= create()
  return instance
}
