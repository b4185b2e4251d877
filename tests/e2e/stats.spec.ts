import { test, expect } from './fixtures'
import { startReview } from './support/study'

test('statistics draw the heatmap, forecast, states and mastery under the strict CSP, in light and dark', async ({ app }) => {
  const { page } = app
  await startReview(page)
  const face = page.locator('[data-view="review-session"] [data-card-key]')
  for (const rating of ['3', '1', '4']) {
    const key = await face.getAttribute('data-card-key')
    await page.keyboard.press('Space')
    await page.keyboard.press(rating)
    await expect(face).not.toHaveAttribute('data-card-key', key!)
  }

  await page.locator('[data-nav="stats"]').click()
  const view = page.locator('[data-view="stats"]')
  const heatmap = view.locator('[data-chart-panel="heatmap"] svg')
  await expect(heatmap).toBeVisible()
  // One cell per day of the past year, and today's three answers coloured.
  expect(await heatmap.locator('path').count()).toBeGreaterThan(365)
  for (const chart of ['forecast', 'states', 'mastery']) {
    await expect(view.locator(`[data-chart-panel="${chart}"] svg`)).toBeVisible()
  }
  await expect(view.locator('[data-chart-panel="states"] svg')).toContainText('Nouvelles')
  await expect(view.locator('[data-chart-panel="mastery"] svg')).toContainText('Présentation de Kubernetes')
  await expect(view.locator('[data-figure="retention"]')).toBeVisible()
  await expect(view.locator('.figure strong').nth(1)).toHaveText('3')
  await app.shot('stats')

  const lightSvg = await heatmap.innerHTML()
  await page.locator('[data-action="theme"]').click()
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark')
  await expect.poll(() => heatmap.innerHTML()).not.toBe(lightSvg)
  await app.shot('dark-stats')
  await view.locator('[data-chart-panel="mastery"]').scrollIntoViewIfNeeded()
  await app.shot('dark-stats-mastery')
})

test('the scheduler settings change the daily limit of new cards', async ({ app }) => {
  const { page } = app
  await page.locator('[data-nav="review"]').click()
  const everything = page.locator('[data-scope="all"]')
  await expect(everything.locator('[data-count="new"]')).toHaveText(/^20/)
  await page.locator('[data-action="scheduler-settings"]').click()
  const dialog = page.locator('[data-view="scheduler-settings"]')
  await expect(dialog.locator('#desired-retention')).toHaveValue('0.9')
  await dialog.locator('#new-per-day').fill('5')
  await dialog.locator('[data-action="save-settings"]').click()
  await expect(dialog).toContainText('Réglages enregistrés.')
  await app.shot('scheduler-settings')
  await page.keyboard.press('Escape')

  await page.locator('[data-nav="stats"]').click()
  await page.locator('[data-nav="review"]').click()
  await expect(everything.locator('[data-count="new"]')).toHaveText(/^5/)
})
