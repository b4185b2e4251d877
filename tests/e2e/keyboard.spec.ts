import { test, expect } from './fixtures'
import { expectSlide, gotoHash, openCourse, position, slideBody } from './support/app'

test('presentation keys move through the course', async ({ app }) => {
  const { page } = app
  const courseId = await openCourse(page)
  await gotoHash(page, `#/course/${courseId}/5`)
  await expectSlide(page, 5)
  const { total } = await position(page)

  await page.keyboard.press('ArrowRight')
  await expectSlide(page, 6)
  await page.keyboard.press('Space')
  await expectSlide(page, 7)
  await page.keyboard.press('PageDown')
  await expectSlide(page, 8)
  await page.keyboard.press('ArrowLeft')
  await expectSlide(page, 7)
  await page.keyboard.press('PageUp')
  await expectSlide(page, 6)
  await page.keyboard.press('End')
  await expectSlide(page, total)
  await page.keyboard.press('ArrowRight')
  await expectSlide(page, total)
  await page.keyboard.press('Home')
  await expectSlide(page, 1)
  expect(page.url()).toContain(`#/course/${courseId}/1`)
})

test('g opens a prompt that jumps to a slide', async ({ app }) => {
  const { page } = app
  const courseId = await openCourse(page)
  await gotoHash(page, `#/course/${courseId}/3`)
  await expectSlide(page, 3)
  await page.keyboard.press('g')
  const prompt = page.locator('[data-view="goto"]')
  await expect(prompt).toBeVisible()
  await page.keyboard.type('42')
  await app.shot('goto')
  await page.keyboard.press('Enter')
  await expect(prompt).toBeHidden()
  await expectSlide(page, 42)
  await page.keyboard.press('g')
  await expect(prompt).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(prompt).toBeHidden()
  await expectSlide(page, 42)
})

test('o shows an overview of live thumbnails', async ({ app }) => {
  const { page } = app
  const courseId = await openCourse(page)
  await gotoHash(page, `#/course/${courseId}/30`)
  await expectSlide(page, 30)
  await page.keyboard.press('o')
  const overview = page.locator('[data-view="overview"]')
  await expect(overview).toBeVisible()
  await expect(overview.locator('[data-n="30"]')).toHaveClass(/current/)
  await expect(overview.locator('[data-n="30"] .slide-body')).toBeVisible()
  await expect(overview.locator('.diagram-loading')).toHaveCount(0, { timeout: 15_000 })
  await app.shot('overview')
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('Enter')
  await expect(overview).toBeHidden()
  await expectSlide(page, 31)
  await page.keyboard.press('o')
  await expect(overview).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(overview).toBeHidden()
})

test('d switches dark and light, and the choice survives a reload', async ({ app }) => {
  const { page } = app
  const courseId = await openCourse(page)
  await gotoHash(page, `#/course/${courseId}/2`)
  await expectSlide(page, 2)
  const theme = () => page.evaluate(() => document.documentElement.dataset.theme)
  const before = await theme()
  await page.keyboard.press('d')
  const after = before === 'dark' ? 'light' : 'dark'
  await expect.poll(theme).toBe(after)
  await page.reload()
  await expectSlide(page, 2)
  await expect.poll(theme).toBe(after)
  if (after === 'dark') await app.shot('slide-dark')
  await page.keyboard.press('d')
  await expect.poll(theme).toBe(before)
  if (after !== 'dark') {
    await page.keyboard.press('d')
    await expect.poll(theme).toBe('dark')
    await app.shot('slide-dark')
    await page.keyboard.press('d')
  }
})

test('f toggles fullscreen on the slide', async ({ app }) => {
  const { page } = app
  const courseId = await openCourse(page)
  await gotoHash(page, `#/course/${courseId}/2`)
  await expectSlide(page, 2)
  await page.keyboard.press('f')
  const fullscreen = () => page.evaluate(() => document.fullscreenElement?.className ?? null)
  await expect.poll(fullscreen).toContain('stage-wrap')
  await expect(slideBody(page)).toBeVisible()
  await app.shot('fullscreen')
  await page.keyboard.press('f')
  await expect.poll(fullscreen).toBeNull()
})
