import { describe, expect, it } from 'vitest'
import { cooccurrence } from '../../shared/domain/diagnosis/cooccurrence'
import { quadrant } from '../../shared/domain/diagnosis/quadrant'
import type { DxCoding } from '../../shared/domain/diagnosis/input'
import type { ThemeGap } from '../../shared/domain/diagnosis/result'

const coding = (id: string, key: string, start: number, end: number, documentId = 'd1'): DxCoding => ({
  id,
  documentId,
  start,
  end,
  respondentId: 'r1',
  codeId: key,
  stance: 'SELF',
  target: null,
  valence: '0',
  intensity: null,
  flags: [],
  documentOrder: 0,
})
const ORDER = ['A', 'B', 'C']
const heat = (codings: DxCoding[]) => cooccurrence(codings, (id) => id, ORDER).counts

describe('co-occurrence: codes applied to overlapping words', () => {
  it('counts a pair of overlapping spans in both cells, whatever order the codings come in', () => {
    expect(heat([coding('x', 'B', 5, 15), coding('y', 'A', 0, 10)])).toEqual([
      [0, 1, 0],
      [1, 0, 0],
      [0, 0, 0],
    ])
  })

  it('counts a span inside another, and spans starting at the same character', () => {
    expect(heat([coding('x', 'A', 0, 20), coding('y', 'B', 5, 6), coding('z', 'C', 0, 3)])).toEqual([
      [0, 1, 1],
      [1, 0, 0],
      [1, 0, 0],
    ])
  })

  it('does not count spans that only touch (half-open), nor spans in different documents', () => {
    expect(heat([coding('x', 'A', 0, 5), coding('y', 'B', 5, 10)])).toEqual([
      [0, 0, 0],
      [0, 0, 0],
      [0, 0, 0],
    ])
    expect(heat([coding('x', 'A', 0, 5), coding('y', 'B', 0, 5, 'd2')])[0]).toEqual([0, 0, 0])
  })

  it('reads past a short span to a later one that still overlaps the long one', () => {
    // A [0, 30) overlaps B [2, 4) and C [20, 25); B and C do not overlap.
    expect(heat([coding('x', 'A', 0, 30), coding('y', 'B', 2, 4), coding('z', 'C', 20, 25)])).toEqual([
      [0, 1, 1],
      [1, 0, 0],
      [1, 0, 0],
    ])
  })

  it('leaves out a code with itself, codes outside the order, and a coding listed twice', () => {
    const x = coding('x', 'A', 0, 10)
    const counts = heat([x, coding('y', 'A', 2, 8), coding('z', 'Z', 0, 10), x, coding('w', 'B', 5, 9)])
    expect(counts).toEqual([
      [0, 2, 0],
      [2, 0, 0],
      [0, 0, 0],
    ])
  })

  it('pairs codings a coder made both of where two coded the same answer: A read as B by the other is a disagreement', () => {
    const coders = new Map([
      ['x', new Set(['claire'])],
      ['y', new Set(['antoine'])],
      ['z', new Set(['claire'])],
    ])
    const counts = cooccurrence(
      [coding('x', 'A', 0, 10), coding('y', 'B', 0, 10), coding('z', 'C', 5, 12)],
      (id) => id,
      ORDER,
      (id) => coders.get(id),
    ).counts
    expect(counts).toEqual([
      [0, 0, 1],
      [0, 0, 0],
      [1, 0, 0],
    ])
  })

  it('pairs twins kept from different coders when both coders made both (the diagnosis keeps one of each)', () => {
    // Both coders applied A and B on these words; the diagnosis kept Claire's A and Antoine's B.
    const both = new Set(['claire', 'antoine'])
    const counts = cooccurrence(
      [coding('x', 'A', 0, 10), coding('y', 'B', 0, 10)],
      (id) => id,
      ORDER,
      () => both,
    ).counts
    expect(counts[0]![1]).toBe(1)
  })

  it('returns the order it was given as its codes', () => {
    expect(cooccurrence([], (id) => id, ORDER)).toEqual({
      codes: ORDER,
      counts: [
        [0, 0, 0],
        [0, 0, 0],
        [0, 0, 0],
      ],
    })
  })
})

const row = (code: string, expressed: number | null, hypothesis: number | null, hypothesisCount = 1): ThemeGap => ({
  code,
  expressed,
  hypothesis,
  gap: expressed !== null && hypothesis !== null ? hypothesis - expressed : null,
  band: null,
  direction: null,
  indicative: false,
  expressedCount: 0,
  expressedN: 10,
  hypothesisCount,
  hypothesisN: 4,
  supporting: [],
  attributed: [],
})
const ROLES: Record<string, 'pragmatic' | 'relational'> = { REL1: 'relational', REL2: 'relational', PRA: 'pragmatic' }
const roleOf = (code: string) => ROLES[code] ?? null

describe('the tools-versus-belonging map', () => {
  it('places a group at mean relational minus mean pragmatic prevalence, said and attributed', () => {
    const points = quadrant(
      { employee: [row('REL1', 30, 100), row('REL2', 10, 50), row('PRA', 70, 25), row('OTHER', 90, 0)] },
      roleOf,
    )
    expect(points).toEqual([{ group: 'employee', expressed: 20 - 70, hypothesis: 75 - 25 }])
  })

  it('leaves out the rows without a figure on one side', () => {
    const points = quadrant({ manager: [row('REL1', 40, 60), row('REL2', null, null), row('PRA', 10, 20)] }, roleOf)
    expect(points).toEqual([{ group: 'manager', expressed: 30, hypothesis: 40 }])
  })

  it('gives no point to a group leadership attributed nothing to, or with one side missing', () => {
    expect(quadrant({ customer: [row('REL1', 40, 0, 0), row('PRA', 10, 0, 0)] }, roleOf)).toEqual([])
    expect(quadrant({ employee: [row('REL1', 40, 50)] }, roleOf)).toEqual([])
    expect(quadrant({ employee: [row('PRA', 40, 50)] }, roleOf)).toEqual([])
    expect(quadrant({ employee: [row('REL1', 40, null), row('PRA', 40, 50)] }, roleOf)).toEqual([])
    expect(quadrant({ employee: [row('REL1', null, 50), row('PRA', 40, 50)] }, roleOf)).toEqual([])
    expect(quadrant({ employee: [row('REL1', 40, 50), row('PRA', null, 50)] }, roleOf)).toEqual([])
  })

  it('places a group when at least one theme was attributed to it, in the order given', () => {
    const points = quadrant(
      {
        employee: [row('REL1', 40, 0, 0), row('PRA', 10, 25, 1)],
        customer: [row('REL1', 0, 50), row('PRA', 60, 0, 0)],
      },
      roleOf,
    )
    expect(points).toEqual([
      { group: 'employee', expressed: 30, hypothesis: -25 },
      { group: 'customer', expressed: -60, hypothesis: 50 },
    ])
  })
})
