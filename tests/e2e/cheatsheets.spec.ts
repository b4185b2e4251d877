import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { gotoHash } from './support/app'

test('a cheatsheet narrows as the filter is typed, matches marked, and a search hit opens its section', async ({ app }) => {
  const { page } = app
  await expect(page.locator('[data-view="library"], [data-view="slide"]')).toBeVisible()
  await page.locator('[data-nav="cheatsheets"]').click()
  const view = page.locator('[data-view="cheatsheets"]')
  await expect(view.locator('h1')).toBeVisible()
  await view.locator('[data-sheet="pods-logs-exec-top"]').click()
  await expect(view.locator('h1')).toHaveText('Pods : logs, exec, port-forward, top')
  const sections = view.locator('.sheet-section')
  const commands = view.locator('.entry[data-entry="command"]')
  const before = await commands.count()
  expect(before).toBeGreaterThan(10)
  await expect(commands.first().locator('[data-code-action="try"]')).toBeVisible()
  await expect(commands.first().locator('[data-code-action="copy"]')).toBeVisible()
  await app.shot('cheatsheet')

  await view.locator('[data-sheet-filter]').fill('previous')
  await expect.poll(() => commands.filter({ visible: true }).count()).toBeLessThan(before)
  const shown = commands.filter({ visible: true })
  expect(await shown.count()).toBeGreaterThan(0)
  for (const text of await shown.allTextContents()) expect(text).toMatch(/previous/i)
  await expect(view.locator('mark.search-hit').first()).toHaveText(/previous/i)
  await expect(sections.filter({ visible: true }).locator('h2')).toHaveText(['Logs', 'Dépanner un Pod'])
  await expect(view.locator('[data-filter-count]')).toContainText(`${await shown.count()} commandes`)
  await app.shot('cheatsheet-filtered')

  await view.locator('[data-sheet-filter]').fill('zzzz')
  await expect(view.locator('[data-filter-empty]')).toBeVisible()
  await expect(sections.filter({ visible: true })).toHaveCount(0)
  await view.locator('[data-sheet-filter]').fill('')
  await expect.poll(() => commands.filter({ visible: true }).count()).toBe(before)
  await expect(view.locator('mark.search-hit')).toHaveCount(0)

  await page.keyboard.press('Control+k')
  await page.keyboard.type('cordon')
  const palette = page.locator('[data-view="search"]')
  const hit = palette.locator('section', { hasText: 'Aide-mémoire' }).locator('[role="option"]', { hasText: 'Cordon et uncordon' })
  await expect(hit).toBeVisible()
  await hit.click()
  await expect(view.locator('h1')).toHaveText(/Nœuds/)
  expect(page.url()).toMatch(/section=cordon-et-uncordon/)
  const section = view.locator('[data-section="cordon-et-uncordon"]')
  await expect(section).toBeInViewport()
  await expect(section.locator('mark.search-hit').first()).toHaveText(/cordon/i)
})

test('a cheatsheet in dark mode, filtered', async ({ app }) => {
  const { page } = app
  await expect(page.locator('[data-view="library"], [data-view="slide"]')).toBeVisible()
  await page.locator('[data-action="theme"]').click()
  await gotoHash(page, '#/cheatsheets/scaling-et-suppression')
  const view = page.locator('[data-view="cheatsheets"]')
  await expect(view.locator('h1')).toBeVisible()
  await view.locator('[data-sheet-filter]').fill('delete')
  await expect(view.locator('mark.search-hit').first()).toBeVisible()
  await app.shot('dark-cheatsheet-filtered')
})

/** What the console's terminal shows, one string, spaces normalised. */
async function screenText(page: Page): Promise<string> {
  const text = (await page.locator('[data-terminal] .xterm-rows').innerText()) ?? ''
  return text.replace(/\u00a0/g, ' ').split('\n').map((line) => line.trimEnd()).join('\n')
}

test('"Essayer" types a command at the console prompt with its placeholder selected; a skeleton becomes a file to apply', async ({ app }) => {
  const { page } = app
  await expect(page.locator('[data-view="library"], [data-view="slide"]')).toBeVisible()
  await gotoHash(page, '#/cheatsheets/pods-logs-exec-top')
  const view = page.locator('[data-view="cheatsheets"]')
  const entry = view.locator('[data-section="logs"] .entry', { hasText: 'kubectl logs <pod> --previous' })
  await entry.locator('[data-code-action="try"]').click()

  await expect(page.locator('[data-view="console"]')).toHaveAttribute('data-ready', 'true')
  await expect.poll(() => screenText(page)).toContain('controlplane $ kubectl logs <pod> --previous')
  await app.shot('cheatsheet-try')
  // The placeholder was selected: typing replaces it, the rest of the line stays.
  await page.keyboard.type('web')
  await expect.poll(() => screenText(page)).toContain('controlplane $ kubectl logs web --previous')
  await page.keyboard.press('Control+c')

  await gotoHash(page, '#/cheatsheets/squelettes-workloads')
  const pod = view.locator('[data-section="pod"] .entry', { hasText: 'kind: Pod' })
  await expect(pod.locator('[data-code-action="try"]')).toHaveAttribute('title', /fichier \+ apply/)
  await pod.locator('[data-code-action="try"]').click()
  await expect(page.locator('[data-workspace] [data-file="pod-web.yaml"]')).toBeVisible()
  await expect.poll(() => screenText(page)).toMatch(/controlplane \$ kubectl apply -f pod-web\.yaml\s*$/)
  await page.keyboard.press('Enter')
  await expect.poll(() => screenText(page)).toContain('pod/web created')
})
