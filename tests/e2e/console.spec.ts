import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'

/** What the terminal shows on screen, one string, spaces normalised. */
async function screenText(page: Page): Promise<string> {
  const text = (await page.locator('[data-terminal] .xterm-rows').innerText()) ?? ''
  return text
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
}

async function openConsole(page: Page): Promise<void> {
  await page.locator('[data-nav="console"]').click()
  await expect(page.locator('[data-view="console"]')).toHaveAttribute('data-ready', 'true')
  await expect.poll(() => screenText(page)).toContain('controlplane $')
  await page.locator('[data-terminal] .xterm-helper-textarea').focus()
}

/** Types a command at the prompt and presses Enter. */
async function run(page: Page, command: string): Promise<void> {
  await page.keyboard.type(command)
  await page.keyboard.press('Enter')
}

/** Waits until the state is stored (the console saves shortly after each command). */
async function saved(page: Page): Promise<void> {
  await expect(page.locator('[data-view="console"]')).toHaveAttribute('data-save', 'saved')
}

const pods = (page: Page, prefix: string) => page.locator(`[data-cluster-picture] [data-pod^="${prefix}"]`)

test('kubectl at the prompt: nodes, a deployment whose pods turn Running in the picture, Tab completion', async ({ app }) => {
  const { page } = app
  await openConsole(page)

  await run(page, 'kubectl get nodes')
  await expect.poll(() => screenText(page)).toMatch(/controlplane +Ready +control-plane/)
  const nodes = await screenText(page)
  expect(nodes).toMatch(/node01 +Ready +<none>/)
  expect(nodes).toMatch(/node02 +Ready +<none>/)
  await expect(page.locator('[data-node]')).toHaveCount(3)
  await expect(page.locator('[data-node="controlplane"] [data-taint]')).toContainText('node-role.kubernetes.io/control-plane:NoSchedule')

  await run(page, 'kubectl create deployment web --image=nginx --replicas=2')
  await expect.poll(() => screenText(page)).toContain('deployment.apps/web created')
  await expect(pods(page, 'web-')).toHaveCount(2)
  await expect(pods(page, 'web-').first()).toHaveAttribute('data-status', 'ContainerCreating')
  await app.shot('console-creating')
  await expect(page.locator('[data-cluster-picture] [data-pod^="web-"][data-status="Running"]')).toHaveCount(2, { timeout: 15_000 })

  await page.keyboard.type('kubectl get depl')
  await page.keyboard.press('Tab')
  await expect.poll(() => screenText(page)).toContain('controlplane $ kubectl get deployments')
  await page.keyboard.press('Enter')
  await expect.poll(() => screenText(page)).toMatch(/web +2\/2 +2 +2/)

  await page.keyboard.type('kubectl get pods web')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  await expect.poll(() => screenText(page)).toMatch(/web-[a-z0-9]+-[a-z0-9]{5} +web-[a-z0-9]+-[a-z0-9]{5}/)
  await page.keyboard.press('Control+c')

  await run(page, 'kubectl run broken --image=ngnix')
  await expect(page.locator('[data-cluster-picture] [data-pod="broken"][data-tone="error"]')).toBeVisible({ timeout: 15_000 })
  await app.shot('console-light')

  await page.locator('[data-action="theme"]').click()
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark')
  // Chips fade to their new colours; let that finish before the picture is taken.
  await page.waitForTimeout(600)
  await app.shot('console-dark')

  // The terminal outlives the view: away and back, the screen is as it was.
  await page.locator('[data-nav="notes"]').click()
  await expect(page.locator('[data-view="console"]')).toHaveCount(0)
  await openConsole(page)
  expect(await screenText(page)).toContain('deployment.apps/web created')
})

test('a heredoc typed or pasted applies, and the cluster, history and files survive a reload', async ({ app }) => {
  const { page } = app
  await openConsole(page)

  await run(page, 'kubectl apply -f - <<EOF')
  await expect.poll(() => screenText(page)).toMatch(/^>$/m)
  for (const line of ['apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: settings', 'data:', '  mode: dev', 'EOF']) await run(page, line)
  await expect.poll(() => screenText(page)).toContain('configmap/settings created')

  const pasted = 'kubectl create namespace shop\nkubectl apply -n shop -f - <<EOF\napiVersion: v1\nkind: Pod\nmetadata:\n  name: cart\nspec:\n  containers:\n  - name: cart\n    image: redis\nEOF\n'
  await page.evaluate((text) => {
    const target = document.querySelector('[data-terminal] .xterm-helper-textarea')!
    const data = new DataTransfer()
    data.setData('text/plain', text)
    target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
  }, pasted)
  await expect.poll(() => screenText(page)).toContain('pod/cart created')
  await page.locator('[data-namespace-filter]').selectOption('shop')
  await expect(page.locator('[data-cluster-picture] [data-pod="cart"][data-status="Running"]')).toBeVisible({ timeout: 15_000 })

  await run(page, 'kubectl get cm settings -o yaml > settings.yaml')
  await expect(page.locator('[data-workspace] [data-file="settings.yaml"]')).toBeVisible()
  await saved(page)

  await page.reload()
  await openConsole(page)
  await run(page, 'kubectl get pods -n shop')
  await expect.poll(() => screenText(page)).toMatch(/cart +1\/1 +Running/)
  await run(page, 'cat settings.yaml')
  await expect.poll(() => screenText(page)).toContain('  mode: dev')
  await page.keyboard.press('ArrowUp')
  await page.keyboard.press('ArrowUp')
  await expect.poll(() => screenText(page)).toContain('controlplane $ kubectl get pods -n shop')
  await page.keyboard.press('Control+c')
})

test('a manifest written in the workspace editor is applied, edited and applied again; vi opens the editor', async ({ app }) => {
  const { page } = app
  await openConsole(page)

  await page.locator('[data-action="new-file"]').click()
  await page.locator('[data-file-name]').fill('web-pod.yaml')
  await page.keyboard.press('Enter')
  const editor = page.locator('[data-workspace] [data-yaml-editor] .cm-content')
  await expect(editor).toBeFocused()
  await editor.fill('apiVersion: v1\nkind: Pod\nmetadata:\n  name: web-pod\n  labels:\n    app: web\nspec:\n  containers:\n  - name: web\n    image: nginx:1.27\n')
  await expect(page.locator('[data-workspace] .cm-content .cm-line').first()).toHaveText('apiVersion: v1')
  await page.locator('[data-action="apply-file"]').click()
  await expect.poll(() => screenText(page)).toContain('pod/web-pod created')

  await editor.fill('apiVersion: v1\nkind: Pod\nmetadata:\n  name: web-pod\n  labels:\n    app: web\n    tier: front\nspec:\n  containers:\n  - name: web\n    image: nginx:1.27\n')
  await page.locator('[data-action="apply-file"]').click()
  await expect.poll(() => screenText(page)).toContain('pod/web-pod configured')
  await page.locator('[data-terminal] .xterm-helper-textarea').focus()
  await run(page, 'kubectl get pod web-pod --show-labels')
  await expect.poll(() => screenText(page)).toContain('app=web,tier=front')
  await app.shot('console-workspace')

  await run(page, 'vi notes.txt')
  const dialog = page.locator('[data-edit-dialog]')
  await expect(dialog).toBeVisible()
  await dialog.locator('.cm-content').fill('à retenir : kubectl explain')
  await app.shot('console-vi')
  await dialog.locator('[data-action="edit-save"]').click()
  await expect(dialog).toBeHidden()
  await run(page, 'cat notes.txt')
  await expect.poll(() => screenText(page)).toContain('à retenir : kubectl explain')

  await page.locator('[data-workspace] [data-file="web-pod.yaml"]').click()
  await page.locator('[data-action="rename-file"]').click()
  await page.locator('[data-file-name]').fill('pod.yaml')
  await page.keyboard.press('Enter')
  await expect(page.locator('[data-workspace] [data-file="pod.yaml"]')).toBeVisible()
  await page.locator('[data-workspace] [data-file="notes.txt"]').click()
  await page.locator('[data-action="delete-file"]').click()
  await page.locator('[data-action="confirm-delete"]').click()
  await expect(page.locator('[data-workspace] [data-file]')).toHaveCount(1)
  await page.locator('[data-terminal] .xterm-helper-textarea').focus()
  await run(page, 'ls; kubectl apply -f pod.yaml; cat notes.txt')
  await expect.poll(() => screenText(page)).toContain('pod/web-pod unchanged')
  const text = await screenText(page)
  expect(text).toContain('cat: notes.txt: No such file or directory')
  expect(text).toMatch(/^pod\.yaml$/m)
})
