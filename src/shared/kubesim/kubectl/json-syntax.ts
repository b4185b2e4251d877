// The syntax error Go's encoding/json reports for a text that is not JSON (its scanner's
// wording: "invalid character 'x' looking for beginning of value", "unexpected end of
// JSON input"), for client-side decoding errors kubectl prints as they come.

const SPACE = ' \t\r\n'
const DIGIT = /[0-9]/
const HEX = /[0-9a-fA-F]/

function quoteChar(c: string): string {
  if (c === "'") return "'\\''"
  if (c === '"') return '\'"\''
  const quoted = JSON.stringify(c)
  return `'${quoted.slice(1, -1)}'`
}

class Syntax extends Error {}

/** Undefined when `text` is valid JSON; otherwise encoding/json's SyntaxError text. */
export function goJsonSyntaxError(text: string): string | undefined {
  let i = 0
  const fail = (context: string): never => {
    throw new Syntax(i >= text.length ? 'unexpected end of JSON input' : `invalid character ${quoteChar(text[i])} ${context}`)
  }
  const skip = (): void => {
    while (i < text.length && SPACE.includes(text[i])) i++
  }
  const literal = (word: string): void => {
    for (let k = 1; k < word.length; k++) {
      i++
      if (text[i] !== word[k]) fail(`in literal ${word} (expecting '${word[k]}')`)
    }
    i++
  }
  const digits = (context: string): void => {
    if (!DIGIT.test(text[i] ?? '')) fail(context)
    while (DIGIT.test(text[i] ?? '')) i++
  }
  const string = (): void => {
    i++
    for (;;) {
      const c = text[i]
      if (c === undefined) fail('in string literal')
      if (c === '"') return void i++
      if (c < ' ') fail('in string literal')
      if (c === '\\') {
        i++
        if (text[i] === 'u') {
          for (let k = 0; k < 4; k++) {
            i++
            if (!HEX.test(text[i] ?? '')) fail('in \\u hexadecimal character escape')
          }
        } else if (!'bfnrt\\/"'.includes(text[i] ?? '') || text[i] === undefined) fail('in string escape code')
      }
      i++
    }
  }
  const number = (): void => {
    if (text[i] === '-') i++
    if (text[i] === '0') i++
    else digits('in numeric literal')
    if (text[i] === '.') {
      i++
      digits('after decimal point in numeric literal')
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++
      if (text[i] === '+' || text[i] === '-') i++
      digits('in exponent of numeric literal')
    }
  }
  const value = (): void => {
    skip()
    const c = text[i]
    if (c === '{') {
      i++
      skip()
      if (text[i] === '}') return void i++
      for (;;) {
        skip()
        if (text[i] !== '"') fail('looking for beginning of object key string')
        string()
        skip()
        if (text[i] !== ':') fail('after object key')
        i++
        value()
        skip()
        if (text[i] === '}') return void i++
        if (text[i] !== ',') fail('after object key:value pair')
        i++
      }
    }
    if (c === '[') {
      i++
      skip()
      if (text[i] === ']') return void i++
      for (;;) {
        value()
        skip()
        if (text[i] === ']') return void i++
        if (text[i] !== ',') fail('after array element')
        i++
      }
    }
    if (c === '"') return string()
    if (c === '-' || DIGIT.test(c ?? '')) return number()
    if (c === 't') return literal('true')
    if (c === 'f') return literal('false')
    if (c === 'n') return literal('null')
    fail('looking for beginning of value')
  }
  try {
    value()
    skip()
    if (i < text.length) fail('after top-level value')
    return undefined
  } catch (e) {
    if (e instanceof Syntax) return e.message
    throw e
  }
}
