import * as echarts from 'echarts'
import type { EChartsOption } from 'echarts'

/** Page width of a figure in CSS pixels (A4 less the margins). */
export const FIGURE_WIDTH = 640

/** Renders a chart to an SVG string with ECharts' server-side renderer: no DOM, no canvas. */
export function chartSvg(option: EChartsOption, height: number, width = FIGURE_WIDTH): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height })
  try {
    chart.setOption({ ...option, animation: false, tooltip: undefined })
    return chart.renderToSVGString()
  } finally {
    chart.dispose()
  }
}
