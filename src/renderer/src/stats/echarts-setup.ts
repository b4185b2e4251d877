// Only the parts of echarts the statistics use, so the lazy chunk stays small. The SVG
// renderer draws with DOM elements: nothing evaluated, nothing fetched (strict CSP).
import { init, use } from 'echarts/core'
import { BarChart, HeatmapChart, PieChart } from 'echarts/charts'
import { CalendarComponent, GridComponent, LegendComponent, TooltipComponent, VisualMapComponent } from 'echarts/components'
import { SVGRenderer } from 'echarts/renderers'

use([BarChart, HeatmapChart, PieChart, CalendarComponent, GridComponent, LegendComponent, TooltipComponent, VisualMapComponent, SVGRenderer])

export { init }
