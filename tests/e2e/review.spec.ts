import { test, expect } from './fixtures'
import { reviewCounts, startReview } from './support/study'

const interval = /^\d+(,\d)? (min|h|j|mois|ans?)$/
const ratings = ['3', '3', '4', '2', '3', '3', '1', '3', '3', '3']

test('ten cards reviewed with the keyboard, the last answer undone exactly', async ({ app }) => {
  const { page } = app
  await startReview(page)
  const session = page.locator('[data-view="review-session"]')
  const face = session.locator('[data-card-key]')
  let sawCloze = false
  let before = await reviewCounts(page)
  let key = ''

  for (const [index, rating] of ratings.entries()) {
    key = (await face.getAttribute('data-card-key'))!
    before = await reviewCounts(page)
    await expect(face).toHaveAttribute('data-revealed', 'false')
    await expect(session.locator('[data-rating]')).toHaveCount(0)
    if (await face.locator('[data-side="front"] span.cloze').count()) {
      sawCloze = true
      await expect(face.locator('[data-side="front"] span.cloze').first()).toHaveText(/^\[.+\]$/)
    }
    if (index === 0) await app.shot('review-front')

    await page.keyboard.press(index % 2 ? 'Enter' : 'Space')
    await expect(face).toHaveAttribute('data-revealed', 'true')
    const buttons = session.locator('[data-rating]')
    await expect(buttons).toHaveCount(4)
    for (const label of await buttons.locator('[data-interval]').allTextContents()) expect(label).toMatch(interval)
    if (index === 0) await app.shot('review-back')

    await page.keyboard.press(rating)
    await expect(face).not.toHaveAttribute('data-card-key', key)
  }
  expect(sawCloze, 'the first cards of the deck include a cloze').toBe(true)

  const after = await reviewCounts(page)
  expect(after).not.toEqual(before)
  await page.keyboard.press('Control+z')
  await expect(face).toHaveAttribute('data-card-key', key)
  await expect(face).toHaveAttribute('data-revealed', 'false')
  expect(await reviewCounts(page)).toEqual(before)

  await page.keyboard.press('Space')
  await page.keyboard.press('3')
  await expect(face).not.toHaveAttribute('data-card-key', key)
  expect(await reviewCounts(page)).toEqual(after)
})

test('a cloze face hides its deletion, then shows it highlighted; the card links to its slide', async ({ app }) => {
  const { page } = app
  await startReview(page)
  const face = page.locator('[data-view="review-session"] [data-card-key]')
  for (let i = 0; i < 8 && (await face.locator('[data-side="front"] span.cloze').count()) === 0; i++) {
    const key = await face.getAttribute('data-card-key')
    await page.keyboard.press('Space')
    await page.keyboard.press('3')
    await expect(face).not.toHaveAttribute('data-card-key', key!)
  }
  const hidden = face.locator('[data-side="front"] span.cloze')
  await expect(hidden).toHaveCount(1)
  await app.shot('review-cloze-front')
  await page.keyboard.press('Space')
  await expect(face.locator('[data-side="front"]')).toBeEmpty()
  const shown = face.locator('[data-side="back"] mark.cloze')
  await expect(shown).toHaveCount(1)
  expect((await shown.textContent())!.length).toBeGreaterThan(1)
  await app.shot('review-cloze-back')

  await face.locator('[data-action="open-card-slide"]').click()
  await expect(page.locator('[data-view="slide"] .workspace .slide-body')).toBeVisible()
  await page.locator('[data-nav="review"]').click()
  await expect(face).toBeVisible()
})

test('the session summary counts the answers and dark mode keeps the review readable', async ({ app }) => {
  const { page } = app
  await startReview(page)
  await page.locator('[data-action="theme"]').click()
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark')
  const face = page.locator('[data-view="review-session"] [data-card-key]')
  await app.shot('dark-review-front')
  await page.keyboard.press('Space')
  await app.shot('dark-review-back')
  const first = await face.getAttribute('data-card-key')
  await page.keyboard.press('1')
  await expect(face).not.toHaveAttribute('data-card-key', first!)
  const key = await face.getAttribute('data-card-key')
  await page.keyboard.press('Space')
  await page.keyboard.press('4')
  await expect(face).not.toHaveAttribute('data-card-key', key!)
  await page.locator('[data-action="leave"]').click()
  const summary = page.locator('[data-view="review-summary"]')
  await expect(summary.locator('[data-answered]')).toHaveText(/^2 réponses en \d+ min$/)
  await expect(summary).toContainText('Rappel réussi : 50 %')
  await app.shot('dark-review-summary')
  await page.keyboard.press('Control+z')
  await expect(face).toHaveAttribute('data-card-key', key!)
})
