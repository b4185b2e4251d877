// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { leave, locate, redraw } from '../../../src/renderer/src/console/render-line'
import { CONTINUATION, PROMPT } from '../../../src/renderer/src/console/terminal-controller'
import type { LineState } from '../../../src/renderer/src/console/line-editor'
import { XtermScreen } from './xterm-screen'

/** The rows a line should take on screen, wrapped at `cols`. */
function expectedRows(line: LineState, cols: number): string[] {
  const rows: string[] = []
  line.text.split('\n').forEach((part, i) => {
    let full = (i === 0 ? 'controlplane $ ' : '> ') + part
    do {
      rows.push(full.slice(0, cols).trimEnd())
      full = full.slice(cols)
    } while (full.length)
  })
  return rows
}

async function screenRows(screen: XtermScreen, from: number, count: number): Promise<string[]> {
  await screen.settle()
  const buffer = screen.term.buffer.active
  const rows: string[] = []
  for (let i = from; i < from + count; i++) rows.push((buffer.getLine(i)?.translateToString(true) ?? '').trimEnd())
  return rows
}

const lineArb = fc
  .array(fc.stringMatching(/^[a-z <>=\-]{0,45}$/), { minLength: 1, maxLength: 3 })
  .chain((parts) => {
    const text = parts.join('\n')
    return fc.integer({ min: 0, max: text.length }).map((cursor): LineState => ({ text, cursor, selection: null }))
  })

describe('drawing the prompt line on a real terminal', () => {
  it('shows exactly the new line over any previous one, cursor where the editor says, at any width', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 20, max: 50 }), fc.array(lineArb, { minLength: 1, maxLength: 5 }), async (cols, lines) => {
        const screen = new XtermScreen(cols, 40)
        let cursorRow = 0
        for (const line of lines) {
          const drawing = redraw(line, PROMPT, CONTINUATION, cols, cursorRow)
          screen.write(drawing.output)
          cursorRow = drawing.cursorRow
          const want = expectedRows(line, cols)
          const got = await screenRows(screen, 0, want.length + 3)
          expect(got).toEqual([...want, '', '', ''])
          const where = locate(line, line.cursor, PROMPT, CONTINUATION, cols)
          expect(await screen.cursor()).toEqual({ x: where.col, y: where.row })
          expect(drawing.cursorRow).toBe(where.row)
        }
        const last = lines[lines.length - 1]
        screen.write(leave(last, PROMPT, CONTINUATION, cols) + 'OUT')
        const rows = expectedRows(last, cols)
        expect(await screenRows(screen, rows.length, 1)).toEqual(['OUT'])
        screen.term.dispose()
      }),
      { numRuns: 60 }
    )
  }, 30_000)

  it('shows a selected placeholder in inverse video', async () => {
    const screen = new XtermScreen(60, 5)
    screen.write(redraw({ text: 'kubectl logs <pod>', cursor: 18, selection: { start: 13, end: 18 } }, PROMPT, CONTINUATION, 60, 0).output)
    await screen.settle()
    const row = screen.term.buffer.active.getLine(0)!
    expect(row.getCell(15 + 13)!.isInverse()).toBeTruthy()
    expect(row.getCell(15 + 12)!.isInverse()).toBeFalsy()
    expect(row.getCell(15 + 17)!.isInverse()).toBeTruthy()
  })
})
