import { ApiException, type ApiStatus } from '../engine/contract'
import { JsonPathError } from './output/jsonpath'
import { OutputFormatError } from './output/generic'

// How kubectl turns an error into its last words on stderr (cmd/util/helpers.go
// checkErr and StandardErrorMessage), always with exit code 1 unless said otherwise.

/** A plain kubectl error: printed as `error: <message>`. */
export class CmdError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1
  ) {
    super(message)
    this.name = 'CmdError'
  }
}

/** Output printed exactly as given (several lines, no `error:` prefix added). */
export class RawError extends Error {
  constructor(
    readonly text: string,
    readonly exitCode = 1
  ) {
    super(text)
    this.name = 'RawError'
  }
}

/** meta.NoResourceMatchError. */
export class NoResourceTypeError extends CmdError {
  constructor(readonly resource: string) {
    super(`the server doesn't have a resource type "${resource}"`)
  }
}

/** cmdutil.UsageErrorf: the message, then a pointer to `-h`. */
export function usageError(commandPath: string, message: string): CmdError {
  return new CmdError(`${message}\nSee '${commandPath} -h' for help and examples`)
}

/** The message of an API error as StandardErrorMessage / the Invalid case of checkErr print it. */
export function apiErrorMessage(status: ApiStatus): string {
  if (status.reason === 'Invalid') {
    const d = status.details
    let s = 'The request is invalid'
    if (!d) return status.message ? `${s}: ${status.message}` : s
    if (d.kind || d.name) s = `The ${d.kind ?? ''} ${JSON.stringify(d.name ?? '')} is invalid`
    else if (status.message && !d.causes?.length) s += ': ' + status.message
    const causes = [...new Set((d.causes ?? []).map((c) => `${c.field ?? ''}: ${c.message}`))]
    if (!causes.length) return s
    if (causes.length === 1) return `${s}: ${causes[0]}`
    return `${s}: \n${causes.map((c) => `* ${c}`).join('\n')}`
  }
  if (status.reason) return `Error from server (${status.reason}): ${status.message}`
  return `Error from server: ${status.message}`
}

/** Errors gathered while visiting objects; `plain` ones are not API errors. */
export type KubectlErrors = { text: string; plain?: boolean }[]

/**
 * CheckErr on what a command gathered: one error is printed as usual (`error: ` before a
 * plain one), several as utilerrors.Aggregate through MultipleErrors (one per line, no prefix).
 */
export function aggregateError(errors: KubectlErrors): RawError {
  if (errors.length === 1 && errors[0].plain) return new RawError(errors[0].text.startsWith('error: ') ? errors[0].text : `error: ${errors[0].text}`)
  return new RawError(errors.map((e) => e.text).join('\n'))
}

/** AddSourceToErr: `error when creating "web.yaml": …`. */
export function withSource(e: unknown, verb: string, source: string): unknown {
  if (!source) return e
  if (e instanceof ApiException) {
    return new ApiException({ ...e.status, message: `error when ${verb} ${JSON.stringify(source)}: ${e.status.message}` })
  }
  if (e instanceof CmdError) return new CmdError(`error when ${verb} ${JSON.stringify(source)}: ${e.message}`, e.exitCode)
  return e
}

/** Text for stderr (ending in a newline) and the exit code. */
export function describeError(e: unknown, commandPath: string): { text: string; exitCode: number } {
  if (e instanceof KlogError) return { text: klogLine(e.message, e.now) + '\n', exitCode: 1 }
  if (e instanceof RawError) return { text: e.text.endsWith('\n') || !e.text ? e.text : e.text + '\n', exitCode: e.exitCode }
  if (e instanceof ApiException) return { text: apiErrorMessage(e.status) + '\n', exitCode: 1 }
  if (e instanceof CmdError) {
    const msg = e.message.startsWith('error: ') ? e.message : `error: ${e.message}`
    return { text: msg.endsWith('\n') ? msg : msg + '\n', exitCode: e.exitCode }
  }
  if (e instanceof OutputFormatError || e instanceof JsonPathError) return { text: `error: ${e.message}\n`, exitCode: 1 }
  if (e instanceof Error && e.name === 'FlagError') {
    // returned by cobra before kubectl's logging starts: component-base cli.Run prints "Error: "
    return { text: `Error: ${e.message}\nSee '${commandPath} --help' for usage.\n`, exitCode: 1 }
  }
  // a bug in the simulator, not a kubectl error: said plainly, never thrown at the terminal
  const message = e instanceof Error ? e.message : String(e)
  return { text: `error: ${INTERNAL_ERROR}: ${message}\n`, exitCode: 1 }
}

/**
 * cobra's missing required flags, returned after kubectl's logging started: component-base
 * cli.Run logs it with klog (`E0303 09:00:00.000000    4242 run.go:72] "command failed" err="…"`).
 */
export class KlogError extends Error {
  constructor(
    message: string,
    readonly now: number
  ) {
    super(message)
    this.name = 'KlogError'
  }
}

function klogLine(message: string, now: number): string {
  const d = new Date(now)
  const two = (n: number): string => String(n).padStart(2, '0')
  const stamp = `${two(d.getUTCMonth() + 1)}${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}.${String(d.getUTCMilliseconds() * 1000).padStart(6, '0')}`
  return `E${stamp} ${'4242'.padStart(7)} run.go:72] "command failed" err=${JSON.stringify(message)}`
}

/** How an unexpected exception inside the simulator is reported (the fuzz test looks for it). */
export const INTERNAL_ERROR = 'internal error in the simulator'
