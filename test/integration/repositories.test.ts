import { describe, expect, it } from 'vitest'
import { tempEngagement } from '../helpers/temp-engagement'
import type { Engagement } from '../../electron/core/engagement/engagement'

function withDocument(e: Engagement, text: string) {
  const r = e.respondents.add({ code: 'R01', group: 'employee' })
  const i = e.interviews.add({ respondentId: r.id, status: 'completed' })
  const d = e.documents.add({ kind: 'answer', interviewId: i.id, respondentId: r.id, text })
  const coder = e.coders.add('Ana Martin')
  const code = e.codebook.codeByKey('OUT.FIND')!
  return { r, i, d, coder, code }
}

describe('engagement info', () => {
  it('reads and updates the study’s details', () => {
    const e = tempEngagement('fr')
    expect(e.info.get()).toMatchObject({ client: 'Client', title: 'Study', language: 'fr', consultants: [] })
    const u = e.info.update({ client: 'Acme', startDate: '2026-09-14', consultants: ['Claire Dubois', 'Marc Lenoir'] })
    expect(u).toMatchObject({
      client: 'Acme',
      title: 'Study',
      startDate: '2026-09-14',
      consultants: ['Claire Dubois', 'Marc Lenoir'],
    })
    expect(Date.parse(u.updatedAt)).toBeGreaterThanOrEqual(Date.parse(u.createdAt))
  })

  it('keeps diagnosis settings as stored JSON', () => {
    const e = tempEngagement()
    expect(e.info.settings()).toEqual({})
    e.info.saveSettings({ floors: { group: 6 } })
    expect(e.info.settings()).toEqual({ floors: { group: 6 } })
  })
})

describe('coders', () => {
  it('adds coders with initials and finds them by name', () => {
    const e = tempEngagement()
    const c = e.coders.add('Claire Dubois-Martin')
    expect(c).toMatchObject({ name: 'Claire Dubois-Martin', initials: 'CDM', kind: 'person' })
    expect(e.coders.findByName('claire dubois-martin')?.id).toBe(c.id)
    e.coders.add('Consensus', 'consensus')
    expect(e.coders.list().map((x) => x.kind)).toEqual(['person', 'consensus'])
    e.coders.rename(c.id, 'Claire Dubois')
    expect(e.coders.get(c.id)).toMatchObject({ name: 'Claire Dubois', initials: 'CD' })
  })
})

describe('respondents and their identities', () => {
  it('creates, lists by code, updates and removes respondents', () => {
    const e = tempEngagement()
    const a = e.respondents.add({ code: 'R02', group: 'manager', unit: 'Claims', site: 'Lyon', role: 'Team lead' })
    e.respondents.add({ code: 'R01', group: 'employee' })
    expect(e.respondents.list().map((r) => r.code)).toEqual(['R01', 'R02'])
    expect(e.respondents.update(a.id, { site: 'Nantes' })).toMatchObject({ site: 'Nantes', unit: 'Claims' })
    expect(e.respondents.nextCode()).toBe('R03')
    e.respondents.remove(a.id)
    expect(e.respondents.get(a.id)).toBeUndefined()
  })

  it('refuses a code already taken, whatever its case', () => {
    const e = tempEngagement()
    const first = e.respondents.add({ code: 'R01', group: 'employee' })
    expect(() => e.respondents.add({ code: 'r01', group: 'customer' })).toThrow(
      expect.objectContaining({ code: 'CONFLICT' }),
    )
    const other = e.respondents.add({ code: 'R02', group: 'customer' })
    expect(() => e.respondents.update(other.id, { code: 'R01' })).toThrow(expect.objectContaining({ code: 'CONFLICT' }))
    expect(e.respondents.get(first.id)?.group).toBe('employee')
  })

  it('keeps real names apart from the pseudonymous record', () => {
    const e = tempEngagement()
    const r = e.respondents.add({ code: 'R01', group: 'employee' })
    e.identities.set({ respondentId: r.id, realName: 'Sophie Arnaud', contact: null })
    expect(JSON.stringify(e.respondents.get(r.id))).not.toContain('Sophie')
    expect(e.identities.get(r.id)?.realName).toBe('Sophie Arnaud')
    expect(e.identities.realNames()).toEqual(['Sophie Arnaud'])
    e.respondents.remove(r.id)
    expect(e.identities.get(r.id)).toBeUndefined()
  })

  it('refuses to delete a respondent whose interviews hold material, and keeps everything', () => {
    const e = tempEngagement()
    const { r, i, d } = withDocument(e, 'What they said.')
    expect(() => e.respondents.remove(r.id)).toThrow(expect.objectContaining({ code: 'CONFLICT' }))
    expect(() => e.interviews.remove(i.id)).toThrow(expect.objectContaining({ code: 'CONFLICT' }))
    expect(e.documents.get(d.id)?.text).toBe('What they said.')
    e.documents.remove(d.id)
    e.interviews.remove(i.id)
    e.respondents.remove(r.id)
    expect(e.respondents.list()).toEqual([])
  })
})

describe('variables', () => {
  it('stores typed values per respondent and refuses values of the wrong type', () => {
    const e = tempEngagement()
    const r = e.respondents.add({ code: 'R01', group: 'employee' })
    const tenure = e.variables.add({ key: 'tenure', name: 'Tenure', type: 'choice', options: ['<2', '2-5', '>5'] })
    const remote = e.variables.add({ key: 'remote', name: 'Remote', type: 'boolean' })
    const age = e.variables.add({ key: 'age', name: 'Age', type: 'number' })
    e.variables.setValue(r.id, tenure.id, '2-5')
    e.variables.setValue(r.id, remote.id, true)
    e.variables.setValue(r.id, age.id, 41)
    expect(e.variables.valuesOf(r.id)).toEqual({ tenure: '2-5', remote: true, age: 41 })
    expect(() => e.variables.setValue(r.id, tenure.id, '10+')).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    )
    expect(() => e.variables.setValue(r.id, age.id, 'forty')).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    )
    e.variables.setValue(r.id, age.id, null)
    expect(e.variables.valuesOf(r.id)).toEqual({ tenure: '2-5', remote: true })
    expect(e.variables.list().map((v) => v.key)).toEqual(['tenure', 'remote', 'age'])
  })
})

describe('guides and questions', () => {
  it('loads the four default guides with their questions, both languages', () => {
    const e = tempEngagement()
    const guides = e.guides.list()
    expect(guides.map((g) => g.group)).toEqual(['employee', 'manager', 'leadership', 'customer'])
    for (const g of guides) {
      expect(g.questions.length).toBeGreaterThanOrEqual(10)
      for (const q of g.questions) {
        expect(q.text.fr.length).toBeGreaterThan(5)
        expect(q.text.en.length).toBeGreaterThan(5)
      }
    }
    const leadership = guides.find((g) => g.group === 'leadership')!
    const cards = leadership.questions.find((q) => q.options?.motiveCards)!
    expect(cards).toMatchObject({ type: 'choice', stance: 'ATTR', target: 'customer' })
    expect(cards.options?.items).toHaveLength(12)
    for (const g of guides) {
      expect(g.consent.fr).toMatch(/anonym/i)
      expect(g.consent.en).toMatch(/anonym/i)
    }
  })

  it('gives the default guides and questions the same ids in every engagement', () => {
    const ids = (e: ReturnType<typeof tempEngagement>) =>
      e.guides.list().flatMap((g) => [g.id, ...g.questions.map((q) => q.id)])
    expect(ids(tempEngagement('fr'))).toEqual(ids(tempEngagement('en')))
  })

  it('adds questions at the end and reorders them', () => {
    const e = tempEngagement()
    const g = e.guides.add({ group: 'other', name: { fr: 'Partenaires', en: 'Partners' } })
    const q1 = e.guides.addQuestion(g.id, { text: { fr: 'Un', en: 'One' }, type: 'open' })
    const q2 = e.guides.addQuestion(g.id, {
      text: { fr: 'Deux', en: 'Two' },
      type: 'scale',
      options: { min: 1, max: 5 },
    })
    const q3 = e.guides.addQuestion(g.id, {
      text: { fr: 'Trois', en: 'Three' },
      type: 'open',
      stance: 'ATTR',
      target: 'customer',
    })
    expect(e.guides.get(g.id)!.questions.map((q) => q.text.en)).toEqual(['One', 'Two', 'Three'])
    e.guides.reorder(g.id, [q3.id, q1.id, q2.id])
    expect(e.guides.get(g.id)!.questions.map((q) => q.text.en)).toEqual(['Three', 'One', 'Two'])
    expect(() => e.guides.reorder(g.id, [q1.id, q2.id])).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }))
    expect(e.guides.question(q2.id)?.options).toEqual({ min: 1, max: 5 })
  })

  it('drops a target given with a SELF stance', () => {
    const e = tempEngagement()
    const g = e.guides.add({ group: 'employee', name: { fr: 'G', en: 'G' } })
    const q = e.guides.addQuestion(g.id, {
      text: { fr: 'Q', en: 'Q' },
      type: 'open',
      stance: 'SELF',
      target: 'manager',
    })
    expect(q.target).toBeNull()
  })
})

describe('interviews', () => {
  it('records an interview from plan to consent to completion', () => {
    const e = tempEngagement()
    const r = e.respondents.add({ code: 'R01', group: 'employee' })
    const guide = e.guides.list()[0]!
    const i = e.interviews.add({ respondentId: r.id, guideId: guide.id, place: 'Lyon' })
    expect(i).toMatchObject({ status: 'planned', consentGiven: false })
    const at = '2026-09-15T09:00:00.000Z'
    const done = e.interviews.update(i.id, { consentGiven: true, consentAt: at, startedAt: at, status: 'completed' })
    expect(done).toMatchObject({ consentGiven: true, consentAt: at, status: 'completed', place: 'Lyon' })
    expect(e.interviews.ofRespondent(r.id)).toHaveLength(1)
    e.interviews.remove(i.id)
    expect(e.interviews.list()).toEqual([])
  })
})

describe('documents', () => {
  it('finds words without their accents or case (FTS5)', () => {
    const e = tempEngagement('fr')
    const { d } = withDocument(e, 'Chaque élève du Centre de Lyon cherche l’information.')
    e.documents.add({ kind: 'notes', text: 'Rien à voir.' })
    expect(e.documents.search('eleve').map((h) => h.documentId)).toEqual([d.id])
    expect(e.documents.search('ÉLÈVE lyon')[0]?.snippet).toContain('[élève]')
    expect(e.documents.search('information')).toHaveLength(1)
    expect(e.documents.search('"; DROP TABLE documents; --')).toEqual([])
  })

  it('keeps the search index in step with edits and deletions', () => {
    const e = tempEngagement()
    const { d } = withDocument(e, 'first words')
    e.documents.setText(d.id, 'second version')
    expect(e.documents.search('first')).toEqual([])
    expect(e.documents.search('second')).toHaveLength(1)
    e.documents.remove(d.id)
    expect(e.documents.search('second')).toEqual([])
  })
})

describe('codebook', () => {
  it('loads the default codebook: 8 families, 25 codes with roles, colours and shortcuts', () => {
    const e = tempEngagement()
    const cb = e.codebook.get()
    expect(cb.sourceId).toBe('social-business-v1')
    expect(cb.families.map((f) => f.key)).toEqual(['OUT', 'APP', 'ATT', 'COL', 'DIR', 'EXE', 'ORG', 'CLI'])
    expect(cb.codes).toHaveLength(25)
    expect(cb.decisionRules).toHaveLength(5)
    expect(e.codebook.codeByKey('OUT.FIND')!.diagnosis).toEqual({ pragmatism: 'pragmatic', idealism: 'pragmatic' })
    expect(e.codebook.codeByKey('APP.REC')!.diagnosis).toEqual({ pragmatism: 'relational', idealism: null })
    expect(e.codebook.codeByKey('COL.MIS')!.analystOnly).toBe(true)
    expect(e.codebook.codeByKey('EXE.GOV')!.flags).toEqual(['activityOnly'])
    expect(e.codebook.codeByKey('CLI.CONN')!.ibmItems).toEqual(['feel_connected', 'community', 'events'])
    const shortcuts = cb.codes.map((c) => c.shortcut)
    expect(new Set(shortcuts).size).toBe(25)
    expect(shortcuts.slice(0, 3)).toEqual(['1', '2', '3'])
  })

  it('gives the default codes the same ids in every engagement (UUID v5 of codebook and key)', () => {
    const a = tempEngagement('fr').codebook.codes()
    const b = tempEngagement('en').codebook.codes()
    expect(a.map((c) => c.id)).toEqual(b.map((c) => c.id))
    expect(a[0]!.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  })

  it('adds a consultant’s code, nested, and refuses a duplicate key', () => {
    const e = tempEngagement()
    const parent = e.codebook.codeByKey('OUT.FIND')!
    const child = e.codebook.addCode({
      key: 'OUT.FIND.EXPERT',
      familyId: parent.familyId,
      parentId: parent.id,
      name: { fr: 'Trouver un expert', en: 'Finding an expert' },
      definition: { fr: '', en: '' },
      include: { fr: '', en: '' },
      exclude: { fr: '', en: '' },
      example: { fr: '', en: '' },
      color: '#2E7D32',
      shortcut: null,
      diagnosis: { pragmatism: null, idealism: null },
      defaultValence: '0',
      analystOnly: false,
      flags: [],
      ibmItems: [],
    })
    expect(e.codebook.code(child.id)).toMatchObject({ parentId: parent.id, key: 'OUT.FIND.EXPERT' })
    expect(() => e.codebook.addCode({ ...child, key: 'OUT.FIND' })).toThrow(
      expect.objectContaining({ code: 'CONFLICT' }),
    )
  })
})

describe('codings', () => {
  it('stores the selected words with each coding, in UTF-16 offsets', () => {
    const e = tempEngagement('fr')
    const text = 'Je perds une heure 🕐 à chercher l’élève.'
    const { d, coder, code } = withDocument(e, text)
    const start = text.indexOf('à chercher')
    const c = e.codings.add({
      documentId: d.id,
      start,
      end: start + 'à chercher l’élève'.length,
      codeId: code.id,
      coderId: coder.id,
      stance: 'SELF',
      target: null,
      valence: '-',
      intensity: 2,
    })
    expect(c.text).toBe('à chercher l’élève')
    expect(c).toMatchObject({ valence: '-', intensity: 2, needsReview: false, flags: [], memo: '' })
    expect(e.codings.ofDocument(d.id)).toHaveLength(1)
    expect(e.codings.ofCode(code.id)).toHaveLength(1)
  })

  it('refuses spans outside the text or empty', () => {
    const e = tempEngagement()
    const { d, coder, code } = withDocument(e, 'short')
    const base = {
      documentId: d.id,
      codeId: code.id,
      coderId: coder.id,
      stance: 'SELF' as const,
      target: null,
      valence: '0' as const,
      intensity: null,
    }
    expect(() => e.codings.add({ ...base, start: 2, end: 99 })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    )
    expect(() => e.codings.add({ ...base, start: 3, end: 3 })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    )
    expect(e.codings.ofDocument(d.id)).toEqual([])
  })

  it('keeps a target only on ATTR codings, and updates attributes and memo', () => {
    const e = tempEngagement()
    const { d, coder, code } = withDocument(e, 'They want to feel connected.')
    const c = e.codings.add({
      documentId: d.id,
      start: 0,
      end: 4,
      codeId: code.id,
      coderId: coder.id,
      stance: 'ATTR',
      target: 'employee',
      valence: '0',
      intensity: null,
    })
    expect(c.target).toBe('employee')
    const self = e.codings.update(c.id, { stance: 'SELF', memo: 'Said of herself', flags: ['activityOnly'] })
    expect(self).toMatchObject({ stance: 'SELF', target: null, memo: 'Said of herself', flags: ['activityOnly'] })
    e.codings.remove(c.id)
    expect(e.codings.get(c.id)).toBeUndefined()
  })

  it('goes with its document', () => {
    const e = tempEngagement()
    const { d, coder, code } = withDocument(e, 'words words')
    e.codings.add({
      documentId: d.id,
      start: 0,
      end: 5,
      codeId: code.id,
      coderId: coder.id,
      stance: 'SELF',
      target: null,
      valence: '0',
      intensity: null,
    })
    e.documents.remove(d.id)
    expect(e.counts().codings).toBe(0)
  })
})

describe('collectives', () => {
  it('stores the label, the C1-C5 scores and the linked evidence', () => {
    const e = tempEngagement()
    const { d, coder } = withDocument(e, 'The innovation community is really a project team.')
    const cop = e.codebook.codeByKey('COL.PRJ')!
    const ev = e.codings.add({
      documentId: d.id,
      start: 4,
      end: 24,
      codeId: cop.id,
      coderId: coder.id,
      stance: 'SELF',
      target: null,
      valence: '-',
      intensity: null,
    })
    const c = e.collectives.add({ name: 'Innovation community', label: 'community', criteria: [0, 0, 1, 0, null] })
    e.collectives.linkEvidence(c.id, ev.id)
    e.collectives.linkEvidence(c.id, ev.id)
    expect(e.collectives.get(c.id)).toMatchObject({
      label: 'community',
      criteria: [0, 0, 1, 0, null],
      evidenceCodingIds: [ev.id],
    })
    expect(e.collectives.update(c.id, { criteria: [0, 0, 1, 0, 0], notes: 'Assigned by the COO' }).criteria).toEqual([
      0, 0, 1, 0, 0,
    ])
    e.codings.remove(ev.id)
    expect(e.collectives.get(c.id)?.evidenceCodingIds).toEqual([])
    e.collectives.remove(c.id)
    expect(e.collectives.list()).toEqual([])
  })
})

describe('memos', () => {
  it('attaches memos to the engagement or to an entity', () => {
    const e = tempEngagement()
    const r = e.respondents.add({ code: 'R01', group: 'employee' })
    const m = e.memos.add({
      subjectType: 'respondent',
      subjectId: r.id,
      title: 'Tone',
      body: 'Guarded at first.',
      authorId: null,
    })
    e.memos.add({ subjectType: 'engagement', subjectId: null, title: 'Hypotheses', body: '…', authorId: null })
    expect(e.memos.of('respondent', r.id).map((x) => x.title)).toEqual(['Tone'])
    expect(e.memos.of('engagement', null)).toHaveLength(1)
    expect(e.memos.update(m.id, { body: 'Opened up after Q3.' }).body).toBe('Opened up after Q3.')
    e.memos.remove(m.id)
    expect(e.memos.of('respondent', r.id)).toEqual([])
  })
})

describe('closed answers', () => {
  it('keeps one answer per interview and question, replaced when answered again', () => {
    const e = tempEngagement()
    const r = e.respondents.add({ code: 'C01', group: 'customer' })
    const guide = e.guides.list().find((g) => g.group === 'customer')!
    const cards = guide.questions.find((q) => q.options?.motiveCards)!
    const i = e.interviews.add({ respondentId: r.id, guideId: guide.id })
    e.closedAnswers.set({
      interviewId: i.id,
      questionId: cards.id,
      value: { kind: 'choice', ticked: ['discounts'], ranked: [] },
    })
    e.closedAnswers.set({
      interviewId: i.id,
      questionId: cards.id,
      value: { kind: 'choice', ticked: ['discounts', 'purchase'], ranked: ['purchase'] },
    })
    expect(e.closedAnswers.get(i.id, cards.id)).toEqual({
      kind: 'choice',
      ticked: ['discounts', 'purchase'],
      ranked: ['purchase'],
    })
    expect(e.closedAnswers.ofQuestion(cards.id)).toHaveLength(1)
    expect(() =>
      e.closedAnswers.set({ interviewId: i.id, questionId: cards.id, value: { kind: 'scale', value: 2.5 } as never }),
    ).toThrow()
    // Answers hold what the respondent said: their guide cannot be deleted under them.
    expect(() => e.guides.remove(guide.id)).toThrow(expect.objectContaining({ code: 'CONFLICT' }))
    e.closedAnswers.remove(i.id, cards.id)
    expect(e.closedAnswers.get(i.id, cards.id)).toBeUndefined()
  })
})

describe('overrides', () => {
  it('stores band and recommendation overrides, each with a reason', () => {
    const e = tempEngagement()
    e.overrides.setBand({
      measure: 'idealismIndex',
      band: 'leaningIdealist',
      reason: 'Two leaders spoke for the board.',
      authorId: null,
    })
    e.overrides.setBand({
      measure: 'idealismIndex',
      band: 'aligned',
      reason: 'Revised after the workshop.',
      authorId: null,
    })
    expect(e.overrides.bands()).toMatchObject([{ measure: 'idealismIndex', band: 'aligned' }])
    expect(() => e.overrides.setBand({ measure: 'attentionLoad', band: 'low', reason: '  ', authorId: null })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    )
    e.overrides.setRecommendation({
      recommendation: 'R4',
      decision: 'edited',
      text: { fr: 'Charte', en: 'Charter' },
      reason: 'Client wording',
      authorId: null,
    })
    expect(e.overrides.recommendations()).toMatchObject([
      { recommendation: 'R4', decision: 'edited', text: { en: 'Charter' } },
    ])
    e.overrides.clearBand('idealismIndex')
    e.overrides.clearRecommendation('R4')
    expect(e.overrides.bands()).toEqual([])
    expect(e.overrides.recommendations()).toEqual([])
  })
})
