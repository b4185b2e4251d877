import { test, expect } from './fixtures'
import { expectSlide, gotoHash, openCourse } from './support/app'

test('the app reopens on the slide the user left, with slides seen counted', async ({ app, kubestudy }) => {
  const { page } = app
  const courseId = await openCourse(page)
  await gotoHash(page, `#/course/${courseId}/20`)
  await expectSlide(page, 20)
  await page.keyboard.press('ArrowRight')
  await expectSlide(page, 21)

  // Reload on the slide itself, then open the app afresh from its start address.
  await page.reload()
  await expectSlide(page, 21)
  const reopened = await kubestudy.newWindow()
  await expectSlide(reopened.page, 21)
  expect(await reopened.guards.all()).toEqual([])
  await app.shot('slide-resumed')

  await gotoHash(page, `#/course/${courseId}`)
  await expect(page.locator('[data-action="resume"]')).toContainText('21')
  const seenCounts = await page.locator('[data-chapter] summary .count').allTextContents()
  const seen = seenCounts.reduce((sum, text) => sum + Number(/^(\d+)/.exec(text.trim())![1]), 0)
  expect(seen).toBeGreaterThanOrEqual(2)
})
