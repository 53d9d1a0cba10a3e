import { describe, expect, it } from 'vitest'
import { diagnose } from '../../shared/domain/diagnosis/diagnose'
import type { DiagnosisInput, DxCoding } from '../../shared/domain/diagnosis/input'
import type { Valence } from '../../shared/domain/groups'
import { DiagnosisInputBuilder } from '../helpers/diagnosis-input'

type Place = Partial<Pick<DxCoding, 'documentId' | 'documentOrder' | 'start' | 'end' | 'stance' | 'target'>>

/** Five employees; the first one's RH.POL excerpts placed by hand, listed in the order given. */
function hrPolicy(excerpts: [Valence, Place][]): DiagnosisInput {
  const b = new DiagnosisInputBuilder()
  const [first] = b.many('employee', 5)
  const input = b.build()
  excerpts.forEach(([valence, place], i) =>
    input.codings.push({
      id: `k${i}`,
      documentId: 'doc',
      start: 10 * i,
      end: 10 * i + 5,
      respondentId: first!,
      codeId: 'code:RH.POL',
      stance: 'SELF',
      target: null,
      valence,
      intensity: null,
      flags: [],
      documentOrder: 0,
      ...place,
    }),
  )
  return input
}
const nv = (input: DiagnosisInput) => diagnose(input).enablers['RH.POL'].nv

describe('the cap keeps a respondent’s first three excerpts in document order', () => {
  it('orders documents by their place among the respondent’s documents first', () => {
    const input = hrPolicy([
      ['-', { documentOrder: 2, start: 0, end: 5 }],
      ['+', { documentOrder: 1, start: 40, end: 45 }],
      ['+', { documentOrder: 1, start: 50, end: 55 }],
      ['+', { documentOrder: 1, start: 60, end: 65 }],
    ])
    expect(nv(input)).toBe(1)
  })

  it('then by start, then by end, then by document', () => {
    const byStart = hrPolicy([
      ['-', { start: 30, end: 35 }],
      ['+', { start: 0, end: 5 }],
      ['+', { start: 10, end: 15 }],
      ['+', { start: 20, end: 25 }],
    ])
    expect(nv(byStart)).toBe(1)
    const byEnd = hrPolicy([
      ['-', { start: 0, end: 9 }],
      ['+', { start: 0, end: 6 }],
      ['+', { start: 0, end: 7 }],
      ['+', { start: 0, end: 8 }],
    ])
    expect(nv(byEnd)).toBe(1)
    const byDocument = hrPolicy([
      ['-', { documentId: 'd', start: 0, end: 5 }],
      ['+', { documentId: 'a', start: 0, end: 5 }],
      ['+', { documentId: 'b', start: 0, end: 5 }],
      ['+', { documentId: 'c', start: 0, end: 5 }],
    ])
    expect(nv(byDocument)).toBe(1)
  })

  it('lists the evidence of a respondent’s index in document order', () => {
    const input = hrPolicy([])
    const r = input.respondents[0]!.id
    const at = (start: number, key: string, documentOrder = 0): DxCoding => ({
      ...input.codings[0]!,
      ...{ id: `${key}${start}`, documentId: 'doc', start, end: start + 5, respondentId: r },
      ...{ codeId: `code:${key}`, stance: 'SELF', target: null, valence: '0', intensity: null, flags: [] },
      documentOrder,
    })
    input.codings.push(at(30, 'OUT.EFF'), at(10, 'OUT.FIND'), at(20, 'OUT.FIND'), at(0, 'APP.BEL', 1))
    const p = diagnose(input).pragmatism.respondents.find((x) => x.respondentId === r)!
    expect(p.evidence.map((x) => x.start)).toEqual([10, 20, 30, 0])
    expect(p.evidence[0]).toEqual({ documentId: 'doc', start: 10, end: 15, respondentId: r })
  })
})

describe('an excerpt is one span of one respondent, under one stance', () => {
  it('counts a span coded with a code and its child once for the parent', () => {
    const b = new DiagnosisInputBuilder()
    b.codes.push({
      ...b.codes.find((c) => c.key === 'RH.POL')!,
      id: 'code:RH.POL.PAY',
      key: 'RH.POL.PAY',
      parentId: 'code:RH.POL',
    })
    const [e] = b.many('employee', 5)
    b.excerpt(e!, ['RH.POL', 'RH.POL.PAY'], { valence: '-' })
    expect(diagnose(b.build()).enablers['RH.POL']).toMatchObject({ nv: -1, negative: 1, positive: 0 })
  })

  it('keeps a span said for oneself apart from the same span attributed to others', () => {
    const b = new DiagnosisInputBuilder()
    b.many('employee', 5)
    const [l] = b.many('leadership', 3)
    const input = b.build()
    const base = {
      documentId: 'doc',
      start: 0,
      end: 5,
      respondentId: l!,
      codeId: 'code:APP.BEL',
      valence: '0' as const,
    }
    const more = { intensity: null, flags: [], documentOrder: 0 }
    input.codings.push(
      { id: 'self', ...base, stance: 'SELF', target: null, ...more },
      { id: 'attr', ...base, stance: 'ATTR', target: 'employee', ...more },
    )
    const d = diagnose(input)
    expect(d.perceptionGap.employee[0]).toMatchObject({ code: 'APP.BEL', hypothesisCount: 1, expressedCount: 0 })
    expect(d.perceptionGap.leadership[0]).toMatchObject({ code: 'APP.BEL', expressedCount: 1, hypothesisCount: 0 })
  })

  it('counts an attribution without a target as coded: the measure it feeds reads zero, not null', () => {
    const b = new DiagnosisInputBuilder()
    b.many('employee', 5)
    const [l] = b.many('leadership', 3)
    b.excerpt(l!, 'OUT.FLOW', { stance: 'ATTR', target: null })
    const r3 = diagnose(b.build()).recommendations.find((r) => r.id === 'R3')!
    expect(r3.values.expressedFlow).toBe(0)
    expect(r3.evaluable).toBe(true)
  })
})

describe('an excerpt’s valence for a code is that code’s coding’s', () => {
  it('reads praise of HR policy and criticism of management on one span apart', () => {
    const b = new DiagnosisInputBuilder()
    const [e] = b.many('employee', 5)
    b.excerpt(e!, 'RH.POL', { valence: '+' })
    const input = b.build()
    input.codings.push({ ...input.codings[0]!, id: 'mgt', codeId: 'code:MGT.PRA', valence: '-' })
    const d = diagnose(input)
    expect([d.enablers['RH.POL'].nv, d.enablers['MGT.PRA'].nv]).toEqual([1, -1])
  })
})

describe('code roles', () => {
  it('a child code with a role of its own keeps it; one without takes its parent’s', () => {
    const b = new DiagnosisInputBuilder()
    const find = b.codes.find((c) => c.key === 'OUT.FIND')!
    b.codes.push(
      {
        ...find,
        id: 'code:OUT.FIND.PEER',
        key: 'OUT.FIND.PEER',
        parentId: find.id,
        pragmatism: 'relational',
        idealism: null,
      },
      { ...find, id: 'code:OUT.FIND.DOC', key: 'OUT.FIND.DOC', parentId: find.id, pragmatism: null, idealism: null },
    )
    const [e] = b.many('employee', 5)
    b.excerpts(e!, 'OUT.FIND.PEER', 2).excerpt(e!, 'OUT.FIND.DOC')
    const r = diagnose(b.build()).pragmatism.respondents.find((x) => x.respondentId === e)!
    // Every span counts for OUT.FIND (pragmatic) too: all three are pragmatic, two also relational.
    expect([r.pragmatic, r.relational]).toEqual([3, 2])
  })

  it('a cycle among codes in bad data stops the walk up the tree', () => {
    const b = new DiagnosisInputBuilder()
    const find = b.codes.find((c) => c.key === 'OUT.FIND')!
    b.codes.push(
      { ...find, id: 'code:X.A', key: 'X.A', parentId: 'code:X.B', pragmatism: null, idealism: null },
      { ...find, id: 'code:X.B', key: 'X.B', parentId: 'code:X.A', pragmatism: null, idealism: null },
    )
    const [e] = b.many('employee', 5)
    b.excerpt(e!, 'X.A')
    const d = diagnose(b.build())
    expect(d.perceptionGap.employee.map((g) => g.code).sort()).toEqual(['X.A', 'X.B'])
    expect(d.pragmatism.byGroup.employee.label).toBeNull()
  })
})

describe('the codings a measure leaves out for their valence', () => {
  it('are only the measure’s own codes’ codings, not another code’s on the same span', () => {
    const b = new DiagnosisInputBuilder()
    const [e] = b.many('employee', 5)
    b.excerpt(e!, 'ATT.OVL', { valence: '-' })
    const input = b.build()
    input.codings.push({ ...input.codings[0]!, id: 'find', codeId: 'code:OUT.FIND', valence: '0' })
    expect(diagnose(input).attentionLoad).toMatchObject({ value: 20, ignored: [] })
  })

  it('count a sub-code’s coding under the sub-code, for the code whose key it counts for', () => {
    const b = new DiagnosisInputBuilder()
    b.codes.push({
      ...b.codes.find((c) => c.key === 'RH.POL')!,
      id: 'code:RH.POL.PAY',
      key: 'RH.POL.PAY',
      parentId: 'code:RH.POL',
    })
    const [e] = b.many('employee', 5)
    b.excerpt(e!, 'RH.POL', { valence: '-' }).excerpt(e!, 'RH.POL.PAY')
    expect(diagnose(b.build()).enablers['RH.POL']).toMatchObject({
      nv: -1,
      ignored: [{ code: 'RH.POL.PAY', valence: '0', count: 1 }],
    })
  })

  it('are listed by code, then by valence', () => {
    const b = new DiagnosisInputBuilder()
    const [e, f] = b.many('employee', 5)
    b.excerpt(e!, 'ATT.OVL').excerpt(f!, 'ATT.OVL', { valence: '+' }).excerpt(f!, 'ATT.FRAG')
    expect(diagnose(b.build()).attentionLoad.ignored).toEqual([
      { code: 'ATT.FRAG', valence: '0', count: 1 },
      { code: 'ATT.OVL', valence: '+', count: 1 },
      { code: 'ATT.OVL', valence: '0', count: 1 },
    ])
  })
})
