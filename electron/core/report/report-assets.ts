import fs from 'node:fs'
import path from 'node:path'
import { createRequire } from 'node:module'
import type { ReportFont } from '../../../shared/report/render-html'

// Not named `require`: the ESM bundle of main declares its own at the top (electron-vite shims it).
const resolveFromHere = createRequire(import.meta.url)

const FONT_FILES: { family: string; pkg: string; file: string; weight: number; style: 'normal' | 'italic' }[] = [
  {
    family: 'Source Sans 3',
    pkg: '@fontsource/source-sans-3',
    file: 'source-sans-3-latin-400-normal.woff2',
    weight: 400,
    style: 'normal',
  },
  {
    family: 'Source Sans 3',
    pkg: '@fontsource/source-sans-3',
    file: 'source-sans-3-latin-400-italic.woff2',
    weight: 400,
    style: 'italic',
  },
  {
    family: 'Source Sans 3',
    pkg: '@fontsource/source-sans-3',
    file: 'source-sans-3-latin-600-normal.woff2',
    weight: 600,
    style: 'normal',
  },
  {
    family: 'Source Sans 3',
    pkg: '@fontsource/source-sans-3',
    file: 'source-sans-3-latin-700-normal.woff2',
    weight: 700,
    style: 'normal',
  },
  {
    family: 'Source Serif 4',
    pkg: '@fontsource/source-serif-4',
    file: 'source-serif-4-latin-400-normal.woff2',
    weight: 400,
    style: 'normal',
  },
  {
    family: 'Source Serif 4',
    pkg: '@fontsource/source-serif-4',
    file: 'source-serif-4-latin-600-normal.woff2',
    weight: 600,
    style: 'normal',
  },
]

let fonts: ReportFont[] | undefined
let paged: string | undefined

/** The report's fonts (shipped as npm packages, Latin with French accents), as data URLs. */
export function reportFonts(): ReportFont[] {
  fonts ??= FONT_FILES.map((f) => {
    const file = resolveFromHere.resolve(`${f.pkg}/files/${f.file}`)
    return {
      family: f.family,
      weight: f.weight,
      style: f.style,
      dataUrl: `data:font/woff2;base64,${fs.readFileSync(file).toString('base64')}`,
    }
  })
  return fonts
}

/** Paged.js: page numbers, running headers and a numbered contents in Chromium's print engine. */
export function pagedScript(): string {
  // The package exports no path to its polyfill build: find it beside its CommonJS entry (lib/).
  const dir = path.dirname(path.dirname(resolveFromHere.resolve('pagedjs')))
  paged ??= fs.readFileSync(path.join(dir, 'dist', 'paged.polyfill.min.js'), 'utf8')
  return paged
}
