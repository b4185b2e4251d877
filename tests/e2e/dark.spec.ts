import { test, expect } from './fixtures'
import { expectSlide, gotoHash, openCourse, slideBody } from './support/app'

test('dark mode covers every view and redraws diagrams in dark colours', async ({ app }) => {
  const { page } = app
  const courseId = await openCourse(page)
  await gotoHash(page, `#/course/${courseId}/56`)
  await expectSlide(page, 56)
  const diagram = slideBody(page).locator('.mermaid-diagram svg').first()
  await expect(diagram).toBeVisible()
  const lightSvg = await diagram.innerHTML()

  await page.locator('[data-action="theme"]').click()
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark')
  await expect.poll(() => diagram.innerHTML()).not.toBe(lightSvg)
  await app.shot('dark-mermaid')

  await page.keyboard.press('Control+k')
  await page.keyboard.type('pod')
  await expect(page.locator('[data-view="search"] [role="option"]').first()).toBeVisible()
  await app.shot('dark-search')
  await page.keyboard.press('Escape')

  await gotoHash(page, `#/course/${courseId}`)
  await expect(page.locator('[data-view="course"]')).toBeVisible()
  await app.shot('dark-course')
  await page.locator('[data-nav="courses"]').click()
  await expect(page.locator('[data-view="library"]')).toBeVisible()
  await app.shot('dark-library')
})
