import { describe, expect, it } from 'vitest'
import { codesForGroup } from '../../shared/domain/codes-for-group'
import { tempEngagement } from '../helpers/temp-engagement'

describe('the codes offered by Ctrl+T during an interview', () => {
  const e = tempEngagement('fr')
  const { codes, families } = e.codebook.get()
  const keys = (group: Parameters<typeof codesForGroup>[0], expected: string[] = []) =>
    codesForGroup(group, codes, families, expected).map((c) => c.key)

  it('offers customers the customer codes, and nobody else', () => {
    expect(keys('customer').every((k) => k.startsWith('CLI.'))).toBe(true)
    expect(keys('customer')).toContain('CLI.VAL')
    for (const group of ['employee', 'manager', 'leadership'] as const)
      expect(keys(group).some((k) => k.startsWith('CLI.'))).toBe(false)
  })

  it('offers the leaders’ stance codes to leaders only', () => {
    expect(keys('leadership')).toContain('DIR.IDEAL')
    expect(keys('employee')).not.toContain('DIR.IDEAL')
    expect(keys('employee')).toEqual(expect.arrayContaining(['OUT.FIND', 'ATT.OVL', 'COL.COP', 'RH.POL']))
  })

  it('puts the question’s expected codes first, the rest in the codebook’s order', () => {
    const ordered = keys('employee', ['ATT.OVL', 'APP.REC'])
    expect(ordered.slice(0, 2)).toEqual(['APP.REC', 'ATT.OVL'])
    expect(ordered.slice(2)).toEqual(keys('employee').filter((k) => k !== 'ATT.OVL' && k !== 'APP.REC'))
  })
})
