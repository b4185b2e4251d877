import { test, expect } from './fixtures'
import { expectSlide, gotoHash, openCourse, slideBody } from './support/app'

test('external links leave the app window alone; the app stays on its slide', async ({ app }) => {
  const { page } = app
  const courseId = await openCourse(page)
  await gotoHash(page, `#/course/${courseId}/1`)
  await expectSlide(page, 1)
  await page.keyboard.press('End')
  await expect(page).not.toHaveURL(/\/course\/[^/]+\/1$/)
  const total = Number(/\/course\/[^/]+\/(\d+)/.exec(page.url())![1])
  // The long link slide sits near the end of the course.
  let n = total
  while (n > 1 && (await slideBody(page).locator('a.link-external').count()) < 10) {
    await page.keyboard.press('ArrowLeft')
    await expectSlide(page, --n)
  }
  const link = slideBody(page).locator('a.link-external').first()
  await expect(link).toHaveAttribute('target', '_blank')
  await expect(link).toHaveAttribute('rel', /noopener/)

  // Browser mode opens a new tab; keep it from reaching the network. Electron hands the
  // address to the system browser and opens no window at all.
  await page.context().route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort())
  const popup = page.waitForEvent('popup', { timeout: 3_000 }).catch(() => null)
  await link.click()
  const opened = await popup
  await opened?.close()
  await expectSlide(page, n)
  expect(page.url()).toContain(`#/course/${courseId}/${n}`)

})
