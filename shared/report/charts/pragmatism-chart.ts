import type { EChartsOption } from 'echarts'
import { GROUPS, type Group } from '../../domain/groups'
import type { GroupPragmatism } from '../../domain/diagnosis/result'
import { FONT, PALETTE } from './palette'

export interface PragmatismChartLabels {
  group: (g: Group) => string
  pragmatic: string
  mixed: string
  relational: string
  insufficient: string
}

/** Respondents of each group by pragmatism band, stacked. */
export function pragmatismOption(byGroup: Record<Group, GroupPragmatism>, l: PragmatismChartLabels): EChartsOption {
  const groups = GROUPS.filter((g) => byGroup[g].label !== null)
  const series = (name: string, color: string, pick: (p: GroupPragmatism) => number, labelColor = '#fff') => ({
    name,
    type: 'bar' as const,
    stack: 'all',
    barWidth: 22,
    itemStyle: { color },
    label: {
      show: true,
      formatter: (p: { value: unknown }) => ((p.value as number) > 0 ? String(p.value) : ''),
      color: labelColor,
      fontSize: 11,
    },
    data: groups.map((g) => pick(byGroup[g])),
  })
  return {
    animation: false,
    textStyle: { fontFamily: FONT },
    grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
    legend: { top: 0, left: 0, itemWidth: 12, itemHeight: 10, textStyle: { fontSize: 11 } },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: {
      type: 'value',
      minInterval: 1,
      axisLabel: { fontSize: 10, color: PALETTE.muted },
      splitLine: { lineStyle: { color: PALETTE.grid } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: groups.map(l.group),
      axisTick: { show: false },
      axisLabel: { fontSize: 11, color: PALETTE.ink },
    },
    series: [
      series(l.pragmatic, PALETTE.pragmatic, (p) => p.distribution.pragmatic),
      series(l.mixed, PALETTE.mixed, (p) => p.distribution.mixed),
      series(l.relational, PALETTE.relational, (p) => p.distribution.relational),
      series(l.insufficient, PALETTE.insufficient, (p) => p.distribution.insufficientEvidence, PALETTE.ink),
    ],
  }
}
