import type { EChartsOption } from 'echarts'
import type { CollectiveScore } from '../../domain/diagnosis/result'
import { FONT, PALETTE } from './palette'

/** Each collective's CoP score (0-5); those the organisation calls communities stand out. */
export function copScoresOption(items: CollectiveScore[], labelOf: (label: string) => string): EChartsOption {
  const scored = items.filter((i) => i.score !== null)
  return {
    animation: false,
    textStyle: { fontFamily: FONT },
    grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (p: unknown) => {
        const i = scored[(p as { dataIndex: number }).dataIndex]!
        return `<b>${i.name}</b><br/>${labelOf(i.label)} · ${i.score}/5`
      },
    },
    xAxis: {
      type: 'value',
      min: 0,
      max: 5,
      interval: 1,
      axisLabel: { fontSize: 10, color: PALETTE.muted },
      splitLine: { lineStyle: { color: PALETTE.grid } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: scored.map((i) => i.name),
      axisTick: { show: false },
      axisLabel: { fontSize: 11, color: PALETTE.ink, width: 200, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        barWidth: 14,
        data: scored.map((i) => ({
          value: i.score,
          itemStyle: {
            color: i.mislabel ? PALETTE.warn : i.label === 'community' ? PALETTE.said : PALETTE.insufficient,
          },
        })),
        label: { show: true, position: 'right', fontSize: 10, color: PALETTE.muted },
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { color: PALETTE.muted, type: 'dashed' },
          label: { show: false },
          data: [{ xAxis: 4 }, { xAxis: 1.5 }],
        },
      },
    ],
  }
}
