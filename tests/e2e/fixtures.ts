import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { test as base, expect, type Page } from '@playwright/test'
import type { PageGuards } from './support/guards'
import { root, startElectron, startWeb, type RunningApp } from './support/launch'

// KUBESTUDY_E2E_TARGET=electron runs the very same specs against the Electron app.
const target = process.env.KUBESTUDY_E2E_TARGET === 'electron' ? 'electron' : 'web'
export const screenshotDir = join(root, 'test-results', 'screens')

interface AppFixture {
  /** A window on the app; the test fails if it logged an error, broke the CSP or left 127.0.0.1. */
  app: { page: Page; guards: PageGuards; shot(name: string): Promise<void> }
}

interface Fixtures {
  /** The app on a fresh data dir of its own, so no test depends on another's progress. */
  kubestudy: RunningApp
}

export const test = base.extend<Fixtures & AppFixture>({
  kubestudy: async ({ browser }, use) => {
    const running = target === 'electron' ? await startElectron() : await startWeb(browser)
    await use(running)
    await running.close()
  },
  app: async ({ kubestudy }, use) => {
    const { page, guards } = await kubestudy.newWindow()
    mkdirSync(screenshotDir, { recursive: true })
    const shot = async (name: string) => {
      await page.screenshot({ path: join(screenshotDir, `${name}.png`) })
    }
    await use({ page, guards, shot })
    expect(await guards.all(), 'errors, CSP violations or off-machine requests').toEqual([])
    if (kubestudy.target === 'web') await page.close()
  }
})

export { expect }
