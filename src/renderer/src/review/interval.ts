import { fmt, messages } from '../i18n'

const minute = 60_000
const hour = 60 * minute
const day = 24 * hour
const m = messages.review.interval

const round = (value: number): string =>
  value >= 10 ? String(Math.round(value)) : String(Math.round(value * 10) / 10).replace('.', ',')

/** The wait before a card comes back, as Anki shows it on its buttons: 10 min, 3 j, 2,5 mois. */
export function formatInterval(ms: number): string {
  if (ms < hour) return fmt(m.minutes, { n: Math.max(1, Math.round(ms / minute)) })
  if (ms < day) return fmt(m.hours, { n: round(ms / hour) })
  const days = ms / day
  if (days < 30) return fmt(m.days, { n: Math.round(days) })
  if (days < 365) return fmt(m.months, { n: round(days / 30) })
  const years = days / 365
  return fmt(years < 2 ? m.years : m.yearsPlural, { n: round(years) })
}
