/** A course file that cannot be read as slides; the message is shown to the user as is. */
export class CourseParseError extends Error {
  readonly file: string
  /** 1-based line of the problem. */
  readonly line: number
  /** The problem without the file and line prefix. */
  readonly reason: string

  constructor(file: string, line: number, reason: string) {
    super(`${file}, ligne ${line} : ${reason}`)
    this.name = 'CourseParseError'
    this.file = file
    this.line = line
    this.reason = reason
  }
}
