import fs from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

export interface AxeFinding {
  rule: string
  impact: string | null
  help: string
  targets: string[]
}

/**
 * axe-core's WCAG 2.1 A and AA rules on the page as it is (a dialog open, if one is). The script
 * is evaluated through the debugging protocol, which the app's Content-Security-Policy does not
 * govern, so that the app is audited with its real policy on.
 */
export async function axeViolations(page: Page): Promise<AxeFinding[]> {
  await page.evaluate(axeSource)
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<AxeResults> } }).axe
    interface AxeResults {
      violations: {
        id: string
        impact: string | null
        help: string
        nodes: { target: string[]; failureSummary?: string }[]
      }[]
    }
    const results = await axe.run((globalThis as unknown as { document: unknown }).document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      iframes: false,
      resultTypes: ['violations'],
    })
    return results.violations.map((v) => ({
      rule: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes
        .slice(0, 6)
        .map((n) => `${n.target.join(' ')}: ${(n.failureSummary ?? '').split('\n').slice(1).join(' ').trim()}`),
    }))
  })
}
