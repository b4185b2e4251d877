/**
 * "Essayer dans la console": the console store (and the simulator behind it) is loaded
 * only when the learner first tries something, so slides and cheatsheets stay light.
 */
export async function tryInConsole(code: string, lang: string): Promise<void> {
  const { useConsoleStore } = await import('../stores/console')
  await useConsoleStore().tryCommand(code, { lang })
}
