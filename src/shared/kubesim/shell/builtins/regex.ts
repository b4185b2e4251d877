// POSIX regular expressions as grep and sed read them, turned into JavaScript ones.

/**
 * A basic regular expression (BRE) in JavaScript syntax: `+ ? | ( ) { }` are literal
 * unless escaped, as in GNU grep and sed, and a `*` that starts the expression (or a
 * group, or follows `^`) is a literal star rather than a JavaScript syntax error.
 */
export function basicToJs(pattern: string): string {
  let out = ''
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]
    if (c === '\\' && i + 1 < pattern.length) {
      const n = pattern[++i]
      out += '+?|(){}'.includes(n) ? n : '\\' + n
    } else if ('+?|(){}'.includes(c)) {
      out += '\\' + c
    } else if (c === '*' && (out === '' || out === '^' || /[^\\][(|]$|^[(|]$/.test(out))) {
      out += '\\*'
    } else {
      out += c
    }
  }
  return out
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}
