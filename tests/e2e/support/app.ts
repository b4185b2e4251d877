import { expect, type Page } from '@playwright/test'

/** The slide shown in the viewer (not thumbnails). */
export const slideBody = (page: Page) => page.locator('[data-view="slide"] .workspace .slide-body')

/** Opens the first course of the library and returns its id. */
export async function openCourse(page: Page): Promise<string> {
  await page.locator('[data-nav="courses"]').click()
  await page.locator('[data-course] .cover').first().click()
  await expect(page.locator('[data-view="course"]')).toBeVisible()
  return decodeURIComponent(/#\/course\/([^/?]+)/.exec(page.url())![1]!)
}

export async function gotoHash(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => (location.hash = h), hash)
}

export async function position(page: Page): Promise<{ n: number; total: number }> {
  const text = (await page.locator('[data-position]').textContent()) ?? ''
  const [, n, total] = /(\d+)\s*\/\s*(\d+)/.exec(text) ?? []
  return { n: Number(n), total: Number(total) }
}

/** Waits until the slide at `n` is on screen with its diagrams drawn. */
export async function expectSlide(page: Page, n: number): Promise<void> {
  await expect(page.locator('[data-position]')).toHaveText(new RegExp(`^\\s*${n} / \\d+\\s*$`))
  await expect(slideBody(page)).toHaveAttribute('data-slide-index', String(n - 1))
  await expect(slideBody(page).locator('.diagram-loading')).toHaveCount(0, { timeout: 15_000 })
}
