import type { ITheme } from '@xterm/xterm'

// The terminal's colours follow the app's theme. kubectl prints plain text; only the
// prompt (green and blue), errors (red) and the console's own notes (dim) are coloured.
export const terminalThemes: Record<'light' | 'dark', ITheme> = {
  light: {
    background: '#fbfcfe',
    foreground: '#1b2330',
    cursor: '#326ce5',
    cursorAccent: '#fbfcfe',
    selectionBackground: '#c9d8f7',
    black: '#1b2330',
    red: '#c0262d',
    green: '#1a7f4b',
    yellow: '#a15c00',
    blue: '#2453b8',
    magenta: '#8e3fb0',
    cyan: '#137a8a',
    white: '#5b6677',
    brightBlack: '#5b6677',
    brightRed: '#d93c3c',
    brightGreen: '#21965a',
    brightYellow: '#b86e00',
    brightBlue: '#326ce5',
    brightMagenta: '#a04fc4',
    brightCyan: '#1a8fa1',
    brightWhite: '#1b2330'
  },
  dark: {
    background: '#0c1016',
    foreground: '#dfe5ee',
    cursor: '#9bb9ff',
    cursorAccent: '#0c1016',
    selectionBackground: '#2a3d63',
    black: '#0c1016',
    red: '#ff7b72',
    green: '#5fd39a',
    yellow: '#ffc266',
    blue: '#7aa5ff',
    magenta: '#d2a8ff',
    cyan: '#76e3ea',
    white: '#c3cbd6',
    brightBlack: '#8b96a6',
    brightRed: '#ffa198',
    brightGreen: '#7ee2b0',
    brightYellow: '#ffd58f',
    brightBlue: '#a5c2ff',
    brightMagenta: '#e2c5ff',
    brightCyan: '#a3f0f4',
    brightWhite: '#ffffff'
  }
}

export const terminalFont = "ui-monospace, 'SFMono-Regular', 'Cascadia Mono', 'DejaVu Sans Mono', Menlo, Consolas, monospace"
