// Strings of the kubectl console: its view, its cluster picture, its workspace and
// what its own commands (help, reset) print in the terminal.
export const frConsole = {
  console: {
    nav: 'Console',
    title: 'Console kubectl',
    loading: 'Démarrage du cluster…',
    loadFailed: 'La console n’a pas pu démarrer : {error}',
    restoreFailed:
      'L’état enregistré du cluster n’a pas pu être relu ({error}) ; un cluster neuf a été créé.',
    terminalLabel: 'Terminal du nœud controlplane'
  }
} as const
