import type { EChartsOption } from 'echarts'
import { FONT, PALETTE } from './palette'

/** A heatmap of values per (row, column), e.g. theme prevalence per group, or codes used together. */
export function heatmapOption(
  columns: string[],
  rows: string[],
  cells: [number, number, number][],
  max: number,
  unit = '',
): EChartsOption {
  return {
    animation: false,
    textStyle: { fontFamily: FONT },
    grid: { left: 8, right: 8, top: 8, bottom: 60, containLabel: true },
    tooltip: {
      formatter: (p: unknown) => {
        const v = (p as { value: [number, number, number] }).value
        return `${rows[v[1]]} · ${columns[v[0]]} · ${Math.round(v[2])}${unit}`
      },
    },
    xAxis: {
      type: 'category',
      data: columns,
      axisLabel: { fontSize: 10, rotate: 45, color: PALETTE.ink },
      splitArea: { show: true },
    },
    yAxis: {
      type: 'category',
      data: rows,
      inverse: true,
      axisLabel: { fontSize: 11, color: PALETTE.ink },
      splitArea: { show: true },
    },
    visualMap: { min: 0, max: Math.max(1, max), show: false, inRange: { color: ['#F4F7F8', '#9CC6CA', PALETTE.said] } },
    series: [
      {
        type: 'heatmap',
        data: cells,
        label: {
          show: true,
          fontSize: 9,
          formatter: (p: { value: unknown }) => {
            const v = (p.value as number[])[2]!
            return v > 0 ? String(Math.round(v)) : ''
          },
        },
        emphasis: { itemStyle: { borderColor: PALETTE.ink, borderWidth: 1 } },
      },
    ],
  }
}
