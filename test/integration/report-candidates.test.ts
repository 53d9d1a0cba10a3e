import { describe, expect, it } from 'vitest'
import type { VerbatimCandidate } from '../../shared/api/report'
import { contractSession } from '../helpers/contract-session'

describe('the verbatims the report may quote', () => {
  it('offers what the interviewer marked as key on site first, after the picks', async () => {
    const s = await contractSession()
    await s.run('engagement.openDemo', { language: 'en' })
    const candidates = () => s.run<VerbatimCandidate[]>('report.candidates', { section: 'pragmatism', language: 'en' })
    const before = await candidates()
    expect(before.length).toBeGreaterThan(3)
    expect(before.some((c) => c.key)).toBe(false)

    // A quote deep in the list is marked as key during its interview: it moves to the top.
    const marked = before.at(-1)!
    const e = s.session.requireEngagement()
    e.keyVerbatims.add(marked.documentId, { start: marked.start, end: marked.end })
    const after = await candidates()
    expect(after[0]).toMatchObject({ documentId: marked.documentId, start: marked.start, key: true })
    expect(after.length).toBe(before.length)

    // A pick stays first, before the key verbatim.
    const pick = before[1]!
    await s.run('report.setVerbatims', {
      section: 'pragmatism',
      refs: [{ documentId: pick.documentId, start: pick.start, end: pick.end }],
    })
    const withPick = await candidates()
    expect(withPick.slice(0, 2).map((c) => [c.start, c.picked, c.key])).toEqual([
      [pick.start, true, false],
      [marked.start, false, true],
    ])
    s.session.close()
  })
})
