import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildDemo } from '../../electron/core/demo/build-demo'
import { reportInput } from '../../electron/core/report/report-input'
import { engagementDiagnosis } from '../../electron/core/diagnosis/engagement-diagnosis'
import { buildReport } from '../../shared/report/build-report'
import type { Block } from '../../shared/report/report-document'
import { translator } from '../../shared/i18n/translate'
import { triggerLine } from '../../shared/report/trigger-values'
import { tempDir, track } from '../helpers/temp-engagement'

/** A variable's name (camelCase), an assignment, a stance or a flag as stored. */
const RAW = /\b[a-z]+[A-Z][A-Za-z]*\b|\w+ = \S|\bSELF\b|\bATTR\b/

/** The words of a block a reader reads (figures are checked by their own tests). */
function words(b: Block): string[] {
  switch (b.kind) {
    case 'p':
    case 'h2':
      return [b.text]
    case 'list':
      return b.items
    case 'table':
      return [...b.head, ...b.rows.flat()]
    case 'keyfigures':
      return b.items.flatMap((i) => [i.value, i.label])
    default:
      return []
  }
}

describe('the demo’s recommendations, in each language', () => {
  for (const lang of ['fr', 'en'] as const)
    it(`read as sentences in ${lang === 'fr' ? 'French' : 'English'}, in the report and in the app, with no raw name`, () => {
      const e = track(buildDemo(path.join(tempDir(), `demo-${lang}.terrain`), lang))
      const doc = buildReport(reportInput(e, lang))
      const recs = doc.sections.find((s) => s.id === 'recommendations')!
      const triggers = recs.blocks.filter((b) => b.kind === 'p' && b.tone === 'note').map((b) => words(b)[0]!)
      expect(triggers.some((t) => t.startsWith(lang === 'fr' ? 'Déclenchée par — ' : 'Triggered by — '))).toBe(true)
      for (const s of doc.sections) for (const b of s.blocks) for (const w of words(b)) expect(w, s.id).not.toMatch(RAW)
      if (lang === 'fr') expect(triggers.join(' ')).toMatch(/indice d’idéalisme\u202f: \+\d+/)

      const tr = translator(lang)
      for (const r of engagementDiagnosis(e).recommendations) expect(triggerLine(tr, r.values), r.id).not.toMatch(RAW)
    })
})
