import type { Block, ReportDocument } from './report-document'
import { REPORT_CSS } from './report-styles'
import { chartSvg } from './chart-svg'
import { translator } from '../i18n/translate'
import { NNBSP, typeset } from '../i18n/format'

/** A font file inlined in the report, so that the app and the CLI print the same pages. */
export interface ReportFont {
  family: string
  weight: number
  style: 'normal' | 'italic'
  /** data:font/woff2;base64,… */
  dataUrl: string
}

export interface RenderOptions {
  fonts: ReportFont[]
  /** The paged-media script (Paged.js) when the HTML is printed; left out of the on-screen preview. */
  pagedScript?: string
  /** The printing page's Content-Security-Policy, set in the head before any script. */
  contentSecurityPolicy?: string
  /** Called after each chart is drawn, for progress. */
  onChart?: (done: number, total: number) => void
}

/** Paged.js's settings: lay the pages out at once, then tell the printer the report is ready. */
const PAGED_SETTINGS = 'window.PagedConfig = { auto: true, after: function () { window.__reportReady = true } };'

/** The inline scripts of the HTML for printing, in order: what its Content-Security-Policy allows. */
export function printScripts(pagedScript: string): string[] {
  return [PAGED_SETTINGS, pagedScript]
}

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!)

/** The report as one self-contained HTML file: inline CSS, fonts and SVG charts, no network. */
export function renderReportHtml(doc: ReportDocument, o: RenderOptions): string {
  const t = translator(doc.lang).t
  // Every text goes through French typography: a narrow no-break space before : ; ? ! », none alone on a line.
  const escape = (s: string) => escapeHtml(typeset(doc.lang, s))
  const figures = doc.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'figure').length
  let drawn = 0
  const block = (b: Block): string => {
    switch (b.kind) {
      case 'p':
        return `<p${b.tone ? ` class="${b.tone}"` : ''}>${escape(b.text)}</p>`
      case 'h2':
        return `<h2>${escape(b.text)}</h2>`
      case 'list': {
        const tag = b.ordered ? 'ol' : 'ul'
        return `<${tag}>${b.items.map((i) => `<li>${escape(i)}</li>`).join('')}</${tag}>`
      }
      case 'quotes': {
        const [open, close] = doc.lang === 'fr' ? [`«${NNBSP}`, `${NNBSP}»`] : ['“', '”']
        const quote = (q: { text: string; by: string }) =>
          `<blockquote><p>${open}${escape(q.text)}${close}</p><footer>${escape(q.by)}</footer></blockquote>`
        return `<div class="quotes">${b.quotes.map(quote).join('')}</div>`
      }
      case 'keyfigures':
        return `<div class="keyfigures">${b.items.map((k) => `<div class="keyfigure"><div class="value">${escape(k.value)}</div><div>${escape(k.label)}</div></div>`).join('')}</div>`
      case 'table': {
        const cell = (v: string, i: number, tag: 'td' | 'th') =>
          `<${tag}${b.numeric.includes(i) ? ' class="num"' : ''}>${escape(v)}</${tag}>`
        return `<table><thead><tr>${b.head.map((h, i) => cell(h, i, 'th')).join('')}</tr></thead><tbody>${b.rows
          .map((r) => `<tr>${r.map((v, i) => cell(v, i, 'td')).join('')}</tr>`)
          .join('')}</tbody></table>`
      }
      case 'figure': {
        const svg = chartSvg(b.option, b.height)
        o.onChart?.(++drawn, figures)
        const note = b.note ? `<span class="fig-note">${escape(b.note)}</span>` : ''
        return `<figure id="${b.id}">${svg}<figcaption>${escape(b.caption)}${note}</figcaption></figure>`
      }
    }
  }
  const fonts = o.fonts
    .map(
      (f) =>
        `@font-face { font-family: '${f.family}'; font-weight: ${f.weight}; font-style: ${f.style}; src: url(${f.dataUrl}) format('woff2'); }`,
    )
    .join('\n')
  const m = doc.meta
  // The running header's strings are set on the cover: anything before it would make a page of its own.
  const running = `<span class="running-client">${escape(m.client)}</span><span class="running-confidential">${escape(t('report.confidential'))}</span>`
  const cover = `<section class="cover">${running}<div class="cover-band"><div class="cover-kicker">${escape(t('report.confidential'))}</div>
<div class="cover-title">${escape(m.title)}</div><div class="cover-client">${escape(t('report.preparedFor', { client: m.client }))}</div></div>
<div><div class="cover-foot"><span>${escape(m.consultants.length ? t('report.by', { consultants: m.consultants.join(', ') }) : '')}</span><span>${escape(m.date)}</span></div><div class="cover-rule"></div></div></section>`
  const toc = `<nav class="toc"><h1>${escape(t('report.toc'))}</h1><ol>${doc.sections
    .map((s) => `<li><a href="#${s.id}">${escape(s.title)}</a></li>`)
    .join('')}</ol></nav>`
  const chapters = doc.sections
    .map(
      (s) =>
        `<section class="chapter" id="${s.id}"><h1>${escape(s.title)}</h1>${s.blocks.map(block).join('\n')}</section>`,
    )
    .join('\n')
  const paged = o.pagedScript
    ? printScripts(o.pagedScript)
        .map((script) => `<script>${script}</script>`)
        .join('')
    : ''
  const policy = o.contentSecurityPolicy
    ? `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(o.contentSecurityPolicy)}">`
    : ''
  return `<!doctype html>
<html lang="${doc.lang}"><head><meta charset="utf-8">${policy}<title>${escape(m.client)} · ${escape(m.title)}</title>
<style>${fonts}\n${REPORT_CSS}</style>${paged}</head>
<body>
${cover}
${toc}
${chapters}
</body></html>`
}
