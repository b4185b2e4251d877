import { describe, expect, it } from 'vitest'
import type { StatsSummary } from '@shared/api'
import { dayLabel, heatmapOption, localDay, masteryOption, statesOption } from '@renderer/stats/chart-options'
import type { ChartPalette } from '@renderer/stats/chart-types'

const palette: ChartPalette = {
  text: '#111', muted: '#666', border: '#ddd', surface: '#fff', surface2: '#eee',
  accent: '#36c', accentSoft: '#def', ok: '#070', warn: '#a60', danger: '#b00'
}

describe('statistics charts', () => {
  it('covers the 365 days ending today in the heatmap, scaled to the busiest day', () => {
    const option = heatmapOption([{ day: '2025-03-02', count: 7 }, { day: '2025-11-25', count: 31 }], palette, new Date(2025, 10, 26))
    const calendar = option.calendar as { range: string[] }
    expect(calendar.range).toEqual(['2024-11-27', '2025-11-26'])
    expect((option.visualMap as { max: number }).max).toBe(31)
    expect((option.series as { data: unknown[] }[])[0]!.data).toEqual([['2025-03-02', 7], ['2025-11-25', 31]])
  })

  it('writes days the French way', () => {
    expect(localDay(new Date(2025, 0, 5))).toBe('2025-01-05')
    expect(dayLabel('2025-02-09')).toBe('9 févr. 2025')
  })

  it('shows live states only, with the count in the legend', () => {
    const states: StatsSummary['states'] = { new: 300, learning: 4, review: 12, relearning: 0, suspended: 2, retired: 9 }
    const option = statesOption(states, palette)
    const data = (option.series as { data: { name: string; value: number }[] }[])[0]!.data
    expect(data.map((d) => [d.name, d.value])).toEqual([
      ['Nouvelles', 300],
      ['Apprentissage', 4],
      ['Révision', 12],
      ['Suspendues', 2]
    ])
    const legend = option.legend as { formatter: (name: string) => string }
    expect(legend.formatter('Révision')).toBe('Révision  12')
  })

  it('puts the first chapter on top and never lets a course title become markup', () => {
    const mastery: StatsSummary['mastery'] = [
      { courseId: 'k', chapterIndex: 0, title: '', faces: 10, studied: 4, meanRetrievability: 0.876 },
      { courseId: 'k', chapterIndex: 1, title: '<img src=x onerror=alert(1)>', faces: 5, studied: 0, meanRetrievability: null }
    ]
    const option = masteryOption(mastery, palette)
    expect((option.yAxis as { data: string[] }).data).toEqual(['<img src=x onerror=alert(1)>', 'Introduction'])
    expect((option.series as { data: (number | null)[] }[])[0]!.data).toEqual([null, 87.6])
    const tooltip = option.tooltip as { formatter: (p: unknown) => string }
    expect(tooltip.formatter({ dataIndex: 0 })).toContain('&lt;img')
    expect(tooltip.formatter({ dataIndex: 1 })).toBe('Introduction : 88 % sur 4 / 10 faces étudiées')
  })
})
