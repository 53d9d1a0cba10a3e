import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildDemo } from '../../electron/core/demo/build-demo'
import { reportHtml } from '../../electron/core/report/export-report'
import { en } from '../../shared/i18n/en'
import { fr } from '../../shared/i18n/fr'
import { tempDir, track } from '../helpers/temp-engagement'

/** The lines a reader sees in the report (each element's text on its own line), charts included. */
function readerLines(html: string): string[] {
  return html
    .replace(/<(style|script)[^>]*>[\s\S]*?<\/\1>/g, '\n')
    .replace(/<blockquote[\s\S]*?<\/blockquote>/g, '\n') // respondents' words, in their language
    .replace(/<[^>]+>/g, '\n')
    .replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e]!)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
}

/** Catalogue words that exist in one language only (placeholders apart). */
const onlyIn = (mine: Record<string, string>, other: Record<string, string>) => {
  const theirs = new Set(Object.values(other))
  return new Set(Object.values(mine).filter((v) => !theirs.has(v) && !/\{\w+\}/.test(v) && v.length > 2))
}

for (const lang of ['fr', 'en'] as const) {
  describe(`the ${lang === 'fr' ? 'French' : 'English'} report of the demo`, () => {
    const demo = track(buildDemo(path.join(tempDir(), `demo-${lang}.terrain`), lang))
    const lines = readerLines(reportHtml(demo, lang, { forPrint: false }).html)
    const foreign = lang === 'fr' ? onlyIn(en, fr) : onlyIn(fr, en)

    it('prints no line of the other language’s catalogue', () => {
      expect(lines.length).toBeGreaterThan(200)
      expect(lines.filter((l) => foreign.has(l))).toEqual([])
    })

    it('prints no raw identifier (camelCase, name = value)', () => {
      expect(lines.filter((l) => /\b[a-z]+[A-Z][A-Za-z]*\b|\b\w+ = \S+/.test(l))).toEqual([])
    })
  })
}
