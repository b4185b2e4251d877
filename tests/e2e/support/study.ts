import { expect, type Locator, type Page } from '@playwright/test'
import { expectSlide, gotoHash } from './app'

export const notePanel = (page: Page) => page.locator('[data-view="slide-panel"]')
export const noteInput = (page: Page) => page.locator('[data-note-input]')
export const saveStatus = (page: Page) => page.locator('[data-save-status]')

/** Opens slide `n` of a course with its notes panel open and the editor focused. */
export async function openNotes(page: Page, courseId: string, n: number): Promise<void> {
  await gotoHash(page, `#/course/${courseId}/${n}`)
  await expectSlide(page, n)
  if (!(await notePanel(page).isVisible())) await page.keyboard.press('n')
  await expect(notePanel(page)).toBeVisible()
  await page.locator('[data-tab="notes"]').click()
  await expect(noteInput(page)).toBeEditable()
  await noteInput(page).focus()
}

/** The results of one kind in the open search palette. */
export function searchGroup(page: Page, kind: string): Locator {
  return page
    .locator('[data-view="search"] section.group')
    .filter({ has: page.locator('h3', { hasText: new RegExp(`^${kind}$`) }) })
    .locator('[role="option"]')
}

/** Starts reviewing everything due from the Révisions view. */
export async function startReview(page: Page): Promise<void> {
  await page.locator('[data-nav="review"]').click()
  await expect(page.locator('[data-view="review"]')).toBeVisible()
  const start = page.locator('[data-scope="all"] [data-action="start-review"]')
  await expect(start).toBeEnabled()
  await start.click()
  await expect(page.locator('[data-view="review-session"]')).toBeVisible()
}

export interface Counts {
  new: number
  learning: number
  review: number
}

export async function reviewCounts(page: Page): Promise<Counts> {
  const count = async (kind: string) =>
    Number((await page.locator(`[data-view="review-session"] [data-count="${kind}"]`).textContent())?.match(/\d+/)?.[0])
  return { new: await count('new'), learning: await count('learning'), review: await count('review') }
}
