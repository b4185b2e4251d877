/** RFC 3339 at second precision, UTC, as metav1.Time serialises. */
let lastSecond = NaN
let lastText = ''

export function rfc3339(ms: number): string {
  const second = Math.floor(ms / 1000)
  if (second !== lastSecond) {
    lastSecond = second
    lastText = new Date(second * 1000).toISOString().replace('.000Z', 'Z')
  }
  return lastText
}

/** RFC 3339 with microseconds, as metav1.MicroTime (event times, lease renewals). */
let lastMicroMs = NaN
let lastMicroText = ''

export function rfc3339Micro(ms: number): string {
  const whole = Math.floor(ms)
  if (whole !== lastMicroMs) {
    lastMicroMs = whole
    lastMicroText = new Date(whole).toISOString().replace(/\.(\d{3})Z$/, (_, milli: string) => `.${milli}000Z`)
  }
  return lastMicroText
}

/** Timestamps come in runs of the same instant: the last one parsed is remembered. */
let lastParsedText = ''
let lastParsed: number | undefined

export function parseTime(text: string | undefined): number | undefined {
  if (!text) return undefined
  if (text === lastParsedText) return lastParsed
  const ms = Date.parse(text)
  lastParsedText = text
  lastParsed = Number.isNaN(ms) ? undefined : ms
  return lastParsed
}

export const SECOND = 1000
export const MINUTE = 60 * SECOND
export const HOUR = 60 * MINUTE
export const DAY = 24 * HOUR
