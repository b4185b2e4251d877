// POSIX regular expressions as grep and sed read them, turned into JavaScript ones.

const CLASSES: Record<string, string> = {
  alpha: 'a-zA-Z', digit: '0-9', alnum: 'a-zA-Z0-9', upper: 'A-Z', lower: 'a-z', space: ' \\t\\n\\r\\f\\v',
  blank: ' \\t', punct: '!-\\/:-@\\[-`{-~', xdigit: '0-9A-Fa-f', print: ' -~', graph: '!-~', cntrl: '\\x00-\\x1f\\x7f'
}

/**
 * The bracket expression starting at `start` (a `[`) in JavaScript syntax, and the index
 * just past it. POSIX brackets differ from JavaScript ones: a backslash is literal, a `]`
 * right after `[` or `[^` is literal, and `[:digit:]` names a class. Undefined when the
 * bracket is not closed.
 */
export function bracketToJs(pattern: string, start: number): { js: string; end: number } | undefined {
  let i = start + 1
  let js = '['
  if (pattern[i] === '^') {
    js += '^'
    i++
  }
  if (pattern[i] === ']') {
    js += '\\]'
    i++
  }
  for (; i < pattern.length; i++) {
    const c = pattern[i]
    if (c === ']') return { js: js + ']', end: i + 1 }
    const cls = c === '[' && pattern[i + 1] === ':' ? /^\[:([a-z]+):\]/.exec(pattern.slice(i)) : null
    if (cls && CLASSES[cls[1]]) {
      js += CLASSES[cls[1]]
      i += cls[0].length - 1
    } else js += c === '\\' || c === '[' ? '\\' + c : c
  }
  return undefined
}

/**
 * A basic regular expression (BRE) in JavaScript syntax: `+ ? | ( ) { }` are literal
 * unless escaped, as in GNU grep and sed, and a `*` that starts the expression (or a
 * group, or follows `^`) is a literal star rather than a JavaScript syntax error.
 */
export function basicToJs(pattern: string): string {
  let out = ''
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]
    const bracket = c === '[' ? bracketToJs(pattern, i) : undefined
    if (bracket) {
      out += bracket.js
      i = bracket.end - 1
    } else if (c === '\\' && i + 1 < pattern.length) {
      const n = pattern[++i]
      out += '+?|(){}'.includes(n) ? n : '\\' + n
      // POSIX `\{,n\}` is JavaScript's `{0,n}` (JavaScript reads `{,n}` literally)
      if (n === '{' && pattern[i + 1] === ',') out += '0'
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

/** An extended regular expression (ERE) in JavaScript syntax: only brackets differ. */
export function extendedToJs(pattern: string): string {
  let out = ''
  for (let i = 0; i < pattern.length; i++) {
    const bracket = pattern[i] === '[' ? bracketToJs(pattern, i) : undefined
    if (bracket) {
      out += bracket.js
      i = bracket.end - 1
    } else if (pattern[i] === '\\' && i + 1 < pattern.length) {
      out += pattern[i] + pattern[++i]
    } else out += pattern[i] === '{' && pattern[i + 1] === ',' ? '{0' : pattern[i]
  }
  return out
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}
