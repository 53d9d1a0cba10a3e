import { describe, expect, it } from 'vitest'
import { respondentBand } from '../../shared/domain/diagnosis/pragmatism'
import { gapBand } from '../../shared/domain/diagnosis/perception-gap'
import { idealismBand } from '../../shared/domain/diagnosis/idealism'
import { collectivesBand } from '../../shared/domain/diagnosis/collectives'
import { executionBand } from '../../shared/domain/diagnosis/execution'
import { attentionBand } from '../../shared/domain/diagnosis/attention'
import { enablerBand } from '../../shared/domain/diagnosis/enablers'
import { percent } from '../../shared/domain/diagnosis/compare'
import { DEFAULT_DIAGNOSIS_SETTINGS as S } from '../../shared/domain/diagnosis-settings'
import { diagnose } from '../../shared/domain/diagnosis/diagnose'
import { applyOverrides, bandsOf, overrideOf } from '../../shared/domain/diagnosis/overrides'
import { DiagnosisInputBuilder } from '../helpers/diagnosis-input'

const NUDGE = 1e-6

describe('bands, at each bound and either side of it', () => {
  it('pragmatism per respondent: pragmatic when PI >= 0.65, relational when PI <= 0.35', () => {
    const band = (pi: number) => respondentBand(pi, S.pragmatism.pragmaticAt, S.pragmatism.relationalAt)
    expect(band(0.65)).toBe('pragmatic')
    expect(band(0.65 - NUDGE)).toBe('mixed')
    expect(band(13 / 20)).toBe('pragmatic')
    expect(band(0.35)).toBe('relational')
    expect(band(0.35 + NUDGE)).toBe('mixed')
    expect(band(7 / 20)).toBe('relational')
    expect(respondentBand(null, 0.65, 0.35)).toBeNull()
  })

  it('perception gap on |gap|: aligned < 15 <= notable < 30 <= major; direction by sign', () => {
    const band = (g: number) => gapBand(g, S.perceptionGap)
    expect(band(15 - NUDGE)).toEqual({ band: 'aligned', direction: 'overestimate' })
    expect(band(15)).toEqual({ band: 'notable', direction: 'overestimate' })
    expect(band(-15)).toEqual({ band: 'notable', direction: 'blindSpot' })
    expect(band(30 - NUDGE)).toEqual({ band: 'notable', direction: 'overestimate' })
    expect(band(30)).toEqual({ band: 'major', direction: 'overestimate' })
    expect(band(-30)).toEqual({ band: 'major', direction: 'blindSpot' })
    expect(band(0)).toEqual({ band: 'aligned', direction: null })
    expect(gapBand(null, S.perceptionGap)).toEqual({ band: null, direction: null })
  })

  it('perception gap: a gap of 30 in exact arithmetic is 30, whatever the floating point says', () => {
    const gap = percent(2, 3)! - percent(11, 30)!
    expect(gap).not.toBe(30)
    expect(gapBand(gap, S.perceptionGap).band).toBe('major')
    expect(percent(2, 3)).toBeCloseTo(66.67, 2)
  })

  it('idealism index: idealist >= 15; leaning 5..15; aligned between -5 and 5; blind spot <= -5', () => {
    const band = (v: number) => idealismBand(v, S.idealism)
    expect(band(15)).toBe('idealist')
    expect(band(15 - NUDGE)).toBe('leaningIdealist')
    expect(band(5)).toBe('leaningIdealist')
    expect(band(5 - NUDGE)).toBe('aligned')
    expect(band(-5 + NUDGE)).toBe('aligned')
    expect(band(-5)).toBe('instrumentalBlindSpot')
    expect(idealismBand(null, S.idealism)).toBeNull()
  })

  it('collective clarity: clear < 20 <= blurred <= 50 < project groups in disguise', () => {
    const band = (v: number) => collectivesBand(v, S.collectives)
    expect(band(20 - NUDGE)).toBe('clear')
    expect(band(20)).toBe('blurred')
    expect(band(50)).toBe('blurred')
    expect(band(50 + NUDGE)).toBe('projectGroupsInDisguise')
    expect(collectivesBand(null, S.collectives)).toBeNull()
  })

  it('execution maturity: declarative <= 1, emerging 2, operational >= 3', () => {
    expect([0, 1, 2, 3, 4].map((v) => executionBand(v, S.execution))).toEqual([
      'declarative',
      'declarative',
      'emerging',
      'operational',
      'operational',
    ])
  })

  it('attention load: low < 20 <= moderate <= 40 < high', () => {
    const band = (v: number) => attentionBand(v, S.attentionLoad)
    expect(band(20 - NUDGE)).toBe('low')
    expect(band(20)).toBe('moderate')
    expect(band(40)).toBe('moderate')
    expect(band(40 + NUDGE)).toBe('high')
  })

  it('enablers: barrier <= -0.3, enabler >= 0.3, neutral between', () => {
    const band = (v: number) => enablerBand(v, S.enablers)
    expect(band(-0.3)).toBe('barrier')
    expect(band(-0.3 + NUDGE)).toBe('neutral')
    expect(band(0.3)).toBe('enabler')
    expect(band(0.3 - NUDGE)).toBe('neutral')
    expect(band((1 - 2) / 3 + 1 / 30)).toBe('barrier')
  })

  it('CoP score: genuine community >= 4, hybrid 2-3, project or work group <= 1, with mislabels', () => {
    const b = new DiagnosisInputBuilder()
    b.collective('community', [1, 1, 1, 1, 0])
      .collective('community', [1, 1, 0, 0, 0])
      .collective('community', [1, 0, 0, 0, 0])
    b.collective('project', [1, 1, 1, 1, 1])
      .collective('work_group', [0, 0, 1, 0, 0])
      .collective('community', [1, null, 1, 1, 1])
    const c = diagnose(b.build()).collectives
    expect(c.items.map((i) => [i.score, i.band, i.mislabel])).toEqual([
      [4, 'genuineCommunity', null],
      [2, 'hybrid', null],
      [1, 'projectGroup', 'projectGroupInDisguise'],
      [5, 'genuineCommunity', 'communityCalledProject'],
      [1, 'projectGroup', null],
      [null, null, null],
    ])
    // MisRate counts community-labelled collectives with a score: 1 in disguise of 3.
    expect(c).toMatchObject({ communityLabelled: 3, inDisguise: 1, band: 'blurred' })
    expect(c.misRate).toBeCloseTo(100 / 3, 9)
  })

  it('pragmatism per group: pragmatic when >= 60 % of valid respondents are, in integer counts', () => {
    const run = (pragmatic: number, relational: number) => {
      const b = new DiagnosisInputBuilder()
      for (let i = 0; i < pragmatic; i++) b.excerpts(b.respondent('employee'), 'OUT.FIND', 3)
      for (let i = 0; i < relational; i++) b.excerpts(b.respondent('employee'), 'APP.BEL', 3)
      return diagnose(b.build()).pragmatism.byGroup.employee.label
    }
    expect(run(3, 2)).toBe('pragmatic')
    expect(run(2, 3)).toBe('relational')
    expect(run(5, 4)).toBe('mixed')
    expect(run(6, 4)).toBe('pragmatic')
  })
})

describe('reliability gate', () => {
  it('marks measures whose codes have alpha < 0.667 unreliable, < 0.8 tentative, and none from 0.8', () => {
    const marks = (alpha: number) => {
      const b = new DiagnosisInputBuilder()
      for (const r of b.many('employee', 5)) b.excerpts(r, 'OUT.FIND', 3).excerpt(r, 'ATT.OVL', { valence: '-' })
      return diagnose(b.alphas({ 'OUT.FIND': alpha, 'ATT.OVL': 0.9 }).build())
    }
    expect(marks(0.666).reliability).toMatchObject({ pragmatism: 'unreliable' })
    expect(marks(0.667).reliability).toMatchObject({ pragmatism: 'tentative' })
    expect(marks(0.8 - NUDGE).reliability.pragmatism).toBe('tentative')
    expect(marks(0.8).reliability.pragmatism).toBeUndefined()
    expect(marks(0.8).reliability.attentionLoad).toBeUndefined()
    expect(marks(0.666).recommendations.find((r) => r.id === 'R0')!.triggered).toBe(true)
    expect(marks(0.667).recommendations.find((r) => r.id === 'R0')!.triggered).toBe(false)
  })
})

describe('the bands a consultant may set in place of the computed one', () => {
  it('are, for each measure, the bands DIAGNOSIS.md names for it', () => {
    const method: [string, string[]][] = [
      ['idealismIndex', ['idealist', 'leaningIdealist', 'aligned', 'instrumentalBlindSpot']],
      ['collectives', ['clear', 'blurred', 'projectGroupsInDisguise']],
      ['executionMaturity', ['declarative', 'emerging', 'operational']],
      ['attentionLoad', ['low', 'moderate', 'high']],
      ['enablers.RH.POL', ['barrier', 'neutral', 'enabler']],
      ['enablers.MGT.PRA', ['barrier', 'neutral', 'enabler']],
      ['pragmatism.employee', ['pragmatic', 'mixed', 'relational', 'insufficientEvidence']],
      ['perceptionGap.customer.CLI.CONN', ['aligned', 'notable', 'major']],
    ]
    for (const [measure, bands] of method) expect([...bandsOf(measure)].sort(), measure).toEqual([...bands].sort())
  })

  it('are read back from the measure they were laid on, the computed band beside them', () => {
    const b = new DiagnosisInputBuilder()
    for (const e of b.many('employee', 5)) b.excerpt(e, 'OUT.FIND')
    for (const l of b.many('leadership', 3)) b.attribute(l, 'employee', 'APP.BEL')
    const reason = 'The leaders spoke for the board.'
    const o = applyOverrides(diagnose(b.build()), [{ measure: 'idealismIndex', band: 'leaningIdealist', reason }], [])
    expect(overrideOf(o.idealismIndex)).toEqual({ band: 'leaningIdealist', computedBand: 'idealist', reason })
    expect(overrideOf(o.attentionLoad)).toBeUndefined()
  })
})
