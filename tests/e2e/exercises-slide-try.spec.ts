import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { slideBody } from './support/app'

async function screenText(page: Page): Promise<string> {
  const text = (await page.locator('[data-terminal] .xterm-rows').innerText()) ?? ''
  return text.replace(/\u00a0/g, ' ').split('\n').map((line) => line.trimEnd()).join('\n')
}

test('a YAML block on a slide has "Copier" and "Essayer dans la console", which makes it a workspace file to apply', async ({ app }) => {
  const { page } = app
  await expect(page.locator('[data-view="library"], [data-view="slide"]')).toBeVisible()
  await page.keyboard.press('Control+k')
  await page.keyboard.type("structure d'un fichier k8s")
  const palette = page.locator('[data-view="search"]')
  await palette.locator('section', { hasText: 'Diapositives' }).locator('[role="option"]').first().click()
  const block = slideBody(page).locator('.code-block')
  await expect(block).toHaveCount(1)
  await expect(block.locator('pre.code')).toContainText('apiVersion: v1')
  const tryButton = block.locator('[data-code-action="try"]')
  await expect(tryButton).toBeVisible()
  await expect(tryButton).toHaveText('Essayer')
  // The slide's own text is untouched: the code reads exactly as written.
  await expect(block.locator('pre.code code')).toHaveText(/^apiVersion: v1 # Version de l'APIServer k8s\n/)
  await block.locator('[data-code-action="copy"]').click()
  await expect(block.locator('[data-code-action="copy"]')).toHaveText('Copié')
  await app.shot('slide-try')
  await page.locator('[data-action="theme"]').click()
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark')
  await app.shot('dark-slide-try')

  await tryButton.click()
  await expect(page.locator('[data-view="console"]')).toHaveAttribute('data-ready', 'true')
  await expect(page.locator('[data-workspace] [data-file="manifest.yaml"]')).toBeVisible()
  await expect.poll(() => screenText(page)).toMatch(/controlplane \$ kubectl apply -f manifest\.yaml\s*$/)
})
