import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test, expect } from './fixtures'
import { expectSlide, gotoHash, openCourse, slideBody } from './support/app'

test('a cloze card made from text selected on a slide, then edited, suspended and deleted', async ({ app }) => {
  const { page } = app
  page.on('dialog', (dialog) => void dialog.accept())
  const courseId = await openCourse(page)
  await gotoHash(page, `#/course/${courseId}/12`)
  await expectSlide(page, 12)
  const phrase = await slideBody(page).locator('li').first().evaluate((li) => {
    const range = document.createRange()
    range.selectNodeContents(li)
    getSelection()!.removeAllRanges()
    getSelection()!.addRange(range)
    return li.textContent!.trim()
  })
  await page.keyboard.press('c')
  const editor = page.locator('[data-view="card-editor"]')
  await expect(editor).toBeVisible()
  const front = editor.locator('[data-field="front"]')
  await expect(front).toHaveValue(phrase)

  await editor.locator('label:has([data-type="cloze"])').click()
  const word = phrase.split(' ').at(-1)!
  await front.evaluate((area: HTMLTextAreaElement, w) => {
    const at = area.value.lastIndexOf(w)
    area.focus()
    area.setSelectionRange(at, at + w.length)
  }, word)
  await editor.locator('[data-action="cloze"]').click()
  await expect(front).toHaveValue(`${phrase.slice(0, -word.length)}{{c1::${word}}}`)
  await editor.locator('#card-tags').fill('#examen réseau')
  const preview = editor.locator('[data-card-preview]')
  await expect(preview.locator('span.cloze')).toHaveText('[…]')
  await expect(preview.locator('mark.cloze')).toHaveText(word)
  await app.shot('card-editor')
  await page.locator('[data-action="theme"]').evaluate((button: HTMLButtonElement) => button.click())
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark')
  await app.shot('dark-card-editor')
  await page.keyboard.press('Control+Enter')
  await expect(editor).toBeHidden()

  await page.keyboard.press('n')
  await page.locator('[data-tab="cards"]').click()
  const mine = page.locator('[data-slide-cards] [data-card] .front').filter({ hasText: new RegExp(`^${phrase.slice(0, 20)}`) })
  await expect(mine).toHaveCount(1)
  await expect(page.locator('[data-tab="cards"]')).toHaveText(/Cartes · \d+/)
  await app.shot('dark-panel-cards')

  await page.locator('[data-nav="cards"]').click()
  const view = page.locator('[data-view="cards"]')
  await view.locator('[data-cards-query]').fill(word)
  const row = view.locator('[data-card-id]').filter({ hasText: '#examen' })
  await expect(row).toHaveCount(1)
  await row.locator('[data-action="edit-card"]').click()
  await expect(editor.locator('[data-field="front"]')).toHaveValue(new RegExp(`\\{\\{c1::${word}\\}\\}$`))
  await editor.locator('[data-field="back"]').fill('Voir aussi **Flannel**.')
  await editor.locator('[data-action="save-card"]').click()
  await expect(editor).toBeHidden()

  await row.locator('[data-action="suspend-card"]').click()
  await expect(row.locator('[data-state="suspended"]')).toBeVisible()
  await view.locator('[data-cards-state]').selectOption('suspended')
  await expect(view.locator('[data-card-id]')).toHaveCount(1)
  await view.locator('[data-cards-state]').selectOption('new')
  await expect(row).toHaveCount(0)
  await view.locator('[data-cards-state]').selectOption('suspended')
  await row.locator('[data-action="edit-card"]').click()
  const before = await view.locator('[data-card-id]').count()
  await editor.locator('[data-action="delete-card"]').click()
  await expect(row).toHaveCount(0)
  await expect(view.locator('[data-card-id]')).toHaveCount(before - 1)
})

test('the card editor names what is missing and the browser filters deck cards by chapter', async ({ app }) => {
  const { page } = app
  await page.locator('[data-nav="cards"]').click()
  const view = page.locator('[data-view="cards"]')
  await expect(view.locator('[data-cards-total]')).toHaveText(/^\d{3} cartes$/)
  const all = Number((await view.locator('[data-cards-total]').textContent())!.match(/\d+/)![0])

  await view.locator('select').nth(0).selectOption({ index: 1 })
  await view.locator('[data-cards-chapter]').selectOption({ index: 3 })
  await expect.poll(async () => Number((await view.locator('[data-cards-total]').textContent())!.match(/\d+/)![0])).toBeLessThan(all)
  const chapter = (await view.locator('[data-cards-chapter] option:checked').textContent())!.trim()
  for (const meta of await view.locator('[data-card-id] .meta').allTextContents()) expect(meta).toContain(chapter)
  await app.shot('cards-browser')

  await view.locator('[data-action="new-card"]').click()
  const editor = page.locator('[data-view="card-editor"]')
  await editor.locator('[data-field="front"]').fill('Quel objet expose un ensemble de Pods ?')
  await editor.locator('[data-action="save-card"]').click()
  await expect(editor.locator('[data-card-problems]')).toHaveText('Le verso est vide.')
  await editor.locator('[data-field="back"]').fill('Un **Service**.')
  await editor.locator('[data-action="save-card"]').click()
  await expect(editor).toBeHidden()
  await view.locator('select').nth(0).selectOption({ index: 0 })
  await view.locator('[data-cards-query]').fill('ensemble de Pods')
  await expect(view.locator('[data-card-id]').filter({ hasText: 'Quel objet expose' })).toHaveCount(1)
})

test('Anki text import and export, and the review log as CSV', async ({ app }) => {
  const { page } = app
  const dir = mkdtempSync(join(tmpdir(), 'kubestudy-anki-'))
  try {
    const upload = join(dir, 'daemonset.txt')
    writeFileSync(upload, '#separator:tab\n#html:false\n#columns:Front\tBack\tTags\nQu’est-ce qu’un DaemonSet ?\tUn Pod sur chaque Node.\tworkloads\n')
    const byPath = join(dir, 'job.csv')
    writeFileSync(byPath, '#separator:comma\n#html:false\n#columns:Front,Back\nQue fait un Job ?,Il lance des Pods jusqu’à réussir.\n')

    await page.locator('[data-nav="cards"]').click()
    await page.locator('[data-action="cards-transfer"]').click()
    const dialog = page.locator('[data-view="cards-transfer"]')
    const result = dialog.locator('[data-transfer-result]')
    await dialog.locator('[data-anki-file]').setInputFiles(upload)
    await expect(result).toHaveText('Lignes lues : 1. Ajoutées : 1, mises à jour : 0, inchangées : 0.')
    await dialog.locator('#anki-import-path').fill(byPath)
    await dialog.getByRole('button', { name: 'Importer', exact: true }).click()
    await expect(result).toHaveText(/^Lignes lues : 1\. Ajoutées : 1/)
    await dialog.getByRole('button', { name: 'Importer', exact: true }).click()
    await expect(result).toHaveText(/inchangées : 1\.$/)
    await app.shot('cards-transfer')

    const exported = join(dir, 'export.txt')
    await dialog.locator('#anki-export-path').fill(exported)
    await dialog.locator('[data-action="export-anki"]').click()
    await expect(result).toHaveText(new RegExp(`^Cartes exportées : \\d+, dans ${exported}\\.$`))
    const text = readFileSync(exported, 'utf8')
    expect(text).toMatch(/^#separator:tab$/m)
    expect(text).toContain('Qu’est-ce qu’un DaemonSet ?')

    await dialog.locator('#anki-export-path').fill('')
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.locator('[data-action="export-anki"]').click()])
    expect(download.suggestedFilename()).toBe('kubestudy-cartes.txt')
    expect(readFileSync((await download.path())!, 'utf8')).toContain('Que fait un Job ?')
    await expect(result).toHaveText(/^Cartes exportées : \d+\.$/)

    const log = join(dir, 'revlog.csv')
    await dialog.locator('#revlog-path').fill(log)
    await dialog.locator('[data-action="export-log"]').click()
    await expect(result).toHaveText(`Révisions exportées : 0, dans ${log}.`)
    expect(readFileSync(log, 'utf8').split('\n')[0]).toMatch(/card_id/)

    await page.keyboard.press('Escape')
    await page.locator('[data-view="cards"] [data-cards-query]').fill('DaemonSet')
    await expect(page.locator('[data-card-id]').filter({ hasText: 'Qu’est-ce qu’un DaemonSet ?' })).toContainText('Importées')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
