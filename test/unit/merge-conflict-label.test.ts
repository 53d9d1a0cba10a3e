import { describe, expect, it } from 'vitest'
import { labelOf } from '../../electron/core/merge/conflict-view'

const conflict = (row: Record<string, string>) => ({
  table: 'codings',
  key: 'k1',
  kind: 'bothChanged' as const,
  target: row,
  source: row,
})

describe('a merge conflict’s label', () => {
  it('names the row by its words, without the quotation marks they bring (the label is shown in its own)', () => {
    expect(labelOf(conflict({ text: '« une vraie communauté »' }))).toBe('une vraie communauté')
    expect(labelOf(conflict({ text: '“Communities”, they say' }))).toBe('Communities”, they say')
    expect(labelOf(conflict({ code: 'E07', text: 'anything' }))).toBe('E07')
  })

  it('cuts long words at 80 characters and falls back on the match key', () => {
    expect(labelOf(conflict({ text: 'x'.repeat(200) }))).toBe(`${'x'.repeat(79)}…`)
    expect(labelOf(conflict({ text: ' « » ' }))).toBe('k1')
  })
})
