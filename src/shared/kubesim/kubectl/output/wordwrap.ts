// Word wrapping as kubectl's term.NewWordWrapWriter does it (github.com/mitchellh/go-wordwrap
// WrapString): breaks at spaces, never inside a word, keeps existing newlines.

const isSpace = (c: string): boolean => c !== '\u00a0' && /\s/.test(c)

export function wrapWords(s: string, limit: number): string {
  let out = ''
  let current = 0
  let word = ''
  let space = ''
  for (const ch of s) {
    if (ch === '\n') {
      if (!word) {
        if (current + space.length > limit) current = 0
        else out += space
      } else {
        out += space + word
      }
      space = ''
      word = ''
      out += ch
      current = 0
    } else if (isSpace(ch)) {
      if (!space || word) {
        current += space.length + word.length
        out += space + word
        space = ''
        word = ''
      }
      space += ch
    } else {
      word += ch
      if (current + space.length + word.length > limit && word.length < limit) {
        out += '\n'
        current = 0
        space = ''
      }
    }
  }
  if (!word) {
    if (current + space.length <= limit) out += space
  } else out += space + word
  return out
}
