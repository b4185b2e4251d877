import { test, expect } from './fixtures'
import { expectSlide, gotoHash, openCourse, position, slideBody } from './support/app'

// Course syntax that must never reach the screen as text.
const RAW = [':::', '@startditaa', '@endditaa', '```', 'graph LR', 'classDef', 'layout: section', '<div', '<!--']

test('every slide renders without raw syntax, errors or requests off the machine', async ({ app }) => {
  test.setTimeout(180_000)
  const { page } = app
  const courseId = await openCourse(page)
  await gotoHash(page, `#/course/${courseId}/1`)
  await expectSlide(page, 1)
  const { total } = await position(page)
  expect(total).toBeGreaterThan(100)

  const seen = { unresolved: 0, mermaid: 0, ditaa: 0, warn: 0, placeholder: 0, code: 0, table: 0, toc: 0 }
  for (let n = 1; n <= total; n++) {
    await expectSlide(page, n)
    const body = slideBody(page)
    const text = await body.innerText()
    for (const raw of RAW) expect(text, `slide ${n} shows "${raw}"`).not.toContain(raw)
    seen.mermaid += await body.locator('.mermaid-diagram svg').count()
    seen.ditaa += await body.locator('.ditaa svg').count()
    seen.warn += await body.locator('.admonition.warn').count()
    seen.placeholder += await body.locator('.image-placeholder').count()
    seen.code += await body.locator('pre.code .hljs-attr, pre.code .hljs-built_in, pre.code .hljs-string').count() > 0 ? 1 : 0
    seen.table += await body.locator('table').count()
    seen.toc += await body.locator('.auto-toc a').count()
    // Links to the course's original website cannot work offline: text only, no href.
    seen.unresolved += await body.locator('a.link-unresolved').count()
    expect(await body.locator('a.link-unresolved[href]').count()).toBe(0)
    if (n < total) await page.keyboard.press('ArrowRight')
  }
  expect(seen.mermaid).toBeGreaterThanOrEqual(3)
  expect(seen.ditaa).toBeGreaterThanOrEqual(2)
  expect(seen.warn).toBeGreaterThanOrEqual(1)
  expect(seen.placeholder).toBeGreaterThanOrEqual(3)
  expect(seen.code).toBeGreaterThanOrEqual(1)
  expect(seen.toc).toBeGreaterThan(5)
  expect(seen.unresolved).toBeGreaterThanOrEqual(1)
})

test('special slides look right', async ({ app }) => {
  const { page } = app
  const courseId = await openCourse(page)
  const shots: [string, string][] = [
    ['toc', '.auto-toc'],
    ['mermaid', '.mermaid-diagram svg'],
    ['ditaa', '.ditaa svg'],
    ['warn', '.admonition.warn'],
    ['placeholder', '.image-placeholder'],
    ['code', 'pre.code'],
    ['two-cols', '.layout-two-cols'],
    ['section', '.layout-section']
  ]
  await gotoHash(page, `#/course/${courseId}/1`)
  await expectSlide(page, 1)
  const { total } = await position(page)
  const pending = new Map(shots)
  for (let n = 1; n <= total && pending.size > 0; n++) {
    await expectSlide(page, n)
    for (const [name, selector] of pending) {
      if ((await page.locator(`[data-view="slide"] .workspace ${selector}`).count()) > 0) {
        await app.shot(`slide-${name}`)
        pending.delete(name)
      }
    }
    await page.keyboard.press('ArrowRight')
  }
  expect([...pending.keys()]).toEqual([])
})
