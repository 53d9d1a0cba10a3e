import { describe, expect, it } from 'vitest'
import { readDay, showDay } from '../../shared/i18n/date-input'

describe('a day typed in a date field', () => {
  it('reads the day first, as French and British English write it, and ISO as pasted', () => {
    expect(readDay('09/03/2026')).toBe('2026-03-09')
    expect(readDay('9/3/2026')).toBe('2026-03-09')
    expect(readDay('9.3.26')).toBe('2026-03-09')
    expect(readDay(' 9 3 2026 ')).toBe('2026-03-09')
    expect(readDay('2026-03-09')).toBe('2026-03-09')
  })

  it('gives an empty field as no date, and refuses what is not a day', () => {
    expect(readDay('')).toBe('')
    expect(readDay('31/02/2026')).toBeNull()
    expect(readDay('29/02/2025')).toBeNull()
    expect(readDay('29/02/2028')).toBe('2028-02-29')
    expect(readDay('13/13/2026')).toBeNull()
    expect(readDay('mars 2026')).toBeNull()
    expect(readDay('03/09')).toBeNull()
  })

  it('shows a stored day as it is read back', () => {
    expect(showDay('2026-03-09')).toBe('09/03/2026')
    expect(readDay(showDay('2026-12-31'))).toBe('2026-12-31')
    expect(showDay(null)).toBe('')
  })
})
