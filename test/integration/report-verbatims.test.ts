import { describe, expect, it } from 'vitest'
import { demoContractSession } from '../helpers/contract-session'
import { reportInput } from '../../electron/core/report/report-input'
import { ReportContext } from '../../shared/report/report-context'
import { refKey } from '../../shared/report/report-input'
import { namesIn } from '../../shared/report/real-names'
import { VERBATIM_SECTIONS, verbatimCandidates } from '../../shared/report/verbatim-candidates'
import type { VerbatimCandidate } from '../../shared/api/report'

describe('the verbatims the consultant picks from, and those the report takes when none is picked', () => {
  it('lists each quote once, with who said it', async () => {
    const s = demoContractSession()
    for (const section of VERBATIM_SECTIONS) {
      const list = await s.run<VerbatimCandidate[]>('report.candidates', { section, language: 'fr' })
      const words = list.map((c) => c.text.trim().replace(/\s+/g, ' ').toLowerCase())
      expect(new Set(words).size, section).toBe(words.length)
      expect(list.every((c) => c.respondentCode !== null && /^R\d+/.test(c.respondentCode))).toBe(true)
    }
  })

  it('quotes different people in a section when nothing is picked, as far as the candidates allow', () => {
    const s = demoContractSession()
    const input = reportInput(s.session.requireEngagement(), 'fr')
    const candidates = verbatimCandidates(input.diagnosis)
    let checked = 0
    for (const section of VERBATIM_SECTIONS) {
      // A section on its own (nothing quoted before it): the people who said a quotable candidate.
      const quotable = candidates[section].filter((r) => {
        const text = input.excerpts[refKey(r)]?.trim() ?? ''
        return text.length >= 12 && namesIn(text, input.realNames).length === 0
      })
      const quotes = new ReportContext(input).quotes(section)
      const speakers = quotes.map((q) => q.respondentId)
      const quotedWords = new Set(quotes.map((q) => q.text.toLowerCase()))
      // A person is quoted twice only when nobody else has words of their own left to quote.
      if (new Set(speakers).size < speakers.length) {
        const others = quotable.filter(
          (r) =>
            !speakers.includes(r.respondentId) && !quotedWords.has(input.excerpts[refKey(r)]!.trim().toLowerCase()),
        )
        expect(others, section).toEqual([])
      }
      if (new Set(quotable.map((r) => r.respondentId)).size >= 3) checked++
    }
    expect(checked).toBeGreaterThan(3)
  })

  it('adds a quote from the evidence to a section, once, and refuses a fourth', async () => {
    const s = demoContractSession()
    const list = await s.run<VerbatimCandidate[]>('report.candidates', { section: 'attention', language: 'en' })
    const refs = list.slice(0, 4).map(({ documentId, start, end }) => ({ documentId, start, end }))
    expect(await s.run('report.addVerbatim', { section: 'attention', ref: refs[0] })).toEqual([refs[0]])
    expect(await s.run('report.addVerbatim', { section: 'attention', ref: refs[0] })).toEqual([refs[0]])
    await s.run('report.addVerbatim', { section: 'attention', ref: refs[1] })
    await s.run('report.addVerbatim', { section: 'attention', ref: refs[2] })
    expect(await s.refused('report.addVerbatim', { section: 'attention', ref: refs[3] })).toMatchObject({
      code: 'CONFLICT',
    })
    expect(s.session.requireEngagement().reportChoices.verbatims().attention).toEqual(refs.slice(0, 3))
  })
})
