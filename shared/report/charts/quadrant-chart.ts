import type { EChartsOption } from 'echarts'
import type { Group } from '../../domain/groups'
import type { QuadrantPoint } from '../../domain/diagnosis/quadrant'
import { FONT, GROUP_COLOURS, PALETTE } from './palette'

export interface QuadrantLabels {
  group: (g: Group) => string
  expressed: string
  hypothesis: string
  idealistCompany: string
}

/** Each group on the tools-versus-belonging map; the diagonal is agreement. */
export function quadrantOption(points: QuadrantPoint[], l: QuadrantLabels): EChartsOption {
  const axis = (name: string) => ({
    type: 'value' as const,
    min: -100,
    max: 100,
    name,
    nameLocation: 'middle' as const,
    nameGap: 26,
    nameTextStyle: { fontSize: 11, color: PALETTE.muted },
    axisLabel: { fontSize: 10, color: PALETTE.muted },
    splitLine: { lineStyle: { color: PALETTE.grid } },
  })
  return {
    animation: false,
    textStyle: { fontFamily: FONT },
    grid: { left: 48, right: 24, top: 16, bottom: 44 },
    xAxis: axis(l.expressed),
    yAxis: axis(l.hypothesis),
    series: [
      {
        type: 'scatter',
        symbolSize: 16,
        data: points.map((p) => ({
          value: [p.expressed, p.hypothesis],
          name: l.group(p.group),
          itemStyle: { color: GROUP_COLOURS[p.group] },
        })),
        label: {
          show: true,
          position: 'right',
          formatter: (p: { name: string }) => p.name,
          fontSize: 11,
          color: PALETTE.ink,
        },
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { color: PALETTE.muted, type: 'dashed' },
          data: [[{ coord: [-100, -100] }, { coord: [100, 100] }]],
        },
        markArea: {
          silent: true,
          itemStyle: { color: 'rgba(142, 91, 170, 0.07)' },
          label: { color: PALETTE.believed, fontSize: 11, position: 'insideTopLeft' },
          data: [[{ name: l.idealistCompany, coord: [-100, 0] }, { coord: [0, 100] }]],
        },
      },
    ],
  }
}
