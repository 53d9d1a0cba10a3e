import { describe, expect, it } from 'vitest'
import {
  mayPrintPageLoad,
  printPageHeaders,
  printPagePolicy,
  reportPrintPolicy,
  scriptHash,
} from '../../electron/core/report/print-page-policy'
import { pagedScript } from '../../electron/core/report/report-assets'
import { printScripts } from '../../shared/report/render-html'

const directives = (policy: string): Record<string, string[]> =>
  Object.fromEntries(
    policy.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/)
      return [name!, values]
    }),
  )

describe('the Content-Security-Policy of the page a report prints from', () => {
  it('names an inline script by the sha256 of its text, as CSP does', () => {
    // The empty string's digest, as every CSP reference gives it.
    expect(scriptHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='")
    expect(scriptHash('é')).not.toBe(scriptHash('e'))
  })

  it('runs the page’s own inline scripts, Paged.js and its settings, and no other script', () => {
    const scripts = printScripts(pagedScript())
    expect(scripts).toHaveLength(2)
    expect(directives(reportPrintPolicy())['script-src']).toEqual(scripts.map(scriptHash))
    expect(directives(printPagePolicy(['a']))['script-src']).toEqual([scriptHash('a')])
  })

  it('reaches nothing: no connection, frame, object or worker; fonts and images from data: only', () => {
    const d = directives(reportPrintPolicy())
    const { 'script-src': _scripts, ...rest } = d
    expect(rest).toEqual({
      'default-src': ["'none'"],
      'style-src': ["'unsafe-inline'"],
      'img-src': ['data:'],
      'font-src': ['data:'],
      'base-uri': ["'none'"],
      'form-action': ["'none'"],
    })
    for (const loose of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "'strict-dynamic'", "'self'", '*'])
      expect(d['script-src'], loose).not.toContain(loose)
    expect(reportPrintPolicy()).not.toMatch(/https?:|blob:|wss?:|file:|terrain:/)
  })

  it('is answered with the page, which no cache may keep', () => {
    expect(printPageHeaders('P')).toEqual({
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': 'P',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    })
  })
})

describe('the requests the printing page may make', () => {
  const own = 'terrain://report/0b7e3d3a-2a4c-4f58-9d0e-4f3c0d9d1e21.html'
  const pages = new Map([[own, '<!doctype html>']])

  it('loads its own document and the fonts inlined as data: URLs', () => {
    expect(mayPrintPageLoad(own, pages)).toBe(true)
    expect(mayPrintPageLoad('data:font/woff2;base64,d09GMg==', pages)).toBe(true)
    expect(
      mayPrintPageLoad('https://terrain.invalid/report.html', new Set(['https://terrain.invalid/report.html'])),
    ).toBe(true)
  })

  it('loads nothing else: another report, the app, the network, files, blobs, sockets', () => {
    for (const url of [
      'terrain://report/11111111-2a4c-4f58-9d0e-4f3c0d9d1e21.html',
      `${own}?x=1`,
      'terrain://app/index.html',
      'https://example.org/pixel.png',
      'http://127.0.0.1:8080/collect',
      'ws://example.org/socket',
      'file:///etc/passwd',
      `blob:${own}`,
      'about:blank',
      '',
    ])
      expect(mayPrintPageLoad(url, pages), url).toBe(false)
    expect(mayPrintPageLoad(own, new Map())).toBe(false)
  })
})
