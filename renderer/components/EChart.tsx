import { useEffect, useRef } from 'react'
import * as echarts from 'echarts/core'
import { BarChart, HeatmapChart, ScatterChart } from 'echarts/charts'
import {
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components'
import { SVGRenderer } from 'echarts/renderers'
import type { EChartsOption } from 'echarts'

echarts.use([
  BarChart,
  HeatmapChart,
  ScatterChart,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TooltipComponent,
  VisualMapComponent,
  SVGRenderer,
])

export interface ChartClick {
  seriesIndex: number
  dataIndex: number
}

/** An ECharts chart (SVG, as in the report) that follows its box's size and reports clicks. */
export function EChart({
  option,
  height,
  onClick,
  name,
}: {
  option: EChartsOption
  height: number
  onClick?: (c: ChartClick) => void
  name: string
}) {
  const box = useRef<HTMLDivElement>(null)
  const chart = useRef<echarts.ECharts | null>(null)
  const click = useRef(onClick)
  click.current = onClick

  useEffect(() => {
    const c = echarts.init(box.current!, null, { renderer: 'svg' })
    chart.current = c
    c.on('click', (p) => click.current?.({ seriesIndex: p.seriesIndex ?? 0, dataIndex: p.dataIndex }))
    const resize = new ResizeObserver(() => c.resize())
    resize.observe(box.current!)
    return () => {
      resize.disconnect()
      c.dispose()
      chart.current = null
    }
  }, [])

  useEffect(() => {
    chart.current?.setOption(option, true)
  }, [option])

  return <div ref={box} className="chart" data-chart={name} style={{ height }} role="img" aria-label={name} />
}
