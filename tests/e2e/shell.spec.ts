import { test, expect } from './fixtures'
import { openCourse } from './support/app'

test('the library lists the course with its attribution and folders', async ({ app }) => {
  const { page } = app
  await expect(page.locator('[data-view="library"], [data-view="slide"]')).toBeVisible()
  await page.locator('[data-nav="courses"]').click()
  const card = page.locator('[data-course]').first()
  await expect(card).toContainText('Kubernetes')
  await expect(card).toContainText('CC BY-SA 4.0')
  await expect(card).toContainText('Tom Avenel')
  await expect(page.locator('[data-folder]').first()).toBeVisible()
  await app.shot('library')
})

test('the course view lists chapters with their slides and progress', async ({ app }) => {
  const { page } = app
  await openCourse(page)
  const chapters = page.locator('[data-chapter]')
  await expect(chapters.nth(5)).toBeVisible()
  await expect(chapters.first().locator('li').first()).toBeVisible()
  await expect(page.locator('[data-chapter="1"] summary')).toContainText('Distributions Kubernetes')
  await expect(page.locator('[data-chapter="1"] summary')).toContainText(/\d+ \/ \d+ vues/)
  await app.shot('course')
})

test('the about panel shows the course attribution', async ({ app }) => {
  const { page } = app
  await page.locator('[data-action="about"]').click()
  const about = page.locator('[data-view="about"]')
  await expect(about).toContainText('Tom Avenel')
  await expect(about).toContainText('CC BY-SA 4.0')
  await app.shot('about')
  await page.keyboard.press('Escape')
  await expect(about).toBeHidden()
})
