export interface MatchQuery {
  /** An FTS5 MATCH expression made only of quoted strings, safe whatever the user typed. */
  match: string
  /** The words as the user typed them, for highlighting on the target view. */
  terms: string[]
}

const wordChar = /[\p{L}\p{N}]/u
const edgePunctuation = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu

/**
 * Turns what the user typed into an FTS5 query: every word must match (in any order),
 * the last one as a prefix because the user may still be typing it. Each word is a
 * quoted string, so FTS5 syntax in the input (`"`, `*`, `AND`, `-`, `NEAR(`, `col:`) is
 * searched for as text and can never make the query fail.
 */
export function buildMatchQuery(input: string): MatchQuery | null {
  const terms = input
    .split(/\s+/)
    .map((word) => word.replace(edgePunctuation, ''))
    .filter((word) => wordChar.test(word))
  if (terms.length === 0) return null
  const quoted = terms.map((t) => `"${t.replaceAll('"', '""')}"`)
  quoted[quoted.length - 1] += '*'
  return { match: quoted.join(' '), terms }
}
