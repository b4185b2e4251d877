import { test, expect } from './fixtures'
import { expectSlide, slideBody } from './support/app'

test('Ctrl+K finds slides accent-blind and opens one with the terms highlighted', async ({ app }) => {
  const { page } = app
  await expect(page.locator('[data-view="library"], [data-view="slide"]')).toBeVisible()
  await page.keyboard.press('Control+k')
  const palette = page.locator('[data-view="search"]')
  await expect(palette).toBeVisible()
  await page.keyboard.type('deploiement')
  const results = palette.locator('[role="option"]')
  await expect(results.first()).toBeVisible()
  expect(await results.count()).toBeGreaterThan(2)
  await expect(palette.locator('mark').first()).toHaveText(/d[ée]ploiement/i)
  await app.shot('search')

  await page.keyboard.press('ArrowDown')
  await expect(results.nth(1)).toHaveAttribute('aria-selected', 'true')
  const where = (await results.nth(1).locator('.where').textContent()) ?? ''
  const n = Number(/(\d+)/.exec(where)![1])
  await page.keyboard.press('Enter')
  await expect(palette).toBeHidden()
  await expectSlide(page, n)
  const marks = slideBody(page).locator('mark.search-hit')
  await expect(marks.first()).toBeVisible()
  expect((await marks.allTextContents()).some((t) => /^déploiement/i.test(t))).toBe(true)
  await app.shot('search-hit')

  await page.keyboard.press('ArrowRight')
  await expectSlide(page, n + 1)
  await expect(slideBody(page).locator('mark.search-hit')).toHaveCount(0)
  await page.keyboard.press('ArrowLeft')
  await expectSlide(page, n)
  await expect(slideBody(page).locator('mark.search-hit')).toHaveCount(0)
})

test('/ opens the palette and Escape closes it', async ({ app }) => {
  const { page } = app
  await expect(page.locator('[data-view="library"], [data-view="slide"]')).toBeVisible()
  await page.keyboard.press('/')
  const palette = page.locator('[data-view="search"]')
  await expect(palette).toBeVisible()
  await page.keyboard.type('zzzzqqq')
  await expect(palette).toContainText('Aucun résultat')
  await page.keyboard.press('Escape')
  await expect(palette).toBeHidden()
})
