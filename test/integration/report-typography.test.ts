import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildDemo } from '../../electron/core/demo/build-demo'
import { reportHtml } from '../../electron/core/report/export-report'
import { tempDir, track } from '../helpers/temp-engagement'

/** What a reader sees of the report: the text of every element, the charts' labels included. */
function readerText(html: string): string {
  return html
    .replace(/<(style|script)[^>]*>[\s\S]*?<\/\1>/g, '\n')
    .replace(/<[^>]+>/g, '\n')
    .replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e]!)
}

/** The offending passages of a text, with a few characters around each. */
const around = (text: string, re: RegExp) =>
  [...text.matchAll(re)].map((m) => text.slice(Math.max(0, m.index - 20), m.index + m[0].length + 5))

describe('the French report', () => {
  const demo = track(buildDemo(path.join(tempDir(), 'demo-fr.terrain'), 'fr'))
  const text = readerText(reportHtml(demo, 'fr', { forPrint: false }).html)

  it('has a narrow no-break space before ; : ! ? » and after «, never a plain one', () => {
    expect(text).toContain('\u202f:')
    expect(around(text, /[ \u00a0][;:!?»]/g)).toEqual([])
    expect(around(text, /«(?!\u202f)/g)).toEqual([])
  })

  it('writes its numbers with a decimal comma', () => {
    expect(text).toMatch(/\d,\d/)
    expect(around(text, /\d\.\d/g)).toEqual([])
  })
})
