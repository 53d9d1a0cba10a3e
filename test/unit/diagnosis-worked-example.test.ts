import { describe, expect, it } from 'vitest'
import { diagnose } from '../../shared/domain/diagnosis/diagnose'
import { DiagnosisInputBuilder } from '../helpers/diagnosis-input'

/** The worked example of method/DIAGNOSIS.md, built excerpt by excerpt. */
function workedExample() {
  const b = new DiagnosisInputBuilder()
  const e = Array.from({ length: 10 }, (_, i) => b.respondent('employee', `E${i + 1}`))
  // O excerpts: OUT.FIND and OUT.EFF (E1, E2, E5, E7 carry both; at most 3 per code: already capped).
  const o: [number, number, number][] = [
    [0, 3, 2], // E1: 5 = 3 FIND + 2 EFF
    [1, 2, 2], // E2: 4
    [2, 3, 0], // E3: 3 FIND
    [3, 1, 0], // E4: 1 FIND
    [4, 3, 3], // E5: 6
    [5, 2, 0], // E6: 2 FIND
    [6, 2, 2], // E7: 4
    [8, 0, 3], // E9: 3 EFF
    [9, 0, 2], // E10: 2 EFF
  ]
  for (const [i, find, eff] of o) b.excerpts(e[i]!, 'OUT.FIND', find).excerpts(e[i]!, 'OUT.EFF', eff)
  // A excerpts: APP.BEL for E1, E3, E4; APP.REC for E5, E6, E7, E8, E10.
  b.excerpts(e[0]!, 'APP.BEL', 1).excerpts(e[2]!, 'APP.BEL', 2).excerpts(e[3]!, 'APP.BEL', 3)
  b.excerpts(e[4]!, 'APP.REC', 1)
    .excerpts(e[5]!, 'APP.REC', 2)
    .excerpts(e[6]!, 'APP.REC', 1)
    .excerpts(e[7]!, 'APP.REC', 1)
    .excerpts(e[9]!, 'APP.REC', 1)
  b.excerpt(e[1]!, 'COL.COP').excerpt(e[8]!, 'COL.COP')
  // Four leaders attribute needs to employees.
  const l = Array.from({ length: 4 }, (_, i) => b.respondent('leadership', `L${i + 1}`))
  for (const r of l) b.attribute(r, 'employee', 'APP.BEL')
  for (const r of l.slice(0, 3)) b.attribute(r, 'employee', 'COL.COP')
  for (const r of l.slice(0, 2)) b.attribute(r, 'employee', 'OUT.EFF')
  b.attribute(l[0]!, 'employee', 'OUT.FIND')
  return diagnose(b.build())
}

// Built in each test rather than once for the block: a mutation run credits a test only with the
// code it runs itself, not with what its describe block computed while the tests were collected.
describe('the worked example of DIAGNOSIS.md', () => {
  it('computes each employee’s pragmatism index', () => {
    const d = workedExample()
    const pis = d.pragmatism.respondents
      .filter((r) => r.group === 'employee')
      .map((r) => (r.valid ? Number(r.pi!.toFixed(2)) : 'insufficient'))
    expect(pis).toEqual([0.83, 1, 0.6, 0.25, 0.86, 0.5, 0.8, 'insufficient', 1, 0.67])
  })

  it('labels the employees pragmatic: nine valid, median 0.80, six pragmatic, two mixed, one relational', () => {
    const d = workedExample()
    expect(d.pragmatism.byGroup.employee).toMatchObject({
      label: 'pragmatic',
      valid: 9,
      n: 10,
      distribution: { pragmatic: 6, mixed: 2, relational: 1, insufficientEvidence: 1 },
      indicative: false,
    })
    expect(d.pragmatism.byGroup.employee.median).toBeCloseTo(0.8, 12)
  })

  it('finds the employees’ prevalences and the leaders’ hypotheses, and their gaps', () => {
    const d = workedExample()
    const rows = Object.fromEntries(d.perceptionGap.employee.map((r) => [r.code, r]))
    const expect_ = (
      code: string,
      expressed: number,
      hypothesis: number,
      gap: number,
      band: string,
      direction: string | null,
    ) => {
      expect(rows[code]!.expressed).toBeCloseTo(expressed, 9)
      expect(rows[code]!.hypothesis).toBeCloseTo(hypothesis, 9)
      expect(rows[code]!.gap).toBeCloseTo(gap, 9)
      expect(rows[code]).toMatchObject({ band, direction, indicative: false })
    }
    expect_('APP.BEL', 30, 100, 70, 'major', 'overestimate')
    expect_('COL.COP', 20, 75, 55, 'major', 'overestimate')
    expect_('OUT.EFF', 60, 50, -10, 'aligned', 'blindSpot')
    expect_('OUT.FIND', 70, 25, -45, 'major', 'blindSpot')
    expect_('APP.REC', 50, 0, -50, 'major', 'blindSpot')
    // Sorted by expressed prevalence, then key; only codes with data.
    expect(d.perceptionGap.employee.map((r) => r.code)).toEqual([
      'OUT.FIND',
      'OUT.EFF',
      'APP.REC',
      'APP.BEL',
      'COL.COP',
    ])
    expect(rows['OUT.FIND']).toMatchObject({ expressedCount: 7, expressedN: 10, hypothesisCount: 1, hypothesisN: 4 })
  })

  it('computes the idealism index: (70 + 55)/2 - (-10 - 45)/2 = 90, idealist', () => {
    const d = workedExample()
    expect(d.idealismIndex.value).toBeCloseTo(90, 9)
    expect(d.idealismIndex).toMatchObject({ band: 'idealist', indicative: false })
    // APP.REC has no idealism role: it is not one of the pairs.
    expect(d.idealismIndex.pairs.map((p) => p.code).sort()).toEqual(['APP.BEL', 'COL.COP', 'OUT.EFF', 'OUT.FIND'])
  })

  it('marks nothing indicative and leaves the absent groups out', () => {
    const d = workedExample()
    expect(d.floors.employee).toEqual({ n: 10, floor: 5, under: false })
    expect(d.floors.leadership).toEqual({ n: 4, floor: 3, under: false })
    expect(d.pragmatism.byGroup.customer).toMatchObject({ label: null, median: null, valid: 0 })
    expect(d.perceptionGap.customer).toEqual([])
  })

  it('fires R1 and R2; evaluates R0, R6 and R11 without firing them; cannot evaluate the others', () => {
    const d = workedExample()
    const by = Object.fromEntries(d.recommendations.map((r) => [r.id, r]))
    expect(d.recommendations.filter((r) => r.triggered).map((r) => r.id)).toEqual(['R1', 'R2'])
    for (const id of ['R0', 'R6', 'R11']) expect(by[id], id).toMatchObject({ triggered: false, evaluable: true })
    for (const id of ['R3', 'R4', 'R5', 'R7', 'R8', 'R9', 'R10', 'R12'])
      expect(by[id], id).toMatchObject({ triggered: false, evaluable: false })
    expect(by.R11!.values).toMatchObject({ expressedRecognition: 50, nvHrPolicy: null })
    expect(by.R1!.supporting.length).toBeGreaterThan(0)
    expect(by.R1!.counterCount).toBeGreaterThan(0)
  })

  it('leaves the measures whose codes were never coded null', () => {
    const d = workedExample()
    expect(d.attentionLoad.value).toBeNull()
    expect(d.executionMaturity.value).toBeNull()
    expect(d.collectives.misRate).toBeNull()
    expect(d.enablers['RH.POL'].nv).toBeNull()
  })
})
