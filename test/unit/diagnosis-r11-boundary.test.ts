import { describe, expect, it } from 'vitest'
import { diagnose } from '../../shared/domain/diagnosis/diagnose'
import { DiagnosisInputBuilder } from '../helpers/diagnosis-input'

describe('R11 (align HR policy) at a net valence of exactly zero', () => {
  it('does not fire when HR policy is praised once and criticised once, even with two employees in five asking for recognition', () => {
    const b = new DiagnosisInputBuilder()
    const employees = b.many('employee', 5)
    b.excerpt(employees[0]!, 'APP.REC').excerpt(employees[1]!, 'APP.REC')
    b.excerpt(employees[2]!, 'RH.POL', { valence: '+' }).excerpt(employees[3]!, 'RH.POL', { valence: '-' })
    const d = diagnose(b.build())
    // NV(RH.POL) = (1 - 1) / 2 = 0: neither a barrier (<= -0.3) nor negative (< 0).
    expect(d.enablers['RH.POL']).toMatchObject({ nv: 0, positive: 1, negative: 1 })
    expect(d.recommendations.find((r) => r.id === 'R11')).toMatchObject({
      evaluable: true,
      triggered: false,
      values: { nvHrPolicy: 0, expressedRecognition: 40 },
    })
  })
})
