import type { ComposeOption } from 'echarts/core'
import type { BarSeriesOption, HeatmapSeriesOption, PieSeriesOption } from 'echarts/charts'
import type {
  CalendarComponentOption,
  GridComponentOption,
  LegendComponentOption,
  TooltipComponentOption,
  VisualMapComponentOption
} from 'echarts/components'

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | HeatmapSeriesOption
  | PieSeriesOption
  | CalendarComponentOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
  | VisualMapComponentOption
>

/** The app's theme colours, read from its CSS variables so charts follow light and dark. */
export interface ChartPalette {
  text: string
  muted: string
  border: string
  surface: string
  surface2: string
  accent: string
  accentSoft: string
  ok: string
  warn: string
  danger: string
}
