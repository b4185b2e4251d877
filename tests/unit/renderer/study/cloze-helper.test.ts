import { describe, expect, it } from 'vitest'
import { wrapCloze } from '@renderer/cards/cloze-helper'
import { renderCloze } from '@shared/cards/cloze'

describe('wrapCloze', () => {
  const text = 'Un Service ClusterIP est interne au cluster.'

  it('wraps the selection in c1, then numbers the next one after the highest', () => {
    const start = text.indexOf('ClusterIP')
    const first = wrapCloze(text, start, start + 'ClusterIP'.length)
    expect(first.text).toBe('Un Service {{c1::ClusterIP}} est interne au cluster.')
    expect(first.text.slice(first.selectionStart, first.selectionEnd)).toBe('ClusterIP')

    const at = first.text.indexOf('cluster.')
    const second = wrapCloze(first.text, at, at + 'cluster'.length)
    expect(second.text).toBe('Un Service {{c1::ClusterIP}} est interne au {{c2::cluster}}.')
    expect(renderCloze(second.text, 2, 'front')).toContain('interne au <span class="cloze">[…]</span>.')
  })

  it('reuses the highest number when asked, as Anki does with Alt', () => {
    const once = wrapCloze(text, 3, 10).text
    const at = once.indexOf('interne')
    expect(wrapCloze(once, at, at + 7, true).text).toContain('{{c1::interne}}')
  })

  it('leaves the spaces of a double-click selection outside the deletion', () => {
    const start = text.indexOf(' ClusterIP ')
    const edited = wrapCloze(text, start, start + ' ClusterIP '.length)
    expect(edited.text).toBe('Un Service {{c1::ClusterIP}} est interne au cluster.')
  })

  it('inserts an empty deletion with the caret inside when nothing is selected', () => {
    const edited = wrapCloze('abc', 1, 1)
    expect(edited.text).toBe('a{{c1::}}bc')
    expect(edited.selectionStart).toBe(edited.selectionEnd)
    expect(edited.selectionStart).toBe('a{{c1::'.length)
  })
})
