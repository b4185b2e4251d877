import { spawn } from 'node:child_process'

/** Hands a URL to the system's browser (`--open`). Failure is not fatal: the URL is printed anyway. */
export function openInBrowser(url: string, platform: NodeJS.Platform = process.platform): void {
  const [command, args] =
    platform === 'darwin'
      ? ['open', [url]]
      : platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', url.replaceAll('&', '^&')]]
        : ['xdg-open', [url]]
  const child = spawn(command, args, { detached: true, stdio: 'ignore' })
  child.on('error', () => console.error(`KubeStudy: could not open a browser; open the address above yourself.`))
  child.unref()
}
