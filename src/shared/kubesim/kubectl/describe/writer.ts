import { formatTabbed } from '../output/tabwriter'

// describe.go tabbedString + PrefixWriter: text written at an indent level (two
// spaces per level), aligned by Go's tabwriter (minwidth 0, padding 2). A flush
// (DescribeEvents does one) aligns what came before on its own.

export class DescribeWriter {
  private segments: string[] = []
  private buf = ''

  write(level: number, text: string): void {
    this.buf += '  '.repeat(level) + text
  }

  /** PrefixWriter.WriteLine: the text and a newline, without indent. */
  line(text: string): void {
    this.buf += text + '\n'
  }

  flush(): void {
    if (this.buf) this.segments.push(this.buf)
    this.buf = ''
  }

  toString(): string {
    this.flush()
    return this.segments.map((s) => formatTabbed(s, { minWidth: 0, padding: 2 })).join('')
  }
}

/** printTemplate (polymorphichelpers/history.go) writes through a bare PrefixWriter: tabs stay tabs. */
export class RawWriter extends DescribeWriter {
  private text = ''
  override write(level: number, text: string): void {
    this.text += '  '.repeat(level) + text
  }
  override line(text: string): void {
    this.text += text + '\n'
  }
  override flush(): void {}
  override toString(): string {
    return this.text
  }
}
