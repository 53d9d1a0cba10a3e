import type { EChartsOption } from 'echarts'
import type { ThemeGap, MotiveCardGap } from '../../domain/diagnosis/result'
import { FONT, PALETTE, pct as defaultPct } from './palette'

export interface GapChartLabels {
  said: string
  believed: string
  benchmark?: string
  /** The name shown for a row (a code's name, a card's label). */
  name: (key: string) => string
  bandName: (band: string) => string
  indicative: string
  /** How a share is written (80 % in French, 80% in English). */
  percent?: (v: number | null) => string
}

type Row = Pick<ThemeGap | MotiveCardGap, 'expressed' | 'hypothesis' | 'gap' | 'band' | 'indicative'> & { key: string }

export const themeRows = (rows: ThemeGap[]): Row[] =>
  rows.filter((r) => r.gap !== null).map((r) => ({ ...r, key: r.code }))
export const cardRows = (rows: MotiveCardGap[]): Row[] =>
  rows.filter((r) => r.gap !== null).map((r) => ({ ...r, key: r.item }))

/**
 * The IBM-style chart: per theme, paired horizontal bars for the share who expressed a need and
 * the share of leaders who attributed it, sorted by expressed prevalence (rows arrive sorted).
 */
export function perceptionGapOption(rows: Row[], l: GapChartLabels, benchmark?: Record<string, number>): EChartsOption {
  const pct = l.percent ?? defaultPct
  const names = rows.map((r) => `${l.name(r.key)}${r.indicative ? ' *' : ''}`)
  const label = (position: 'right') => ({
    show: true,
    position,
    formatter: (p: { value: unknown }) => pct(p.value as number),
    fontSize: 10,
    color: PALETTE.muted,
  })
  return {
    animation: false,
    textStyle: { fontFamily: FONT },
    grid: { left: 8, right: 48, top: 32, bottom: 8, containLabel: true },
    legend: { top: 0, left: 0, itemWidth: 12, itemHeight: 10, textStyle: { fontSize: 11, color: PALETTE.ink } },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: unknown) => {
        const i = (params as { dataIndex: number }[])[0]!.dataIndex
        const r = rows[i]!
        const g = r.gap === null ? null : Math.round(r.gap)
        const gap = g === null ? '—' : `${g > 0 ? '+' : g < 0 ? '−' : ''}${Math.abs(g)}`
        // No colon: its spacing differs between French and English, and the chart knows no language.
        return `<b>${l.name(r.key)}</b><br/>${l.said} · ${pct(r.expressed)}<br/>${l.believed} · ${pct(r.hypothesis)}<br/>${gap} · ${r.band ? l.bandName(r.band) : ''}${r.indicative ? ` · ${l.indicative}` : ''}`
      },
    },
    xAxis: {
      type: 'value',
      max: 100,
      min: 0,
      axisLabel: { formatter: (v: number) => pct(v), fontSize: 10, color: PALETTE.muted },
      splitLine: { lineStyle: { color: PALETTE.grid } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: names,
      axisTick: { show: false },
      axisLine: { lineStyle: { color: PALETTE.grid } },
      axisLabel: { fontSize: 11, color: PALETTE.ink, width: 220, overflow: 'break' },
    },
    series: [
      {
        name: l.said,
        type: 'bar',
        barGap: '10%',
        barCategoryGap: '35%',
        itemStyle: { color: PALETTE.said },
        label: label('right'),
        data: rows.map((r) => r.expressed),
      },
      {
        name: l.believed,
        type: 'bar',
        itemStyle: { color: PALETTE.believed },
        label: label('right'),
        data: rows.map((r) => r.hypothesis),
      },
      ...(benchmark && l.benchmark
        ? [
            {
              name: l.benchmark,
              type: 'scatter' as const,
              symbol: 'diamond',
              symbolSize: 9,
              itemStyle: { color: PALETTE.benchmark },
              data: rows.map((r) => benchmark[r.key] ?? null),
            },
          ]
        : []),
    ],
  }
}
