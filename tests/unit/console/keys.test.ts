import { describe, expect, it } from 'vitest'
import { parseKeys } from '../../../src/renderer/src/console/keys'

describe('terminal input cut into keys', () => {
  it('groups typed characters and tells control keys apart', () => {
    expect(parseKeys('kubectl get po\t')).toEqual([{ type: 'text', text: 'kubectl get po' }, { type: 'tab' }])
    expect(parseKeys('\x01\x05\x15\x0b\x17\x03\x0c\x7f\r')).toEqual([
      { type: 'ctrl', key: 'a' },
      { type: 'ctrl', key: 'e' },
      { type: 'ctrl', key: 'u' },
      { type: 'ctrl', key: 'k' },
      { type: 'ctrl', key: 'w' },
      { type: 'ctrl', key: 'c' },
      { type: 'ctrl', key: 'l' },
      { type: 'backspace' },
      { type: 'enter' }
    ])
  })

  it('reads arrows, Home/End and Delete in both cursor modes, and word motions', () => {
    expect(parseKeys('\x1b[A\x1bOB\x1b[C\x1b[D\x1b[H\x1bOF\x1b[1~\x1b[4~\x1b[3~\x1b[1;5D\x1bf').map((k) => ('motion' in k ? k.motion : k.type))).toEqual([
      'up', 'down', 'right', 'left', 'home', 'end', 'home', 'end', 'delete', 'wordLeft', 'wordRight'
    ])
  })

  it('keeps a bracketed paste whole, tabs and all, with CRLF turned into LF', () => {
    const keys = parseKeys('x\x1b[200~kubectl apply -f - <<EOF\r\n\tkind: Pod\r\nEOF\r\n\x1b[201~y')
    expect(keys).toEqual([
      { type: 'text', text: 'x' },
      { type: 'paste', text: 'kubectl apply -f - <<EOF\n\tkind: Pod\nEOF\n' },
      { type: 'text', text: 'y' }
    ])
  })

  it('takes a plain multi-line paste as lines and Enters, and skips sequences it does not know', () => {
    expect(parseKeys('a\r\nb\n\x1b[15~c')).toEqual([
      { type: 'text', text: 'a' },
      { type: 'enter' },
      { type: 'text', text: 'b' },
      { type: 'enter' },
      { type: 'text', text: 'c' }
    ])
  })
})
