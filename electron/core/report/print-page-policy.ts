import { createHash } from 'node:crypto'
import { printScripts } from '../../../shared/report/render-html'
import { pagedScript } from './report-assets'

/** How CSP names an inline script it allows: the sha256 of its text, as the HTML parser reads it. */
export function scriptHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
}

/**
 * The Content-Security-Policy of the page a report prints from. That page holds every verbatim,
 * so it may run its own inline scripts and nothing else, and reach nothing at all:
 * - default-src 'none': no connection (Paged.js reads the inline <style> elements' text, and would
 *   fetch only <link> stylesheets and @import, which the report has none of), no frame, object,
 *   worker, media or manifest;
 * - script-src: the hashes of the page's own inline scripts (Paged.js and its settings), so an
 *   injected <script>, an event handler attribute or eval never run;
 * - style-src 'unsafe-inline': Paged.js removes the report's <style> and inserts its rewritten
 *   rules as new <style> elements whose text no hash can know beforehand; the charts' SVG carries
 *   style attributes. Styles cannot send anything out: images and fonts come from data: only;
 * - img-src and font-src data:: the inlined fonts, and whatever image a chart embeds;
 * - base-uri and form-action 'none': default-src does not cover them.
 */
export function printPagePolicy(scripts: readonly string[]): string {
  return [
    "default-src 'none'",
    `script-src ${scripts.map(scriptHash).join(' ')}`,
    "style-src 'unsafe-inline'",
    'img-src data:',
    'font-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ')
}

let policy: string | undefined

/** The policy of the report's printing page, for the HTML's meta tag and the page's response alike. */
export function reportPrintPolicy(): string {
  policy ??= printPagePolicy(printScripts(pagedScript()))
  return policy
}

/** What the printing page is answered with: its HTML, its policy, and no copy kept by any cache. */
export function printPageHeaders(contentSecurityPolicy: string): Record<string, string> {
  return {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': contentSecurityPolicy,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  }
}

/**
 * Whether the printing page may make a request: its own document only, and data: URLs (the fonts;
 * they never leave the page). Everything else, another page of the same scheme included, is refused.
 */
export function mayPrintPageLoad(url: string, ownUrls: { has(url: string): boolean }): boolean {
  return url.startsWith('data:') || ownUrls.has(url)
}
