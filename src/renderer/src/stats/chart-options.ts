import type { DayCount, StatsSummary } from '@shared/api'
import { escapeHtml } from '@shared/markdown/escape'
import type { ChartOption, ChartPalette } from './chart-types'
import { fmt, messages } from '../i18n'
import { plural } from '../i18n/plural'

const m = messages.stats
const pad = (n: number) => String(n).padStart(2, '0')

/** A local date as the API writes study days: YYYY-MM-DD. */
export function localDay(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** `2025-11-26` → `26 nov. 2025`, without time-zone surprises. */
export function dayLabel(day: string, withYear = true): string {
  const [y, mo, d] = day.split('-').map(Number)
  return `${d} ${m.months[mo - 1]}${withYear ? ` ${y}` : ''}`
}

const tooltip = (palette: ChartPalette) => ({
  backgroundColor: palette.surface,
  borderColor: palette.border,
  textStyle: { color: palette.text, fontSize: 13 }
})

/** Reviews per day over the 365 days ending `today`, as a calendar heatmap. */
export function heatmapOption(days: DayCount[], palette: ChartPalette, today = new Date()): ChartOption {
  const start = new Date(today.getFullYear(), today.getMonth(), today.getDate() - 364)
  const max = Math.max(1, ...days.map((d) => d.count))
  return {
    tooltip: {
      ...tooltip(palette),
      formatter: (params) => {
        const [day, count] = (params as unknown as { value: [string, number] }).value
        return plural(m.heatmapTooltip, count, { day: dayLabel(day) })
      }
    },
    visualMap: {
      type: 'continuous',
      min: 1,
      max,
      calculable: false,
      orient: 'horizontal',
      right: 8,
      bottom: 0,
      itemHeight: 90,
      itemWidth: 10,
      text: [m.more, m.less],
      textStyle: { color: palette.muted, fontSize: 11 },
      inRange: { color: [palette.accentSoft, palette.accent] }
    },
    calendar: {
      range: [localDay(start), localDay(today)],
      top: 24,
      left: 30,
      right: 8,
      bottom: 34,
      cellSize: ['auto', 'auto'],
      splitLine: { show: false },
      itemStyle: { color: palette.surface2, borderColor: palette.surface, borderWidth: 3 },
      dayLabel: { firstDay: 1, nameMap: [...m.days], color: palette.muted, fontSize: 10 },
      monthLabel: { nameMap: [...m.months], color: palette.muted, fontSize: 11 },
      yearLabel: { show: false }
    },
    series: [{ type: 'heatmap', coordinateSystem: 'calendar', data: days.map((d) => [d.day, d.count]) }]
  }
}

/** Faces coming due on each of the next 30 days. */
export function forecastOption(days: DayCount[], palette: ChartPalette): ChartOption {
  return {
    tooltip: {
      ...tooltip(palette),
      trigger: 'axis',
      formatter: (params) => {
        const [first] = params as { dataIndex: number }[]
        const day = days[first?.dataIndex ?? 0]
        return day ? plural(m.forecastTooltip, day.count, { day: dayLabel(day.day) }) : ''
      }
    },
    grid: { top: 16, left: 40, right: 12, bottom: 28 },
    xAxis: {
      type: 'category',
      data: days.map((d, i) => (i === 0 ? m.today : dayLabel(d.day, false))),
      axisLabel: { color: palette.muted, fontSize: 11 },
      axisLine: { lineStyle: { color: palette.border } },
      axisTick: { show: false }
    },
    yAxis: {
      type: 'value',
      minInterval: 1,
      axisLabel: { color: palette.muted, fontSize: 11 },
      splitLine: { lineStyle: { color: palette.border, type: 'dashed' } }
    },
    series: [
      {
        type: 'bar',
        data: days.map((d) => d.count),
        itemStyle: { color: palette.accent, borderRadius: [3, 3, 0, 0] },
        barMaxWidth: 18
      }
    ]
  }
}

type StateName = keyof StatsSummary['states']

/** Cards by state; retired faces are history only and not shown. */
export function statesOption(states: StatsSummary['states'], palette: ChartPalette): ChartOption {
  const colours: Partial<Record<StateName, string>> = {
    new: palette.accent,
    learning: palette.danger,
    review: palette.ok,
    relearning: palette.warn,
    suspended: palette.muted
  }
  const names = Object.keys(colours) as StateName[]
  const count = new Map(names.map((name) => [m.stateNames[name] as string, states[name]]))
  return {
    tooltip: { ...tooltip(palette), trigger: 'item', formatter: '{b} : {c} ({d} %)' },
    legend: {
      orient: 'vertical',
      right: 0,
      top: 'middle',
      icon: 'circle',
      itemGap: 12,
      textStyle: { color: palette.text, fontSize: 13 },
      formatter: (name) => `${name}  ${count.get(name) ?? 0}`
    },
    series: [
      {
        type: 'pie',
        radius: ['50%', '80%'],
        center: ['32%', '50%'],
        itemStyle: { borderColor: palette.surface, borderWidth: 2 },
        label: { show: false },
        data: names
          .filter((name) => states[name] > 0)
          .map((name) => ({ name: m.stateNames[name], value: states[name], itemStyle: { color: colours[name] } }))
      }
    ]
  }
}

/** Mean probability of recall of each chapter's studied faces, in course order. */
export function masteryOption(mastery: StatsSummary['mastery'], palette: ChartPalette): ChartOption {
  const rows = [...mastery].reverse()
  const short = (title: string) => (title.length > 34 ? `${title.slice(0, 33)}…` : title)
  return {
    tooltip: {
      ...tooltip(palette),
      trigger: 'item',
      formatter: (params) => {
        const row = rows[(params as { dataIndex: number }).dataIndex]
        if (!row) return ''
        const percent = row.meanRetrievability === null ? m.noData : Math.round(row.meanRetrievability * 100)
        // echarts writes tooltip text as HTML: course titles must not become markup.
        return fmt(m.masteryTooltip, { title: escapeHtml(row.title || messages.course.opening), percent, studied: row.studied, faces: row.faces })
      }
    },
    grid: { top: 8, left: 8, right: 40, bottom: 24, containLabel: true },
    xAxis: {
      type: 'value',
      min: 0,
      max: 100,
      axisLabel: { color: palette.muted, fontSize: 11, formatter: '{value} %' },
      splitLine: { lineStyle: { color: palette.border, type: 'dashed' } }
    },
    yAxis: {
      type: 'category',
      data: rows.map((row) => short(row.title || messages.course.opening)),
      axisLabel: { color: palette.text, fontSize: 12 },
      axisLine: { lineStyle: { color: palette.border } },
      axisTick: { show: false }
    },
    series: [
      {
        type: 'bar',
        data: rows.map((row) => (row.meanRetrievability === null ? null : Math.round(row.meanRetrievability * 1000) / 10)),
        itemStyle: { color: palette.ok, borderRadius: [0, 3, 3, 0] },
        label: { show: true, position: 'right', color: palette.muted, fontSize: 11, formatter: '{c} %' },
        barMaxWidth: 16
      }
    ]
  }
}
