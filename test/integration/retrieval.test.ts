import { describe, expect, it } from 'vitest'
import { retrieveExcerpts } from '../../electron/core/retrieval/retrieve-excerpts'
import { retrievalCounts } from '../../electron/core/retrieval/retrieval-counts'
import { retrievalVariables } from '../../electron/core/retrieval/retrieval-variables'
import { excerptContext } from '../../electron/core/retrieval/excerpt-context'
import type { RetrievalQueryInput } from '../../shared/api/retrieval'
import type { Group, Stance } from '../../shared/domain/groups'
import { tempEngagement } from '../helpers/temp-engagement'

const T1 = 'Je cherche une réponse vite, puis je la partage avec l’équipe, et enfin je retourne au travail.'
const T2 = 'Ils veulent des outils simples et rapides pour bosser.'
const T3 = 'Le client veut une offre claire, pas une communauté.'

/**
 * Three respondents, two coders, codes A (OUT.FIND) with a sub-code A1, B (OUT.EFF), C (APP.BEL):
 * R01 (employee, Lyon): A [0,20) Alice, B [10,30) Alice, C [15,18) Bob, A1 [40,50) Alice, B [45,60) Alice
 * R02 (manager, Paris): A [0,10) ATTR->employee by Alice and by Bob, C [10,12) Bob (touches A, no overlap), B [20,30) Bob
 * R03 (customer): A [5,15) Alice, C [12,20) Alice
 */
function study() {
  const e = tempEngagement()
  const alice = e.coders.add('Alice Martin')
  const bob = e.coders.add('Bob Durand')
  const site = e.variables.add({ key: 'site', name: 'Site', type: 'choice', options: ['Lyon', 'Paris'] })
  const A = e.codebook.codeByKey('OUT.FIND')!
  const B = e.codebook.codeByKey('OUT.EFF')!
  const C = e.codebook.codeByKey('APP.BEL')!
  const A1 = e.codebook.addCode({ ...A, key: 'OUT.FIND.SEARCH', parentId: A.id, shortcut: null })
  const doc = (code: string, group: Group, text: string, siteValue?: string) => {
    const r = e.respondents.add({ code, group })
    if (siteValue) e.variables.setValue(r.id, site.id, siteValue)
    return e.documents.add({ kind: 'answer', respondentId: r.id, title: `Question to ${code}`, text })
  }
  const d1 = doc('R01', 'employee', T1, 'Lyon')
  const d2 = doc('R02', 'manager', T2, 'Paris')
  const d3 = doc('R03', 'customer', T3)
  const code = (
    d: { id: string },
    codeId: string,
    start: number,
    end: number,
    coderId: string,
    stance: Stance = 'SELF',
    target: Group | null = null,
  ) => e.codings.add({ documentId: d.id, start, end, codeId, coderId, stance, target, valence: '0', intensity: null })
  code(d1, A.id, 0, 20, alice.id)
  code(d1, B.id, 10, 30, alice.id)
  code(d1, C.id, 15, 18, bob.id)
  code(d1, A1.id, 40, 50, alice.id)
  code(d1, B.id, 45, 60, alice.id)
  code(d2, A.id, 0, 10, alice.id, 'ATTR', 'employee')
  code(d2, A.id, 0, 10, bob.id, 'ATTR', 'employee')
  code(d2, C.id, 10, 12, bob.id)
  code(d2, B.id, 20, 30, bob.id)
  code(d3, A.id, 5, 15, alice.id)
  code(d3, C.id, 12, 20, alice.id)
  const spans = (query: RetrievalQueryInput) =>
    retrieveExcerpts(e, { query }).excerpts.map((x) => `${x.respondentCode} ${x.start}-${x.end}`)
  return { e, alice, bob, site, A, B, C, A1, d1, d2, d3, spans }
}

describe('retrieval of coded excerpts', () => {
  it('ANY: every excerpt coded with any chosen code, once per span, by respondent then position', () => {
    const { A, B, spans } = study()
    expect(spans({ codeIds: [A.id, B.id] })).toEqual([
      'R01 0-20',
      'R01 10-30',
      'R01 40-50',
      'R01 45-60',
      'R02 0-10',
      'R02 20-30',
      'R03 5-15',
    ])
  })

  it('counts a sub-code for its parent unless told not to', () => {
    const { A, spans } = study()
    expect(spans({ codeIds: [A.id] })).toEqual(['R01 0-20', 'R01 40-50', 'R02 0-10', 'R03 5-15'])
    expect(spans({ codeIds: [A.id], includeSubcodes: false })).toEqual(['R01 0-20', 'R02 0-10', 'R03 5-15'])
  })

  it('ALL: excerpts of the first code that overlap a coding of every other one in the same document', () => {
    const { A, B, C, spans } = study()
    expect(spans({ codeIds: [A.id, B.id], mode: 'all' })).toEqual(['R01 0-20', 'R01 40-50'])
    expect(spans({ codeIds: [A.id, B.id], mode: 'all', includeSubcodes: false })).toEqual(['R01 0-20'])
    expect(spans({ codeIds: [A.id, B.id, C.id], mode: 'all' })).toEqual(['R01 0-20'])
    // Touching is not overlapping: spans are half-open.
    expect(spans({ codeIds: [A.id, C.id], mode: 'all' })).toEqual(['R01 0-20', 'R03 5-15'])
  })

  it('NOT: drops excerpts that overlap a coding of an excluded code', () => {
    const { A, B, C, spans } = study()
    expect(spans({ codeIds: [A.id], excludeCodeIds: [C.id] })).toEqual(['R01 40-50', 'R02 0-10'])
    expect(spans({ codeIds: [A.id, B.id], mode: 'all', excludeCodeIds: [C.id] })).toEqual(['R01 40-50'])
  })

  it('filters by group, variable, stance and target, and coder', () => {
    const { A, B, site, bob, spans } = study()
    const all = [A.id, B.id]
    expect(spans({ codeIds: all, groups: ['manager', 'customer'] })).toEqual(['R02 0-10', 'R02 20-30', 'R03 5-15'])
    expect(spans({ codeIds: all, variable: { variableId: site.id, value: 'Paris' } })).toEqual([
      'R02 0-10',
      'R02 20-30',
    ])
    expect(spans({ codeIds: all, stance: 'ATTR' })).toEqual(['R02 0-10'])
    expect(spans({ codeIds: all, target: 'employee' })).toEqual(['R02 0-10'])
    expect(spans({ codeIds: all, target: 'manager' })).toEqual([])
    expect(spans({ codeIds: all, stance: 'SELF', groups: ['manager'] })).toEqual(['R02 20-30'])
    expect(spans({ codeIds: all, coderIds: [bob.id] })).toEqual(['R02 0-10', 'R02 20-30'])
  })

  it('applies the coder filter to overlapping and excluded codings too', () => {
    const { A, C, alice, spans } = study()
    // C on R01 is Bob's: for Alice's work alone, it neither joins nor excludes.
    expect(spans({ codeIds: [A.id, C.id], mode: 'all', coderIds: [alice.id] })).toEqual(['R03 5-15'])
    expect(spans({ codeIds: [A.id], excludeCodeIds: [C.id], coderIds: [alice.id] })).toEqual([
      'R01 0-20',
      'R01 40-50',
      'R02 0-10',
    ])
  })

  it('tells each excerpt’s words, codes, coders, attributes, respondent and document', () => {
    const { e, A, alice, bob, d2 } = study()
    const [x] = retrieveExcerpts(e, { query: { codeIds: [A.id], groups: ['manager'] } }).excerpts
    expect(x).toMatchObject({
      documentId: d2.id,
      start: 0,
      end: 10,
      text: T2.slice(0, 10),
      before: '',
      after: T2.slice(10),
      moreBefore: false,
      moreAfter: false,
      documentTitle: 'Question to R02',
      respondentCode: 'R02',
      group: 'manager',
      codeIds: [A.id],
      stance: 'ATTR',
      target: 'employee',
      valence: '0',
    })
    expect([...x!.coderIds].sort()).toEqual([alice.id, bob.id].sort())
  })

  it('pages through the excerpts with the total', () => {
    const { e, A, B } = study()
    const page = retrieveExcerpts(e, { query: { codeIds: [A.id, B.id] }, offset: 2, limit: 3 })
    expect(page.total).toBe(7)
    expect(page.excerpts.map((x) => x.start)).toEqual([40, 45, 0])
    expect(retrieveExcerpts(e, { query: { codeIds: [A.id] }, offset: 50 })).toMatchObject({ total: 4, excerpts: [] })
  })

  it('counts excerpts and distinct respondents by code and group, for the same filters', () => {
    const { e, A, B } = study()
    const counts = retrievalCounts(e, { codeIds: [A.id, B.id] })
    expect(counts.codes).toEqual([
      {
        codeId: A.id,
        byGroup: {
          employee: { excerpts: 2, respondents: 1 },
          manager: { excerpts: 1, respondents: 1 },
          customer: { excerpts: 1, respondents: 1 },
        },
        total: { excerpts: 4, respondents: 3 },
      },
      {
        codeId: B.id,
        byGroup: { employee: { excerpts: 2, respondents: 1 }, manager: { excerpts: 1, respondents: 1 } },
        total: { excerpts: 3, respondents: 2 },
      },
    ])
    expect(counts.all.total).toEqual({ excerpts: 7, respondents: 3 })
    const all = retrievalCounts(e, { codeIds: [A.id, B.id], mode: 'all', groups: ['employee'] })
    expect(all.codes.map((r) => r.total.excerpts)).toEqual([2, 2])
    expect(all.all.byGroup).toEqual({ employee: { excerpts: 2, respondents: 1 } })
  })

  it('lists the variables with the values respondents hold', () => {
    const { e, site } = study()
    expect(retrievalVariables(e)).toEqual([{ id: site.id, name: 'Site', type: 'choice', values: ['Lyon', 'Paris'] }])
  })

  it('refuses unknown codes, variables and coders, and a code both retrieved and excluded', () => {
    const { e, A } = study()
    const nobody = '00000000-0000-4000-8000-000000000000'
    expect(() => retrieveExcerpts(e, { query: { codeIds: [nobody] } })).toThrow(/No code/)
    expect(() => retrieveExcerpts(e, { query: { codeIds: [A.id], coderIds: [nobody] } })).toThrow(/No coder/)
    expect(() =>
      retrieveExcerpts(e, { query: { codeIds: [A.id], variable: { variableId: nobody, value: 'x' } } }),
    ).toThrow(/No variable/)
    expect(() => retrieveExcerpts(e, { query: { codeIds: [A.id], excludeCodeIds: [A.id] } })).toThrow(
      /both retrieved and excluded/,
    )
    expect(() => retrieveExcerpts(e, { query: { codeIds: [A.id], stance: 'SELF', target: 'employee' } })).toThrow(
      /ATTR/,
    )
    expect(() => retrieveExcerpts(e, { query: { codeIds: [] } })).toThrow(/at least one code/)
  })
})

describe('the context around an excerpt', () => {
  const words = 'élève café 😀 naïveté Noël œuvre déjà-vu 🇫🇷 façade '
  const text = words.repeat(20)

  it('keeps about 200 characters on each side, cut between words, never inside an emoji', () => {
    const start = text.indexOf('Noël', 400)
    const end = start + 'Noël'.length
    const c = excerptContext(text, start, end)
    expect(c.before.length).toBeLessThanOrEqual(200)
    expect(c.after.length).toBeLessThanOrEqual(200)
    expect(c.before.length).toBeGreaterThan(150)
    expect(c.after.length).toBeGreaterThan(150)
    expect(text.slice(0, start).endsWith(c.before)).toBe(true)
    expect(text.slice(end).startsWith(c.after)).toBe(true)
    // A word boundary on the far side of each piece of context.
    expect(text[start - c.before.length - 1]).toMatch(/\s/)
    expect(text[end + c.after.length]).toMatch(/\s/)
    // The spaces next to the excerpt stay, so that it reads as a sentence; none at the far ends.
    expect(c.before).toMatch(/^\S.*\s$/u)
    expect(c.after).toMatch(/^\s.*\S$/u)
    for (const s of [c.before, c.after]) {
      expect(s).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/)
      expect(words.trim().split(' ')).toEqual(expect.arrayContaining(s.split(' ').filter(Boolean)))
    }
    expect(c).toMatchObject({ moreBefore: true, moreAfter: true })
  })

  it('shows the whole text when it is short, and says there is no more', () => {
    const t = 'Très bien 😀 merci.'
    expect(excerptContext(t, 5, 9)).toEqual({
      before: 'Très ',
      after: ' 😀 merci.',
      moreBefore: false,
      moreAfter: false,
    })
  })

  it('drops a word longer than the window rather than cutting it', () => {
    const t = `${'a'.repeat(30)} mot ${'b'.repeat(30)}`
    expect(excerptContext(t, 31, 34, 10)).toEqual({ before: '', after: '', moreBefore: true, moreAfter: true })
  })

  it('reads the context from the document in retrieved excerpts', () => {
    const e = tempEngagement('fr')
    const coder = e.coders.add('Alice')
    const r = e.respondents.add({ code: 'R09', group: 'employee' })
    const d = e.documents.add({ kind: 'answer', respondentId: r.id, text })
    const start = text.indexOf('naïveté', 300)
    const code = e.codebook.codeByKey('OUT.FIND')!
    e.codings.add({
      documentId: d.id,
      start,
      end: start + 7,
      codeId: code.id,
      coderId: coder.id,
      stance: 'SELF',
      target: null,
      valence: '+',
      intensity: null,
    })
    const [x] = retrieveExcerpts(e, { query: { codeIds: [code.id] } }).excerpts
    expect(x).toMatchObject({ text: 'naïveté', ...excerptContext(text, start, start + 7) })
  })
})
