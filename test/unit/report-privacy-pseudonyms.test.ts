import { describe, expect, it } from 'vitest'
import {
  Respondent,
  RespondentCode,
  RespondentIdentity,
  RespondentInput,
  Variable,
  VariableType,
  VariableValue,
  nextRespondentCode,
} from '../../shared/domain/respondent'

const ID = '3f2b8c1e-5d4a-4e6b-9c7d-0a1b2c3d4e5f'
const NOW = '2026-01-15T09:30:00.000Z'

describe('a respondent is shown under a pseudonymous code', () => {
  it('gives the first free code R01, R02, ... in two digits', () => {
    expect(nextRespondentCode([])).toBe('R01')
    expect(nextRespondentCode(['R01'])).toBe('R02')
    expect(nextRespondentCode(['R01', 'R03'])).toBe('R02')
    expect(nextRespondentCode(['R02'])).toBe('R01')
  })

  it('counts a code taken in lower case as taken', () => {
    expect(nextRespondentCode(['r01', 'r02'])).toBe('R03')
  })

  it('goes on past R09 and R99 without reusing a code', () => {
    const first = (n: number) => Array.from({ length: n }, (_, i) => `R${String(i + 1).padStart(2, '0')}`)
    expect(nextRespondentCode(first(9))).toBe('R10')
    expect(nextRespondentCode(first(99))).toBe('R100')
  })

  it('accepts letters, digits, dot, dash and underscore, trimmed', () => {
    expect(RespondentCode.parse('  R01 ')).toBe('R01')
    expect(RespondentCode.parse('Élu_3.b-2')).toBe('Élu_3.b-2')
    expect(RespondentCode.parse('x'.repeat(32))).toHaveLength(32)
  })

  it('refuses an empty code, a code of 33 characters, and a code with spaces (a full name is not a code)', () => {
    expect(RespondentCode.safeParse('').success).toBe(false)
    expect(RespondentCode.safeParse('   ').success).toBe(false)
    expect(RespondentCode.safeParse('x'.repeat(33)).success).toBe(false)
    expect(RespondentCode.safeParse('Lucie Roux').success).toBe(false)
    expect(RespondentCode.safeParse('R01!').success).toBe(false)
    expect(RespondentCode.safeParse('!R01').success).toBe(false)
  })
})

describe('what a respondent record holds: a code, never a real name', () => {
  it('trims unit, site and role and leaves them null when not given', () => {
    expect(RespondentInput.parse({ code: 'R01', group: 'employee' })).toEqual({
      code: 'R01',
      group: 'employee',
      unit: null,
      site: null,
      role: null,
    })
    expect(
      RespondentInput.parse({ code: 'R01', group: 'manager', unit: ' Sales ', site: ' Lyon ', role: ' Lead ' }),
    ).toMatchObject({ unit: 'Sales', site: 'Lyon', role: 'Lead' })
  })

  it('bounds unit and site at 120 characters and role at 160', () => {
    const parse = (o: object) => RespondentInput.safeParse({ code: 'R01', group: 'employee', ...o }).success
    expect(parse({ unit: 'u'.repeat(120), site: 's'.repeat(120), role: 'r'.repeat(160) })).toBe(true)
    expect(parse({ unit: 'u'.repeat(121) })).toBe(false)
    expect(parse({ site: 's'.repeat(121) })).toBe(false)
    expect(parse({ role: 'r'.repeat(161) })).toBe(false)
    expect(parse({ group: 'board' })).toBe(false)
  })

  it('keeps the real name apart, in an identity that may hold none', () => {
    const stored = {
      id: ID,
      code: 'R01',
      group: 'employee',
      unit: null,
      site: null,
      role: null,
      createdAt: NOW,
      updatedAt: NOW,
    }
    expect(Respondent.parse(stored)).toEqual(stored)
    expect(Respondent.parse({ ...stored, realName: 'Lucie Roux' })).not.toHaveProperty('realName')
    expect(RespondentIdentity.parse({ respondentId: ID, realName: null, contact: null })).toEqual({
      respondentId: ID,
      realName: null,
      contact: null,
    })
    expect(RespondentIdentity.safeParse({ respondentId: 'not-an-id', realName: 'A', contact: null }).success).toBe(
      false,
    )
  })
})

describe('respondent variables', () => {
  it('are typed text, number, boolean, date or choice', () => {
    expect(VariableType.options).toEqual(['text', 'number', 'boolean', 'date', 'choice'])
    const v = { id: ID, key: 'age', name: 'Age', type: 'number', options: [], position: 0 }
    expect(Variable.parse(v)).toEqual(v)
    expect(Variable.safeParse({ ...v, key: '' }).success).toBe(false)
    expect(Variable.safeParse({ ...v, key: 'k'.repeat(64) }).success).toBe(true)
    expect(Variable.safeParse({ ...v, key: 'k'.repeat(65) }).success).toBe(false)
    expect(Variable.safeParse({ ...v, name: '' }).success).toBe(false)
    expect(Variable.safeParse({ ...v, name: 'n'.repeat(120) }).success).toBe(true)
    expect(Variable.safeParse({ ...v, name: 'n'.repeat(121) }).success).toBe(false)
    expect(Variable.safeParse({ ...v, position: 1.5 }).success).toBe(false)
  })

  it('hold a text, a number, a boolean or nothing', () => {
    for (const value of ['x', 3, false, null]) expect(VariableValue.parse(value)).toBe(value)
    expect(VariableValue.safeParse({}).success).toBe(false)
  })
})
