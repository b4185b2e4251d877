import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import * as edit from '../../../src/renderer/src/console/line-editor'
import { lineOf, type LineState } from '../../../src/renderer/src/console/line-editor'
import { HistoryCursor } from '../../../src/renderer/src/console/history'

const at = (text: string, cursor: number): LineState => ({ text, cursor, selection: null })

describe('line editing', () => {
  it('inserts and deletes at the cursor', () => {
    let s = at('kubectl  pods', 8)
    s = edit.insert(s, 'get')
    expect(s).toEqual(at('kubectl get pods', 11))
    expect(edit.backspace(s)).toEqual(at('kubectl ge pods', 10))
    expect(edit.deleteForward(s)).toEqual(at('kubectl getpods', 11))
    expect(edit.backspace(at('x', 0))).toEqual(at('x', 0))
    expect(edit.deleteForward(at('x', 1))).toEqual(at('x', 1))
  })

  it('moves by character, word and line ends', () => {
    const s = at('kubectl get pods -n kube-system', 31)
    expect(edit.move(s, 'home').cursor).toBe(0)
    expect(edit.move(at(s.text, 3), 'end').cursor).toBe(31)
    expect(edit.move(s, 'wordLeft').cursor).toBe(25)
    expect(edit.move(at(s.text, 25), 'wordLeft').cursor).toBe(20)
    expect(edit.move(at(s.text, 0), 'wordRight').cursor).toBe(7)
    expect(edit.move(at(s.text, 0), 'left').cursor).toBe(0)
    expect(edit.move(s, 'right').cursor).toBe(31)
  })

  it('kills as readline does: Ctrl+U before, Ctrl+K after, Ctrl+W the previous word up to a space', () => {
    const s = at('kubectl get deploy/web --watch', 22)
    expect(edit.killBefore(s)).toEqual(at(' --watch', 0))
    expect(edit.killAfter(s)).toEqual(at('kubectl get deploy/web', 22))
    expect(edit.killWordBefore(s)).toEqual(at('kubectl get  --watch', 12))
    expect(edit.killWordBeforeAlnum(s)).toEqual(at('kubectl get deploy/ --watch', 19))
  })

  it('replaces a selected placeholder with what is typed, and Tab walks to the next one', () => {
    const text = 'kubectl logs <pod> -c <conteneur>'
    const s = lineOf(text, { start: 13, end: 18 })
    expect(edit.insert(s, 'web-1')).toEqual(at('kubectl logs web-1 -c <conteneur>', 18))
    expect(edit.backspace(s)).toEqual(at('kubectl logs  -c <conteneur>', 13))
    const next = edit.selectNextPlaceholder(s)!
    expect(next.selection).toEqual({ start: 22, end: 33 })
    expect(edit.selectNextPlaceholder(next)!.selection).toEqual({ start: 13, end: 18 })
    expect(edit.move(s, 'left')).toEqual(at(text, 13))
    expect(edit.selectNextPlaceholder(at('kubectl get pods', 0))).toBeUndefined()
  })

  it('never puts the cursor outside the text, whatever the keys', () => {
    const op = fc.oneof(
      fc.string({ maxLength: 4 }).map((t) => (s: LineState) => edit.insert(s, t)),
      fc.constantFrom<(s: LineState) => LineState>(
        edit.backspace,
        edit.deleteForward,
        edit.killBefore,
        edit.killAfter,
        edit.killWordBefore,
        edit.killWordBeforeAlnum,
        ...(['left', 'right', 'home', 'end', 'wordLeft', 'wordRight'] as const).map((m) => (s: LineState) => edit.move(s, m))
      )
    )
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const end = ops.reduce((s, f) => f(s), edit.emptyLine)
        return end.cursor >= 0 && end.cursor <= end.text.length
      })
    )
  })
})

describe('history with ↑ and ↓', () => {
  it('walks back and forth and gives the draft back below the newest entry', () => {
    const entries = ['kubectl get nodes', 'kubectl get pods']
    const h = new HistoryCursor(() => entries)
    expect(h.down()).toBeUndefined()
    expect(h.up('kubectl desc')).toBe('kubectl get pods')
    expect(h.up('kubectl get pods')).toBe('kubectl get nodes')
    expect(h.up('kubectl get nodes')).toBeUndefined()
    expect(h.down()).toBe('kubectl get pods')
    expect(h.down()).toBe('kubectl desc')
    expect(h.down()).toBeUndefined()
    entries.push('kubectl describe pod web')
    h.restart()
    expect(h.up('')).toBe('kubectl describe pod web')
  })
})
