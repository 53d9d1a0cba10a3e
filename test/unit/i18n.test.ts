import { describe, expect, it } from 'vitest'
import { en } from '../../shared/i18n/en'
import { fr } from '../../shared/i18n/fr'
import { formatDate, languageOf, translate, translateCount } from '../../shared/i18n/translate'

const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort()

describe('message catalogues', () => {
  it('have the same keys in French and English, none empty', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort())
    for (const [k, v] of Object.entries(fr)) expect(v.trim(), k).not.toBe('')
  })

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(fr[key]), key).toEqual(placeholders(en[key]))
    }
  })

  it('name the groups in each language', () => {
    expect(translate('fr', 'group.employee')).toBe('Collaborateur')
    expect(translate('en', 'group.employee')).toBe('Employee')
    expect(translate('fr', 'groups.leadership')).toBe('Direction')
  })
})

describe('translation', () => {
  it('fills placeholders and formats numbers per language', () => {
    expect(translate('en', 'engagement.floorMissing', { missing: 2, floor: 5 })).toBe(
      '2 more needed for the evidence floor (5)',
    )
    expect(translate('fr', 'cli.badCount', { option: '--codings', min: 0, max: 10000, value: 'x' })).toBe(
      '--codings accepte un nombre entier de 0 à 10\u202f000, pas «\u202fx\u202f».',
    )
  })

  it('counts with each language’s plural rule (French: 0 and 1 are singular)', () => {
    expect(translateCount('en', 'engagement.respondents', 0)).toBe('0 respondents')
    expect(translateCount('en', 'engagement.respondents', 1)).toBe('1 respondent')
    expect(translateCount('fr', 'engagement.respondents', 0)).toBe('0 répondant')
    expect(translateCount('fr', 'engagement.respondents', 1)).toBe('1 répondant')
    expect(translateCount('fr', 'engagement.respondents', 26)).toBe('26 répondants')
  })

  it('reads the language from a locale, English by default', () => {
    expect(languageOf('fr-FR')).toBe('fr')
    expect(languageOf('fr_CA.UTF-8')).toBe('fr')
    expect(languageOf('FR')).toBe('fr')
    expect(languageOf('en-GB')).toBe('en')
    expect(languageOf('de-DE')).toBe('en')
    expect(languageOf('french')).toBe('en')
    expect(languageOf(undefined)).toBe('en')
  })

  it('formats dates in the language, from days and timestamps alike', () => {
    expect(formatDate('fr', '2026-09-14')).toBe('14 septembre 2026')
    expect(formatDate('en', '2026-09-14T09:00:00.000Z')).toBe('14 September 2026')
    expect(formatDate('en', null)).toBe('')
  })
})
