import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test, expect } from './fixtures'
import { expectSlide, gotoHash, openCourse } from './support/app'
import { noteInput, notePanel, openNotes, saveStatus, searchGroup } from './support/study'

const note = 'Le zorglub regroupe des **conteneurs**. #pods #réseau\n\n```yaml\napiVersion: v1\nkind: Pod\n```\n'

test('a note is saved as it is typed, is there after a reload, and search opens it with the panel', async ({ app }) => {
  const { page } = app
  const courseId = await openCourse(page)
  await openNotes(page, courseId, 12)
  await page.keyboard.type(note)
  await expect(saveStatus(page)).toHaveAttribute('data-save-status', 'saved')
  await expect(saveStatus(page)).toHaveText(/Enregistré/)
  const preview = page.locator('[data-note-preview]')
  await expect(preview.locator('strong')).toHaveText('conteneurs')
  await expect(preview.locator('pre.code .hljs-attr').first()).toHaveText(/^apiVersion/)
  await expect(notePanel(page).getByRole('button', { name: '#pods' })).toBeVisible()
  await page.keyboard.press('Escape')
  await app.shot('notes-panel')

  await page.reload()
  await expectSlide(page, 12)
  await expect(noteInput(page)).toHaveValue(note)

  await page.locator('[data-nav="courses"]').click()
  await page.keyboard.press('Control+k')
  await page.keyboard.type('zorglub')
  const hits = searchGroup(page, 'Notes')
  await expect(hits.first()).toBeVisible()
  await expect(hits.first().locator('mark')).toHaveText(/zorglub/i)
  await hits.first().click()
  await expectSlide(page, 12)
  await expect(notePanel(page)).toBeVisible()
  await expect(noteInput(page)).toHaveValue(note)
})

test('text typed just before leaving the slide or reloading is not lost', async ({ app }) => {
  const { page } = app
  const courseId = await openCourse(page)
  await openNotes(page, courseId, 20)
  await page.keyboard.type('parti trop vite')
  await page.locator('[data-action="next"]').click()
  await expectSlide(page, 21)
  await noteInput(page).focus()
  await page.keyboard.type('rechargé aussitôt')
  await page.reload()

  await expectSlide(page, 21)
  await expect(noteInput(page)).toHaveValue('rechargé aussitôt')
  await expect(saveStatus(page)).not.toHaveAttribute('data-save-status', 'error')
  await page.locator('[data-action="previous"]').click()
  await expectSlide(page, 20)
  await expect(noteInput(page)).toHaveValue('parti trop vite')
})

test('a note that cannot be saved says so, keeps its text and is sent once saving works', async ({ app, kubestudy }) => {
  test.skip(kubestudy.target !== 'web', 'failures are injected on the loopback HTTP transport')
  const { page, guards } = app
  const courseId = await openCourse(page)
  await openNotes(page, courseId, 14)
  let failing = true
  await page.route('**/api/notes.save', (route) =>
    failing
      ? route.fulfill({ status: 500, contentType: 'application/json', body: JSON.stringify({ error: { code: 'internal', message: 'disque plein' } }) })
      : route.continue()
  )
  await page.keyboard.type('à garder absolument')
  await expect(saveStatus(page)).toHaveAttribute('data-save-status', 'error')
  await expect(page.locator('[data-save-error]')).toContainText('disque plein')
  await expect(noteInput(page)).toHaveValue('à garder absolument')
  await app.shot('notes-panel-error')

  failing = false
  await page.locator('[data-save-error] button').click()
  await expect(saveStatus(page)).toHaveAttribute('data-save-status', 'saved')
  await page.reload()
  await expectSlide(page, 14)
  await expect(noteInput(page)).toHaveValue('à garder absolument')
  // The injected failures are the point of this test, not problems of the app.
  guards.problems.splice(0, guards.problems.length, ...guards.problems.filter((p) => !/HTTP 500|status of 500/.test(p)))
})

test('the Notes view lists notes by chapter, filters by tag and text, and opens a slide', async ({ app }) => {
  const { page } = app
  const courseId = await openCourse(page)
  await openNotes(page, courseId, 12)
  await page.keyboard.type('Réseau virtuel entre conteneurs #réseau')
  await expect(saveStatus(page)).toHaveAttribute('data-save-status', 'saved')
  await openNotes(page, courseId, 40)
  await page.keyboard.type('À revoir avant l’examen #examen\n\n- `kubectl get pods`')
  await expect(saveStatus(page)).toHaveAttribute('data-save-status', 'saved')

  await page.locator('[data-nav="notes"]').click()
  const view = page.locator('[data-view="notes"]')
  await expect(view.locator('[data-note]')).toHaveCount(2)
  expect(await view.locator('[data-note-group] h2').count()).toBe(2)
  await app.shot('notes-view')
  await page.locator('[data-action="theme"]').click()
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark')
  await app.shot('dark-notes-view')

  await view.locator('[data-tag="examen"]').click()
  await expect(view.locator('[data-note]')).toHaveCount(1)
  await expect(view.locator('[data-note]')).toContainText('examen')
  await view.locator('[data-tag="examen"]').click()
  await expect(view.locator('[data-note]')).toHaveCount(2)

  await view.locator('[data-notes-filter]').fill('reseau VIRTUEL')
  await expect(view.locator('[data-note]')).toHaveCount(1)
  await view.locator('[data-note] [data-action="open-note"]').click()
  await expectSlide(page, 12)
  await expect(noteInput(page)).toHaveValue('Réseau virtuel entre conteneurs #réseau')
  await expect(saveStatus(page)).toHaveAttribute('data-save-status', 'idle')
  await app.shot('dark-notes-panel')
})

test('notes export to a folder of markdown files and import back without duplicates', async ({ app }) => {
  const { page } = app
  const dir = mkdtempSync(join(tmpdir(), 'kubestudy-notes-'))
  try {
    const courseId = await openCourse(page)
    await openNotes(page, courseId, 12)
    await page.keyboard.type('Note exportée #export')
    await expect(saveStatus(page)).toHaveAttribute('data-save-status', 'saved')

    await gotoHash(page, '#/notes')
    await page.locator('[data-action="notes-transfer"]').click()
    const dialog = page.locator('[data-view="notes-transfer"]')
    await dialog.locator('#notes-dir').fill(dir)
    await dialog.locator('[data-action="export-notes"]').click()
    await expect(dialog.locator('[data-transfer-result]')).toHaveText('Notes exportées : 1 ; fichiers écrits : 1.')
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md'))
    expect(files).toHaveLength(1)
    expect(readFileSync(join(dir, files[0]!), 'utf8')).toContain('Note exportée #export')

    await dialog.locator('[data-action="import-notes"]').click()
    await expect(dialog.locator('[data-transfer-result]')).toHaveText(/Notes ajoutées : 0, complétées : 0, inchangées : 1\./)
    await page.keyboard.press('Escape')
    await expect(page.locator('[data-view="notes"] [data-note]')).toHaveCount(1)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test('a note whose slide leaves the course is kept and listed as detached', async ({ app }) => {
  const { page } = app
  const folder = mkdtempSync(join(tmpdir(), 'kubestudy-detach-'))
  const slides = (middle: string) => `---\ntitle: Cours maison\n---\n\n# Cours maison\n\n${middle}---\n\n## Conclusion\n\nFin.\n`
  writeFileSync(join(folder, 'maison.md'), slides('---\n\n## Diapositive éphémère\n\n- bientôt supprimée\n\n'))
  try {
    await page.locator('[data-nav="courses"]').click()
    const field = page.locator('#folder-path')
    await expect(page.locator('[data-folder]').first()).toBeVisible()
    test.skip(!(await field.isVisible()), 'this transport adds folders through a native dialog')
    await field.fill(folder)
    await page.keyboard.press('Enter')
    await page.locator('[data-course]', { hasText: 'Cours maison' }).locator('.cover').click()
    await page.waitForURL(/#\/course\/[^/?]+/)
    const courseId = decodeURIComponent(/#\/course\/([^/?]+)/.exec(page.url())![1]!)

    await openNotes(page, courseId, 2)
    await page.keyboard.type('Ma note sur la diapositive éphémère')
    await expect(saveStatus(page)).toHaveAttribute('data-save-status', 'saved')
    await openNotes(page, courseId, 3)
    await page.keyboard.type('Ma conclusion')
    await expect(saveStatus(page)).toHaveAttribute('data-save-status', 'saved')

    writeFileSync(join(folder, 'maison.md'), slides(''))
    await expect(page.locator('[data-position]')).toHaveText(/\/ 2\s*$/, { timeout: 15_000 })

    await page.locator('[data-nav="notes"]').click()
    const detached = page.locator('[data-notes-detached]')
    await expect(detached.locator('[data-note]')).toHaveCount(1)
    await expect(detached).toContainText('Dernière diapositive connue : Diapositive éphémère')
    await expect(detached).toContainText('Ma note sur la diapositive éphémère')
    await expect(page.locator('[data-note-group] [data-note]')).toContainText('Ma conclusion')
    await app.shot('notes-detached')
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
})
