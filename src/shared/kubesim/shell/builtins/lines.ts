/** The lines of a text as Unix tools see them: a final newline does not start an empty line. */
export function splitLines(text: string): string[] {
  if (!text) return []
  const lines = text.split('\n')
  if (lines[lines.length - 1] === '') lines.pop()
  return lines
}

export function joinLines(lines: string[]): string {
  return lines.length ? lines.join('\n') + '\n' : ''
}
