// Standard 5-field cron schedules (robfig/cron's ParseStandard), evaluated in UTC as
// kube-controller-manager does on a kubeadm node.

export interface Schedule {
  minute: Set<number>
  hour: Set<number>
  dom: Set<number>
  month: Set<number>
  dow: Set<number>
  domStar: boolean
  dowStar: boolean
}

const DESCRIPTORS: Record<string, string> = {
  '@yearly': '0 0 1 1 *',
  '@annually': '0 0 1 1 *',
  '@monthly': '0 0 1 * *',
  '@weekly': '0 0 * * 0',
  '@daily': '0 0 * * *',
  '@midnight': '0 0 * * *',
  '@hourly': '0 * * * *'
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat']

function parseValue(text: string, names: string[] | undefined, offset: number): number {
  const lower = text.toLowerCase()
  if (names) {
    const i = names.indexOf(lower)
    if (i >= 0) return i + offset
  }
  if (!/^\d+$/.test(text)) throw new Error(`failed to parse int from ${text}: strconv.Atoi: parsing ${JSON.stringify(text)}: invalid syntax`)
  return parseInt(text, 10)
}

function parseField(field: string, min: number, max: number, names?: string[], offset = 0): { set: Set<number>; star: boolean } {
  const set = new Set<number>()
  let star = false
  for (const part of field.split(',')) {
    const [range, stepText] = part.split('/')
    let lo: number
    let hi: number
    if (range === '*' || range === '?') {
      lo = min
      hi = max
      if (stepText === undefined) star = true
    } else {
      const dash = range.split('-')
      lo = parseValue(dash[0], names, offset)
      hi = dash.length > 1 ? parseValue(dash[1], names, offset) : stepText !== undefined ? max : lo
      if (dash.length > 2) throw new Error(`too many hyphens: ${part}`)
    }
    const step = stepText === undefined ? 1 : parseValue(stepText, undefined, 0)
    if (lo < min) throw new Error(`beginning of range (${lo}) below minimum (${min}): ${part}`)
    if (hi > max) throw new Error(`end of range (${hi}) above maximum (${max}): ${part}`)
    if (lo > hi) throw new Error(`beginning of range (${lo}) beyond end of range (${hi}): ${part}`)
    if (step === 0) throw new Error(`step of range should be a positive number: ${part}`)
    for (let v = lo; v <= hi; v += step) set.add(v)
  }
  return { set, star }
}

export function parseSchedule(text: string): { schedule?: Schedule; error?: string } {
  let spec = text.trim()
  if (spec.startsWith('TZ=') || spec.startsWith('CRON_TZ=')) spec = spec.slice(spec.indexOf(' ') + 1).trim()
  if (spec.startsWith('@')) {
    if (spec.startsWith('@every ')) return { error: 'unparseable schedule: @every is not supported' }
    const expanded = DESCRIPTORS[spec]
    if (!expanded) return { error: `unrecognized descriptor: ${spec}` }
    spec = expanded
  }
  const fields = spec.split(/\s+/).filter(Boolean)
  if (fields.length !== 5) return { error: `expected exactly 5 fields, found ${fields.length}: [${fields.join(' ')}]` }
  try {
    const dom = parseField(fields[2], 1, 31)
    const dow = parseField(fields[4], 0, 7, DAYS)
    if (dow.set.has(7)) {
      dow.set.delete(7)
      dow.set.add(0)
    }
    return {
      schedule: {
        minute: parseField(fields[0], 0, 59).set,
        hour: parseField(fields[1], 0, 23).set,
        dom: dom.set,
        month: parseField(fields[3], 1, 12, MONTHS, 1).set,
        dow: dow.set,
        domStar: dom.star,
        dowStar: dow.star
      }
    }
  } catch (e) {
    return { error: (e as Error).message }
  }
}

function dayMatches(s: Schedule, d: Date): boolean {
  const domOk = s.dom.has(d.getUTCDate())
  const dowOk = s.dow.has(d.getUTCDay())
  if (s.domStar || s.dowStar) return domOk && dowOk
  return domOk || dowOk
}

/** The first scheduled instant strictly after `after` (epoch ms), or undefined within 5 years. */
export function nextRun(s: Schedule, after: number): number | undefined {
  const limit = after + 5 * 366 * 24 * 3600 * 1000
  const d = new Date(Math.floor(after / 60000) * 60000 + 60000)
  while (d.getTime() <= limit) {
    if (!s.month.has(d.getUTCMonth() + 1)) {
      d.setUTCMonth(d.getUTCMonth() + 1, 1)
      d.setUTCHours(0, 0, 0, 0)
      continue
    }
    if (!dayMatches(s, d)) {
      d.setUTCDate(d.getUTCDate() + 1)
      d.setUTCHours(0, 0, 0, 0)
      continue
    }
    if (!s.hour.has(d.getUTCHours())) {
      d.setUTCHours(d.getUTCHours() + 1, 0, 0, 0)
      continue
    }
    if (!s.minute.has(d.getUTCMinutes())) {
      d.setUTCMinutes(d.getUTCMinutes() + 1, 0, 0)
      continue
    }
    return d.getTime()
  }
  return undefined
}
