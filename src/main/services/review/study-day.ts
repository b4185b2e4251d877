const hourMs = 3_600_000

/**
 * The study day holding `now`: from `dayStartHour` local time to the same hour the
 * next day, so a late-night session counts for the day it started (as in Anki).
 */
export function studyDay(now: number, dayStartHour: number): { start: number; end: number } {
  const start = new Date(now)
  start.setHours(dayStartHour, 0, 0, 0)
  if (start.getTime() > now) start.setDate(start.getDate() - 1)
  const end = new Date(start)
  end.setDate(end.getDate() + 1)
  return { start: start.getTime(), end: end.getTime() }
}

/** The local calendar date (YYYY-MM-DD) of the study day holding `time`. */
export function studyDate(time: number, dayStartHour: number): string {
  const d = new Date(time - dayStartHour * hourMs)
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}
