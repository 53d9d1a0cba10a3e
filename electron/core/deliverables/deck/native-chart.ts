import type { Block } from '../../../../shared/report/report-document'
import { COLOUR, FONT, hexColour } from './deck-theme'

type Figure = Extract<Block, { kind: 'figure' }>
type Option = Record<string, unknown>
type Series = { name?: string; type?: string; stack?: string; itemStyle?: { color?: string }; data?: unknown[] }

/** One series of a native chart: what the client edits in PowerPoint's data sheet. */
export interface ChartSeries {
  name: string
  labels: string[]
  values: (number | null)[]
}

/** A native PowerPoint chart, from the report's own chart: the same figures, editable by the client. */
export interface NativeChart {
  type: 'bar' | 'scatter'
  data: ChartSeries[]
  options: Record<string, unknown>
}

const first = <T>(v: T | T[] | undefined): T | undefined => (Array.isArray(v) ? v[0] : v)
const valueOf = (d: unknown): number | null => {
  const v = d !== null && typeof d === 'object' && 'value' in d ? (d as { value: unknown }).value : d
  return typeof v === 'number' && Number.isFinite(v) ? v : null
}

const axisText = {
  catAxisLabelFontFace: FONT,
  valAxisLabelFontFace: FONT,
  legendFontFace: FONT,
  dataLabelFontFace: FONT,
}

/**
 * The figure as a native chart: bars (grouped or stacked, across as in the report) or the
 * quadrant's scatter. The report's ECharts option is the one source: categories, series, colours
 * and scales come from it, so the deck can never show other figures than the PDF.
 */
export function nativeChart(figure: Figure, percentFormat: string): NativeChart | null {
  const o = figure.option as Option
  const series = ((Array.isArray(o.series) ? o.series : [o.series]) as Series[]).filter(Boolean)
  const yAxis = first(o.yAxis as Option | Option[])
  const xAxis = first(o.xAxis as Option | Option[])
  if (series.every((s) => s.type === 'scatter') && xAxis?.type === 'value') return scatter(series, xAxis, yAxis)
  const categoryAxis = yAxis?.type === 'category' ? yAxis : xAxis?.type === 'category' ? xAxis : null
  if (!categoryAxis) return null
  const valueAxis = (categoryAxis === yAxis ? xAxis : yAxis) ?? {}
  const labels = (categoryAxis.data as unknown[]).map(String)
  const data = series.map((s, i) => ({
    name: s.name ?? figure.caption,
    labels,
    values: labels.map((_, j) => valueOf(s.data?.[j])),
    colour: s.itemStyle?.color ?? [COLOUR.accent, COLOUR.believed][i % 2]!,
  }))
  const percent = valueAxis.max === 100
  const stacked = series.some((s) => s.stack)
  const reversed = categoryAxis === yAxis && Boolean(categoryAxis.inverse)
  // A crowded chart keeps its figures in the data sheet and the notes, not on every bar.
  const labelled = labels.length * data.length <= 30
  return {
    type: 'bar',
    data: data.map(({ name, labels: l, values }) => ({ name, labels: l, values })),
    options: {
      barDir: categoryAxis === yAxis ? 'bar' : 'col',
      barGrouping: stacked ? 'stacked' : 'clustered',
      // The report lists the first category at the top.
      catAxisOrientation: reversed ? 'maxMin' : 'minMax',
      // With the categories top-down, the value axis runs along the bottom (PowerPoint); where
      // every bar carries its figure, the axis says nothing more and is left out.
      ...(reversed ? { catAxisCrossesAt: 'max' } : {}),
      ...(labelled ? { valAxisHidden: true } : {}),
      chartColors: data.map((d) => hexColour(d.colour)),
      showLegend: data.length > 1,
      legendPos: 't',
      legendFontSize: 11,
      catAxisLabelFontSize: 11,
      catAxisLabelColor: COLOUR.ink,
      valAxisLabelFontSize: 10,
      valAxisLabelColor: COLOUR.muted,
      ...(typeof valueAxis.min === 'number' ? { valAxisMinVal: valueAxis.min } : {}),
      ...(typeof valueAxis.max === 'number' ? { valAxisMaxVal: valueAxis.max } : {}),
      ...(percent ? { valAxisLabelFormatCode: percentFormat } : {}),
      // Stacked counts: a zero segment has no label, as in the report.
      dataLabelFormatCode: percent ? percentFormat : stacked ? '0;-0;;' : 'General',
      valGridLine: { color: COLOUR.grid, size: 0.75 },
      catGridLine: { style: 'none' },
      showValue: labelled,
      dataLabelFontSize: 9,
      dataLabelColor: stacked ? 'FFFFFF' : COLOUR.muted,
      ...(stacked ? {} : { dataLabelPosition: 'outEnd' }),
      barGapWidthPct: 60,
      ...axisText,
    },
  }
}

/** The quadrant: one series per point (a group), so each keeps its colour and its name in the legend. */
function scatter(series: Series[], xAxis: Option, yAxis: Option | undefined): NativeChart {
  const points = series.flatMap((s) =>
    (s.data ?? []).map((d) => {
      const p = d as { value: [number, number]; name?: string; itemStyle?: { color?: string } }
      return { x: p.value[0], y: p.value[1], name: p.name ?? s.name ?? '', colour: p.itemStyle?.color ?? COLOUR.accent }
    }),
  )
  const xs = points.map((p) => p.x)
  return {
    type: 'scatter',
    data: [
      { name: String(xAxis.name ?? 'x'), labels: [], values: xs },
      ...points.map((p, i) => ({
        name: p.name,
        labels: [],
        values: points.map((_, j) => (j === i ? p.y : null)),
      })),
    ],
    options: {
      chartColors: points.map((p) => hexColour(p.colour)),
      lineSize: 0,
      lineDataSymbol: 'circle',
      lineDataSymbolSize: 12,
      showLegend: true,
      legendPos: 'r',
      legendFontSize: 11,
      valAxisMinVal: typeof yAxis?.min === 'number' ? yAxis.min : -100,
      valAxisMaxVal: typeof yAxis?.max === 'number' ? yAxis.max : 100,
      catAxisMinVal: typeof xAxis.min === 'number' ? xAxis.min : -100,
      catAxisMaxVal: typeof xAxis.max === 'number' ? xAxis.max : 100,
      showValAxisTitle: true,
      valAxisTitle: String(yAxis?.name ?? ''),
      showCatAxisTitle: true,
      catAxisTitle: String(xAxis.name ?? ''),
      valAxisTitleFontSize: 11,
      catAxisTitleFontSize: 11,
      valAxisTitleColor: COLOUR.muted,
      catAxisTitleColor: COLOUR.muted,
      valAxisLabelFontSize: 10,
      catAxisLabelFontSize: 10,
      valGridLine: { color: COLOUR.grid, size: 0.75 },
      catGridLine: { color: COLOUR.grid, size: 0.75 },
      ...axisText,
    },
  }
}
