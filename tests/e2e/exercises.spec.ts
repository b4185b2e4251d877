import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { gotoHash } from './support/app'

/** What the console's terminal shows, one string, spaces normalised. */
async function screenText(page: Page): Promise<string> {
  const text = (await page.locator('[data-terminal] .xterm-rows').innerText()) ?? ''
  return text.replace(/\u00a0/g, ' ').split('\n').map((line) => line.trimEnd()).join('\n')
}

async function typeCommand(page: Page, command: string, output: string | RegExp): Promise<void> {
  await page.locator('[data-terminal] .xterm-helper-textarea').focus()
  await page.keyboard.type(command)
  await page.keyboard.press('Enter')
  await expect.poll(() => screenText(page)).toMatch(output)
}

test('an exercise solved in the console: Commencer, a wrong attempt told why, then passed and counted', async ({ app }) => {
  const { page } = app
  await expect(page.locator('[data-view="library"], [data-view="slide"]')).toBeVisible()
  await page.locator('[data-nav="exercises"]').click()
  const list = page.locator('[data-view="exercises"]')
  await expect(list.locator('[data-exercise]').first()).toBeVisible()
  await list.locator('[data-exercise="pods-run"]').click()

  const exercise = page.locator('[data-view="exercise"]')
  await expect(exercise.locator('h1')).toHaveText('Lancer un premier Pod')
  await expect(exercise.locator('[data-action="open-slide"]')).toContainText('Diapositive')
  await exercise.locator('[data-action="start"]').click()

  // The console opens on a fresh cluster, the exercise docked beside the terminal.
  await expect(page.locator('[data-view="console"]')).toHaveAttribute('data-ready', 'true')
  const dock = page.locator('[data-exercise-dock]')
  await expect(dock.locator('h2')).toHaveText('Lancer un premier Pod')
  await expect.poll(() => screenText(page)).toContain('controlplane $')

  // A label forgotten: "Vérifier" says which check fails, what it expected and what it found.
  await typeCommand(page, 'kubectl run web --image=nginx:1.25 --labels=app=web', 'pod/web created')
  await dock.locator('[data-action="check"]').click()
  const results = dock.locator('[data-check-results]')
  await expect(results.locator('[data-outcome="failed"]')).toContainText('ne pass')
  const labels = results.locator('[data-check="ko"]', { hasText: 'metadata.labels' })
  await expect(labels).toContainText("attendu qu'il contienne")
  await expect(labels).toContainText('tier')
  await expect(results.locator('[data-check="ok"]', { hasText: 'nginx:1.25' })).toHaveCount(1)
  await app.shot('exercise-console-failed')

  // Any correct way passes: here a manifest applied over the pod adds the missing label.
  await page.locator('[data-terminal] .xterm-helper-textarea').focus()
  for (const line of ['kubectl apply -f - <<EOF', 'apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', '  labels:', '    app: web', '    tier: frontend', 'spec:', '  containers:', '  - name: web', '    image: nginx:1.25']) {
    await page.keyboard.type(line)
    await page.keyboard.press('Enter')
  }
  await typeCommand(page, 'EOF', 'pod/web configured')
  await expect(page.locator('[data-cluster-picture] [data-pod="web"][data-status="Running"]')).toBeVisible({ timeout: 15_000 })
  await dock.locator('[data-action="check"]').click()
  await expect(results.locator('[data-outcome="passed"]')).toContainText('Bravo, exercice réussi')
  await expect(results.locator('[data-check="ok"]')).toHaveCount(3)
  await app.shot('exercise-console-passed')
  await dock.getByRole('link', { name: 'Énoncé complet' }).click()
  await expect(exercise.locator('[data-outcome="passed"]')).toBeVisible()
  await expect(exercise.locator('[data-status]').first()).toHaveAttribute('data-status', 'passed')
  await app.shot('exercise-page-passed')
  await exercise.locator('[data-action="open-console"]').click()
  await expect(page.locator('[data-view="console"]')).toHaveAttribute('data-ready', 'true')

  // Stored: the list after a reload and the course's chapter progress both say so.
  await page.reload()
  await expect(page.locator('[data-view="console"]')).toHaveAttribute('data-ready', 'true')
  await page.locator('[data-nav="exercises"]').click()
  await expect(list.locator('[data-exercise="pods-run"] [data-status]')).toHaveAttribute('data-status', 'passed')
  await expect(list.locator('[data-passed-count]')).toHaveText(/^1 \/ \d+ réussis$/)
  await app.shot('exercises')
  // A few slides seen and cards reviewed, so every figure of the chapter rows moves.
  for (const n of [2, 3, 40, 41, 42]) {
    await gotoHash(page, `#/course/kubernetes/${n}`)
    // "N / 0" shows before the course has loaded; a slide only counts as seen once shown.
    await expect(page.locator('[data-position]')).toHaveText(new RegExp(`^\\s*${n} / [1-9]`))
  }
  await gotoHash(page, '#/review')
  await page.locator('[data-action="start-review"]').first().click()
  for (let i = 0; i < 4; i++) {
    await expect(page.locator('[data-action="show-answer"]')).toBeVisible()
    await page.keyboard.press('Space')
    await page.keyboard.press('3')
  }
  await gotoHash(page, '#/course/kubernetes')
  await expect(page.locator('[data-chapter="0"] [data-meter="cards"]')).toContainText('% maîtrisées')
  await expect(page.locator('[data-chapter="0"] [data-meter="slides"]')).toContainText('2 / ')
  const chapter = page.locator('[data-chapter]', { hasText: 'Ressources basiques du cluster' })
  await expect(chapter.locator('[data-meter="exercises"]')).toContainText(/1 \/ \d+ réussis/)
  await expect(chapter.locator('[data-meter="slides"]')).toContainText('vues')
  await expect(chapter.locator('[data-meter="cards"]')).toContainText(/étudiées|maîtrisées/)
  await app.shot('course-progress')
})

test('the exercise page: a check before starting fails, hints one by one, the solution behind a confirmation', async ({ app }) => {
  const { page } = app
  await expect(page.locator('[data-view="library"], [data-view="slide"]')).toBeVisible()
  // Exercises are in the search index: a hit opens the exercise.
  await page.keyboard.press('Control+k')
  await page.keyboard.type('annule mise a jour')
  const palette = page.locator('[data-view="search"]')
  await palette.locator('section', { hasText: 'Exercices' }).locator('[role="option"]', { hasText: 'Revenir à la version précédente' }).click()
  const exercise = page.locator('[data-view="exercise"]')
  await expect(exercise.locator('h1')).toHaveText('Revenir à la version précédente')
  await app.shot('exercise-page')

  await exercise.locator('[data-action="check"]').click()
  await expect(exercise.locator('[data-outcome="failed"]')).toContainText('3 vérifications sur 3')
  await expect(exercise.locator('[data-check="ko"]').first()).toContainText('Deployment « web » (namespace default) est introuvable')

  await exercise.locator('[data-action="hint"]').click()
  await expect(exercise.locator('[data-hint]')).toHaveCount(1)
  await exercise.locator('[data-action="hint"]').click()
  await expect(exercise.locator('[data-hint]')).toHaveCount(2)
  await expect(exercise.locator('[data-action="hint"]')).toContainText('3 / 3')

  await exercise.locator('[data-action="show-solution"]').click()
  const dialog = page.locator('[data-dialog="solution"]')
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: 'Annuler' }).click()
  await expect(exercise.locator('[data-solution] pre')).toHaveCount(0)
  await exercise.locator('[data-action="show-solution"]').click()
  await dialog.locator('[data-action="confirm-solution"]').click()
  await expect(exercise.locator('[data-solution] pre').filter({ hasText: 'kubectl rollout undo deployment/web' })).toBeVisible()
  await expect(exercise.locator('[data-solution] [data-code-action="try"]').first()).toBeVisible()

  // Hints and the solution stay revealed after a reload.
  await page.reload()
  await expect(exercise.locator('[data-hint]')).toHaveCount(2)
  await expect(exercise.locator('[data-solution] pre').first()).toBeVisible()

  await page.locator('[data-action="theme"]').click()
  await exercise.locator('[data-action="check"]').click()
  await expect(exercise.locator('[data-outcome="failed"]')).toBeVisible()
  await app.shot('dark-exercise-page-failed')
  await gotoHash(page, '#/exercises')
  await expect(page.locator('[data-view="exercises"] [data-exercise]').first()).toBeVisible()
  await app.shot('dark-exercises')
  await gotoHash(page, '#/course/kubernetes')
  await expect(page.locator('[data-chapter-progress]').first()).toBeVisible()
  await app.shot('dark-course-progress')
})
