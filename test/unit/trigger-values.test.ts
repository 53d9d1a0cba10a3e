import { describe, expect, it } from 'vitest'
import { diagnose } from '../../shared/domain/diagnosis/diagnose'
import type { Recommendation } from '../../shared/domain/diagnosis/result'
import { translator } from '../../shared/i18n/translate'
import { TRIGGER_VALUES, triggerLine, triggerValueText } from '../../shared/report/trigger-values'
import { DiagnosisInputBuilder } from '../helpers/diagnosis-input'

const NNBSP = '\u202f'
/** What a reader must never see: a variable's name (camelCase) or an assignment. */
const RAW = /\b[a-z]+[A-Z][A-Za-z]*\b|\w+ = \S/
const LANGS = ['fr', 'en'] as const

/** Values of every shape a rule gives, for each way of saying them. */
const SAMPLES: Record<(typeof TRIGGER_VALUES)[keyof typeof TRIGGER_VALUES], Recommendation['values'][string][]> = {
  share: [56.666, 0, 100, null],
  points: [56.666, -12.5, 0, null],
  netValence: [-0.58, 0.3, null],
  count: [30, 0, null],
  alpha: [0.6667, null],
  outOfFour: [1, null],
  label: ['pragmatic', 'relational', 'mixed', 'insufficientEvidence', null],
  groups: ['employee,manager', '', null],
  fact: [true, false, null],
}

/** A study where every rule has something to read. */
function richInput() {
  const b = new DiagnosisInputBuilder()
  const employees = b.many('employee', 5)
  const managers = b.many('manager', 2)
  const leaders = b.many('leadership', 3)
  const customers = b.many('customer', 5)
  for (const e of employees) {
    b.excerpts(e, 'OUT.FIND', 2).excerpt(e, 'OUT.FLOW').excerpt(e, 'APP.REC')
    b.excerpt(e, 'ATT.FRAG', { valence: '-' }).excerpt(e, 'ATT.OVL', { valence: '0' })
    b.excerpt(e, 'RH.POL', { valence: '-' }).excerpt(e, 'MGT.PRA', { valence: '+' })
  }
  for (const m of managers) b.excerpt(m, 'ATT.OVL', { valence: '-' })
  for (const l of leaders) {
    b.attribute(l, 'employee', 'APP.BEL').attribute(l, 'employee', 'OUT.FIND')
    b.attribute(l, 'customer', 'CLI.CONN').excerpt(l, 'EXE.GOV', { flags: ['activityOnly'] })
  }
  for (const c of customers) b.excerpt(c, 'CLI.SAV', { valence: '-' }).excerpt(c, 'CLI.TRUST', { valence: '-' })
  b.collective('community', [1, 1, 1, 1, 0], ['+'])
  return b.build()
}

describe('what a recommendation’s trigger read, in words', () => {
  it('says every value any rule gives, of every shape, in French and in English, never by its variable’s name', () => {
    for (const lang of LANGS) {
      const tr = translator(lang)
      for (const [name, kind] of Object.entries(TRIGGER_VALUES))
        for (const v of SAMPLES[kind]) {
          const text = triggerValueText(tr, name, v, true)
          expect(text, `${lang} ${name} ${String(v)}`).toBeTruthy()
          expect(text, `${lang} ${name} ${String(v)}`).not.toMatch(RAW)
          expect(text).not.toContain(name)
          expect(text).not.toMatch(/\{\w+\}|undefined|NaN|true|false/)
          if (lang === 'fr') expect(text, name).not.toMatch(/ [:;?!»]|« /)
        }
    }
  })

  it('reads as the consultant would write it: labels, bands by name, decimal commas in French', () => {
    const values = { idealismIndex: 56.666, employeeLabel: 'pragmatic' }
    expect(triggerLine(translator('fr'), values)).toBe(
      `Indice d’idéalisme${NNBSP}: +56,67 · profil des collaborateurs${NNBSP}: pragmatique`,
    )
    expect(triggerLine(translator('en'), values)).toBe('Idealism index: +56.67 · employees’ profile: pragmatic')
    expect(triggerLine(translator('fr'), { genuineCommunityWithPositiveEvidence: true, expressedFind: 40 })).toBe(
      `Une vraie communauté de pratique, avec un élément positif · collaborateurs qui parlent de trouver l’information ou l’expert${NNBSP}: 40${NNBSP}%`,
    )
    expect(triggerLine(translator('fr'), { nvHrPolicy: -0.583, groupsUnderFloor: 'manager' })).toBe(
      `Valence nette de la politique RH${NNBSP}: −0,58 · groupes sous leur seuil de preuve${NNBSP}: managers`,
    )
    expect(triggerValueText(translator('en'), 'attentionLoad', null)).toBe('attention load: no data')
  })

  it('has words for exactly the values the rules read, with data or without', () => {
    const names = (d: ReturnType<typeof diagnose>) => new Set(d.recommendations.flatMap((r) => Object.keys(r.values)))
    const read = new Set([...names(diagnose(new DiagnosisInputBuilder().build())), ...names(diagnose(richInput()))])
    expect([...read].sort()).toEqual(Object.keys(TRIGGER_VALUES).sort())
  })

  it('says every trigger of a study whose rules all have data, in both languages, with no raw name', () => {
    const d = diagnose(richInput())
    expect(d.recommendations.filter((r) => r.triggered).length).toBeGreaterThan(5)
    for (const lang of LANGS)
      for (const r of d.recommendations) {
        const line = triggerLine(translator(lang), r.values)
        expect(line, r.id).not.toMatch(RAW)
        expect(line.split(' · ')).toHaveLength(Object.keys(r.values).length)
      }
  })
})
