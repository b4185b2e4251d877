import type { Page } from '@playwright/test'

/**
 * Everything a page does that a user should never see or that would leak off the
 * machine: uncaught errors, console errors, CSP violations, requests not to 127.0.0.1.
 */
export class PageGuards {
  readonly problems: string[] = []

  constructor(readonly page: Page) {
    page.on('pageerror', (error) => this.problems.push(`page error: ${error.message}`))
    page.on('console', (message) => {
      if (message.type() === 'error') this.problems.push(`console error: ${message.text()}`)
    })
    page.on('response', (response) => {
      if (response.status() >= 400) this.problems.push(`HTTP ${response.status()}: ${response.url()}`)
    })
    page.on('request', (request) => {
      if (!isLocal(request.url())) this.problems.push(`request off the machine: ${request.url()}`)
    })
  }

  /** CSP violations are also recorded in the page, for transports whose console we may miss. */
  static async install(page: Page): Promise<PageGuards> {
    const guards = new PageGuards(page)
    await page.addInitScript(() => {
      const seen: string[] = []
      Object.defineProperty(window, '__cspViolations', { value: seen })
      document.addEventListener('securitypolicyviolation', (event) => {
        seen.push(`${event.violatedDirective} ${event.blockedURI}`)
      })
    })
    return guards
  }

  async all(): Promise<string[]> {
    const csp = await this.page
      .evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])
      .catch(() => [] as string[])
    return [...this.problems, ...csp.map((v) => `CSP violation: ${v}`)]
  }
}

const NETWORK_SCHEMES = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:'])

/** Network addresses must be loopback; other schemes (data:, blob:, Electron's app protocol) stay local. */
export function isLocal(address: string): boolean {
  const url = new URL(address)
  return !NETWORK_SCHEMES.has(url.protocol) || url.hostname === '127.0.0.1'
}
