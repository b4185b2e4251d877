import { Failure, type Mark } from './failure'

export const isBreak = (c: string): boolean => c === '\r' || c === '\n' || c === '\u0085' || c === '\u2028' || c === '\u2029'
export const isZ = (c: string): boolean => c === '\0'
export const isBlank = (c: string): boolean => c === ' ' || c === '\t'
export const isBlankZ = (c: string): boolean => isBlank(c) || isBreak(c) || isZ(c)
export const isBreakZ = (c: string): boolean => isBreak(c) || isZ(c)
const isAlpha = (c: string): boolean => /^[0-9A-Za-z_-]$/.test(c)

/**
 * The scanner's cursor over the input (scannerc.go's buffer and mark): characters are
 * code points, and `\0` stands for the end of the input, as in go-yaml.
 */
export class Reader {
  private readonly chars: string[]
  private pos = 0
  readonly mark: Mark = { index: 0, line: 0, column: 0 }

  constructor(text: string) {
    this.chars = [...(text.length ? text : '\n')]
  }

  ch(offset = 0): string {
    return this.chars[this.pos + offset] ?? '\0'
  }

  here(): Mark {
    return { ...this.mark }
  }

  /** A scanner error at the current position. */
  fail(context: Mark | undefined, problem: string): never {
    throw new Failure('scanner', problem, this.here(), context)
  }

  skip(): void {
    this.mark.index++
    this.mark.column++
    this.pos++
  }

  skipLine(): void {
    if (this.ch() === '\r' && this.ch(1) === '\n') {
      this.mark.index += 2
      this.pos += 2
    } else if (isBreak(this.ch())) {
      this.mark.index++
      this.pos++
    } else return
    this.mark.column = 0
    this.mark.line++
  }

  /** `---` or `...` at the start of a line, followed by a blank or the end of the line. */
  documentIndicator(): '---' | '...' | undefined {
    if (this.mark.column !== 0 || !isBlankZ(this.ch(3))) return undefined
    const three = this.ch() + this.ch(1) + this.ch(2)
    return three === '---' || three === '...' ? three : undefined
  }

  /** Letters, digits, `_` and `-`: a directive, anchor or alias name. */
  readName(): string {
    let name = ''
    while (isAlpha(this.ch())) {
      name += this.ch()
      this.skip()
    }
    return name
  }

  skipBlanks(): void {
    while (isBlank(this.ch())) this.skip()
  }

  skipComment(): void {
    if (this.ch() === '#') while (!isBreakZ(this.ch())) this.skip()
  }

  /** What may follow a directive or a block scalar header: blanks, a comment, the line break. */
  finishLine(start: Mark): void {
    this.skipBlanks()
    this.skipComment()
    if (!isBreakZ(this.ch())) this.fail(start, 'did not find expected comment or line break')
    if (isBreak(this.ch())) this.skipLine()
  }
}
