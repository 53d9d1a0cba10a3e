import type { EChartsOption } from 'echarts'
import { chartSvg, FIGURE_WIDTH } from '../../../../../shared/report/chart-svg'
import { flatten, transformPath } from './path-commands'
import { encodePng } from './png-encode'
import { RasterCanvas } from './raster-canvas'
import { strokePolygons } from './stroke-outline'
import { readScene, type Shape } from './svg-scene'
import { writeSvg } from './svg-write'
import { textShape } from './text-outline'

/** A chart as Word takes it: the SVG, and the PNG that Office before 2016 and LibreOffice show instead. */
export interface ChartPicture {
  svg: Buffer
  png: Buffer
  /** In CSS pixels, as the PDF lays the chart out (FIGURE_WIDTH wide). */
  width: number
  height: number
}

/** Pixels of the PNG per CSS pixel: 3 gives about 290 dpi at the printed width, sharp on paper. */
const SCALE = 3

/**
 * The figure's chart drawn without a browser: ECharts' server-side SVG (the PDF's very chart),
 * read back, its text turned into the outlines of the report's typeface, then written out as a
 * plain SVG and painted into a PNG by our own rasterizer (nothing in node_modules renders SVG, and
 * a native module would need a build per platform).
 */
export function chartPicture(option: EChartsOption, height: number): ChartPicture {
  const scene = readScene(chartSvg(option, height, FIGURE_WIDTH))
  const width = scene.width || FIGURE_WIDTH
  const tall = scene.height || height
  const shapes = scene.items.map((item) => (item.kind === 'text' ? textShape(item) : item))
  const canvas = new RasterCanvas(Math.round(width * SCALE), Math.round(tall * SCALE))
  for (const s of shapes) paint(canvas, s)
  return {
    svg: Buffer.from(writeSvg(shapes, width, tall), 'utf8'),
    png: encodePng(canvas.pixels, canvas.width, canvas.height, 96 * SCALE),
    width,
    height: tall,
  }
}

function paint(canvas: RasterCanvas, s: Shape): void {
  const path = transformPath(s.path, [SCALE, 0, 0, SCALE, 0, 0])
  const lines = flatten(path, 0.15)
  if (s.fill)
    canvas.fill(
      lines.map((l) => l.points),
      s.fill,
    )
  if (s.stroke && s.strokeWidth > 0)
    canvas.fill(
      strokePolygons(
        lines,
        s.strokeWidth * SCALE,
        s.cap,
        s.dash.map((d) => d * SCALE),
      ),
      s.stroke,
    )
}
