import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium, type Browser, type BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CHROMIUM_ARGS } from '../../electron/cli/chromium/find-chromium'
import { openReportForPrint, REPORT_PAGE_URL } from '../../electron/cli/chromium/print-pdf'
import { buildDemo } from '../../electron/core/demo/build-demo'
import { reportHtml } from '../../electron/core/report/export-report'
import { reportPrintPolicy } from '../../electron/core/report/print-page-policy'
import { browserSuite } from '../e2e/browser-suite'
import { tempDir, track } from '../helpers/temp-engagement'

/**
 * The page a report prints from, in real Chromium: served from memory with its
 * Content-Security-Policy, it lays out and prints while a fragment a report could never contain
 * (its texts are escaped) tries every way out. What the policy stops never becomes a request
 * (Chromium reports it failed, blocked by 'csp'); what it lets through, a navigation, is
 * aborted by the printing page's network block (ERR_ABORTED).
 */
const demo = track(buildDemo(path.join(tempDir(), 'demo-print-page.terrain'), 'fr'))
const { html, doc } = reportHtml(demo, 'fr', { forPrint: true })
const MARKER = 'Propos confidentiels Zyxwvut 4821'

/** Every kind of reference that could carry a verbatim out of the page. */
const hostile = (base: string) =>
  [
    `<img src="${base}/img.png">`,
    `<script src="${base}/script.js"></script>`,
    `<script>window.__injected = true; fetch('${base}/fetch').catch(function () {});</script>`,
    `<img src="missing.png" onerror="window.__injected = true">`,
    `<iframe src="${base}/frame.html"></iframe>`,
    `<object data="${base}/object.bin"></object>`,
    `<div style="background-image: url('${base}/background.png')">&nbsp;</div>`,
    `<svg><image href="${base}/svg-image.png" width="10" height="10"></image></svg>`,
    `<base href="${base}/">`,
    `<p>${MARKER}</p>`,
  ].join('\n')

/** The report's HTML with the fragment at the top of its body. */
const injected = (base: string) => html.replace('<body>', `<body>\n${hostile(base)}`)

/** Every file under a folder whose bytes contain the text. */
const filesHolding = (dir: string, text: string): string[] =>
  fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.join(d.parentPath, d.name))
    .filter((file) => {
      try {
        return fs.readFileSync(file).includes(Buffer.from(text, 'utf8'))
      } catch {
        return false // a socket or a file Chromium holds locked
      }
    })

describe('the report’s HTML for printing', () => {
  it('carries its policy in a meta tag before any script; the preview has none', () => {
    const head = html.slice(0, html.indexOf('<script>'))
    expect(head).toContain(
      `<meta http-equiv="Content-Security-Policy" content="${reportPrintPolicy().replace(/'/g, '&#39;')}">`,
    )
    expect(reportHtml(demo, 'fr', { forPrint: false }).html).not.toContain('Content-Security-Policy')
  })
})

/** A collector the fragment sends to; never resolved: every test answers or blocks it first. */
const base = 'https://collector.example'

browserSuite('the printing page in Chromium', (executablePath) => {
  let browser: Browser
  // Chromium's profile and every temporary file of this run land here, to be searched.
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'terrain-print-temp-'))

  beforeAll(async () => {
    process.env.TMPDIR = temp
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
  })
  afterAll(async () => {
    await browser?.close()
    fs.rmSync(temp, { recursive: true, force: true })
  })

  type Failed = { url: string; error: string }
  const watchedContext = async (): Promise<{ context: BrowserContext; requests: string[]; failed: Failed[] }> => {
    const context = await browser.newContext({ serviceWorkers: 'block' })
    const requests: string[] = []
    const failed: Failed[] = []
    context.on('request', (r) => requests.push(r.url()))
    context.on('requestfailed', (r) => failed.push({ url: r.url(), error: r.failure()?.errorText ?? '' }))
    // Init scripts come from the browser, not the page: the policy does not stop this one.
    await context.addInitScript({
      content: `window.__violations = [];
        document.addEventListener('securitypolicyviolation', (e) =>
          window.__violations.push(e.effectiveDirective + ' ' + e.blockedURI))`,
    })
    return { context, requests, failed }
  }

  it('(the control) sends the fragment’s requests out when a page has no policy and no block', async () => {
    const context = await browser.newContext()
    const reached: string[] = []
    await context.route('**/*', (route) => {
      const url = route.request().url()
      if (url === REPORT_PAGE_URL)
        return route.fulfill({
          contentType: 'text/html; charset=utf-8',
          body: `<!doctype html><body>${hostile(base)}</body>`,
        })
      reached.push(url)
      return route.fulfill({ body: '' })
    })
    const page = await context.newPage()
    await page.goto(REPORT_PAGE_URL, { waitUntil: 'load' })
    await page.waitForTimeout(500)
    expect(await page.evaluate(() => (globalThis as unknown as { __injected?: boolean }).__injected)).toBe(true)
    await context.close()
    for (const sent of ['img.png', 'script.js', 'fetch', 'frame.html', 'background.png'])
      expect(reached, sent).toContain(`${base}/${sent}`)
  })

  it('lays the report out and prints it, while the policy stops every way out before a request is made', async () => {
    const { context, requests, failed } = await watchedContext()
    const page = await openReportForPrint(context, injected(base))
    expect(page.url()).toBe(REPORT_PAGE_URL)
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })

    // Nothing of the report, which holds every verbatim, written under the temporary folder.
    expect(filesHolding(temp, MARKER)).toEqual([])

    // Even a script that runs in the page (as Paged.js does) cannot connect anywhere: fetch is
    // refused by the policy; a socket, by the policy and by the page's network block, which closes it.
    const connections = await page.evaluate(async (to) => {
      const tries: string[] = []
      await fetch(`${to}/fetch`).then(
        () => tries.push('fetch sent'),
        () => tries.push('fetch refused'),
      )
      tries.push(
        await new Promise<string>((resolve) => {
          try {
            const socket = new WebSocket(to.replace('https:', 'wss:'))
            socket.onopen = () => resolve('socket opened')
            socket.onerror = socket.onclose = () => resolve('socket refused')
            // A socket the policy blocks may stay silent: not opened is what counts.
            setTimeout(() => resolve(socket.readyState === WebSocket.OPEN ? 'socket opened' : 'socket refused'), 2000)
          } catch {
            resolve('socket refused')
          }
        }),
      )
      return tries
    }, base)
    expect(connections).toEqual(['fetch refused', 'socket refused'])

    const seen = await page.evaluate(() => {
      const w = globalThis as unknown as { __injected?: boolean; __violations: string[]; __reportReady?: boolean }
      return { injected: w.__injected ?? false, violations: w.__violations, ready: w.__reportReady }
    })
    await context.close()

    expect(seen.ready).toBe(true)
    expect(seen.injected).toBe(false)
    // Every request but the page's own was stopped by the policy, none by the network block.
    const others = requests.filter((url) => url !== REPORT_PAGE_URL)
    expect(others.length).toBeGreaterThanOrEqual(4)
    expect(failed.map((f) => f.url).sort()).toEqual(others.sort())
    for (const f of failed) expect(f.error, f.url).toBe('csp')
    const blocked = (directive: string, what: string) =>
      expect(seen.violations, `${directive} ${what}`).toContainEqual(
        expect.stringMatching(new RegExp(`^${directive} ${what.replace(/[.?]/g, '\\$&')}`)),
      )
    blocked('img-src', `${base}/img.png`)
    blocked('script-src-elem', `${base}/script.js`)
    blocked('script-src-elem', 'inline')
    blocked('script-src-attr', 'inline')
    // A frame's or an object's address is reported by its origin alone.
    blocked('frame-src', base)
    blocked('object-src', base)
    blocked('connect-src', `${base}/fetch`)
    blocked('img-src', `${base}/background.png`)
    blocked('img-src', `${base}/svg-image.png`)
    blocked('base-uri', `${base}/`)

    const file = path.join(temp, 'report.pdf')
    fs.writeFileSync(file, pdf)
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
    fs.rmSync(file)
    expect(text).toContain(MARKER)
    for (const heading of ['Sommaire', 'Synthèse', 'Recommandations', 'Annexes']) expect(text).toContain(heading)
    // Numbered pages: Paged.js ran (the fragment at the top of the body takes a page of its own).
    expect(text.match(/\b\d+ \/ \d\d\b/g)?.length ?? 0).toBeGreaterThanOrEqual(10)
    expect(text).toContain(doc.meta.client)
  }, 120_000)

  it('aborts at the network what the policy lets a page ask for: a navigation away', async () => {
    const { context, failed } = await watchedContext()
    const refresh = `<meta http-equiv="refresh" content="0; url=${base}/refresh">`
    const page = await openReportForPrint(context, html.replace('<body>', `<body>\n${refresh}`))
    await page.waitForTimeout(300)
    expect(page.url()).toBe(REPORT_PAGE_URL)
    expect(await page.evaluate(() => (globalThis as unknown as { __reportReady?: boolean }).__reportReady)).toBe(true)
    await context.close()
    // Paged.js copies the <meta> into its pages, so the refresh may be tried more than once.
    expect(failed.length).toBeGreaterThanOrEqual(1)
    for (const f of failed) expect(f).toEqual({ url: `${base}/refresh`, error: 'net::ERR_ABORTED' })
  }, 120_000)
})
