import { describe, expect, it } from 'vitest'
import {
  formatDate,
  formatDateRange,
  formatNumber,
  formatPercent,
  formatSigned,
  plural,
  quote,
  typeset,
} from '../../shared/i18n/format'
import { translator } from '../../shared/i18n/translate'

const N = '\u202f'

describe('French typography', () => {
  it('puts a narrow no-break space before ; : ! ? » and after «, in place of a plain or no-break one', () => {
    expect(typeset('fr', 'Fichier : a.csv ; b ? c ! « d »')).toBe(`Fichier${N}: a.csv${N}; b${N}? c${N}! «${N}d${N}»`)
    expect(typeset('fr', 'Pourquoi\u00a0?')).toBe(`Pourquoi${N}?`)
  })

  it('leaves alone what has no space (times, addresses, patterns), what is already right, and English', () => {
    expect(typeset('fr', '00:01:02 urn:QDA-XML seaux? (a|b)')).toBe('00:01:02 urn:QDA-XML seaux? (a|b)')
    const right = `Fichier${N}: «${N}x${N}»`
    expect(typeset('fr', right)).toBe(right)
    expect(typeset('fr', typeset('fr', '« x » ?'))).toBe(`«${N}x${N}»${N}?`)
    expect(typeset('en', 'File : a ?')).toBe('File : a ?')
  })

  it('quotes in each language’s marks', () => {
    expect(quote('fr', 'mot')).toBe(`«${N}mot${N}»`)
    expect(quote('en', 'word')).toBe('“word”')
  })

  it('typesets what placeholders bring into a French message', () => {
    expect(translator('fr').t('collectives.deleteTitle', { name: 'Qui sait ?' })).toBe(
      `Supprimer «${N}Qui sait${N}?${N}»${N}?`,
    )
  })
})

describe('numbers', () => {
  it('write a decimal comma and narrow-space thousands in French, a point in English', () => {
    expect(formatNumber('fr', 0.9, 2)).toBe('0,90')
    expect(formatNumber('en', 0.9, 2)).toBe('0.90')
    expect(formatNumber('fr', 12345.678)).toBe(`12${N}345,678`)
    expect(formatNumber('en', 12345)).toBe('12,345')
    expect(formatNumber('fr', 2)).toBe('2')
  })

  it('write shares with the language’s percent: "56,67 %" and "56.67%"', () => {
    expect(formatPercent('fr', 56.667, 2)).toBe(`56,67${N}%`)
    expect(formatPercent('en', 56.667, 2)).toBe('56.67%')
    expect(formatPercent('fr', 80)).toBe(`80${N}%`)
    expect(formatPercent('en', null)).toBe('—')
  })

  it('write signed figures with a real minus, and no sign on what rounds to zero', () => {
    expect(formatSigned('fr', -0.456, 2)).toBe('−0,46')
    expect(formatSigned('en', 25)).toBe('+25')
    expect(formatSigned('fr', 0.004, 2)).toBe('0,00')
    expect(formatSigned('fr', -0.4)).toBe('0')
    expect(formatSigned('en', undefined)).toBe('—')
  })
})

describe('dates', () => {
  it('write a day in the language, the first of a month as an ordinal in French', () => {
    expect(formatDate('fr', '2026-03-09')).toBe('9 mars 2026')
    expect(formatDate('en', '2026-03-09T09:00:00.000Z')).toBe('9 March 2026')
    expect(formatDate('fr', '2026-03-01')).toBe('1er mars 2026')
    expect(formatDate('fr', null)).toBe('')
  })

  it('write a range once where its ends share a month or a year', () => {
    expect(formatDateRange('fr', '2026-03-09', '2026-03-11')).toBe('9–11 mars 2026')
    expect(formatDateRange('en', '2026-03-09', '2026-03-11')).toBe('9–11 March 2026')
    expect(formatDateRange('fr', '2026-03-30', '2026-04-02')).toBe('30 mars – 2 avril 2026')
    expect(formatDateRange('en', '2026-12-30', '2027-01-02')).toBe('30 December 2026 – 2 January 2027')
  })

  it('write a one-day slot, or a slot with one end, as one date', () => {
    expect(formatDateRange('fr', '2026-03-09', '2026-03-09')).toBe('9 mars 2026')
    expect(formatDateRange('en', '2026-03-09', null)).toBe('9 March 2026')
    expect(formatDateRange('en', null, '2026-03-11')).toBe('11 March 2026')
    expect(formatDateRange('fr', null, null)).toBe('')
  })

  it('leave what is not a date as it was written', () => {
    expect(formatDate('fr', 'mars')).toBe('mars')
    expect(formatDateRange('en', '2026-03-09', 'later')).toBe('9 March 2026 – later')
  })
})

describe('plurals', () => {
  it('agree a noun with its count, French putting 0 and 1 in the singular', () => {
    const personne = { one: 'personne', other: 'personnes' }
    expect(plural('fr', 0, personne)).toBe('0 personne')
    expect(plural('fr', 1, personne)).toBe('1 personne')
    expect(plural('fr', 2, personne)).toBe('2 personnes')
    expect(plural('en', 0, { one: 'person', other: 'people' })).toBe('0 people')
    expect(plural('en', 1, { one: 'person', other: 'people' })).toBe('1 person')
  })

  it('pick a counted message of the catalogue', () => {
    expect(translator('fr').tn('report.count.people', 1)).toBe('1 personne')
    expect(translator('fr').tn('report.count.people', 12)).toBe('12 personnes')
    expect(translator('en').tn('report.count.people', 1)).toBe('1 person')
  })
})
