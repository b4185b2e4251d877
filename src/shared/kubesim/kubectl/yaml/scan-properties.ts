// The scanner's tokens that carry a name: directives (`%YAML`, `%TAG`), anchors, aliases
// and tags. Only what go-yaml checks is kept: the name's characters, what may follow it,
// the version and the tag handle.

import { isBlank, isBlankZ, type Reader } from './reader'
import type { Token } from './tokens'

export function scanDirective(r: Reader): Token {
  const start = r.here()
  r.skip()
  const name = r.readName()
  if (!name) r.fail(start, 'could not find expected directive name')
  if (!isBlankZ(r.ch())) r.fail(start, 'found unexpected non-alphabetical character')
  let rest = ''
  r.skipBlanks()
  while (!isBlankZ(r.ch()) || (isBlank(r.ch()) && name === 'TAG')) {
    rest += r.ch()
    r.skip()
  }
  let token: Token
  if (name === 'YAML') {
    if (!/^\d+\.\d+$/.test(rest)) r.fail(start, 'did not find expected digit or \'.\' character')
    token = { type: 'VERSION-DIRECTIVE', start, end: r.here(), value: rest }
  } else if (name === 'TAG') {
    token = { type: 'TAG-DIRECTIVE', start, end: r.here(), value: rest.trim().split(/\s+/)[0] }
  } else r.fail(start, 'found unknown directive name')
  r.finishLine(start)
  return token
}

export function scanAnchor(r: Reader, type: 'ALIAS' | 'ANCHOR'): Token {
  const start = r.here()
  r.skip()
  const name = r.readName()
  const end = r.here()
  if (!name || !(isBlankZ(r.ch()) || '?:,]}%@`'.includes(r.ch()))) {
    r.fail(start, 'did not find expected alphabetic or numeric character')
  }
  return { type, start, end, value: name }
}

export function scanTag(r: Reader): Token {
  const start = r.here()
  let text = ''
  if (r.ch(1) === '<') {
    r.skip()
    r.skip()
    while (!isBlankZ(r.ch()) && r.ch() !== '>') r.skip()
    if (r.ch() !== '>') r.fail(start, "did not find the expected '>'")
    r.skip()
  } else {
    while (!isBlankZ(r.ch())) {
      text += r.ch()
      r.skip()
    }
  }
  if (!isBlankZ(r.ch())) r.fail(start, 'did not find expected whitespace or line break')
  const handle = /^(![0-9A-Za-z_-]*!)/.exec(text)?.[1] ?? '!'
  return { type: 'TAG', start, end: r.here(), value: handle }
}
