import { describe, expect, it } from 'vitest'
import { descendantIds, relocate, treeOrder } from '../../shared/domain/code-tree'
import { keySegment, suggestCodeKey } from '../../shared/domain/code-key'

const families = [
  { id: 'F1', position: 0 },
  { id: 'F2', position: 1 },
]
const code = (id: string, familyId: string, parentId: string | null, position: number) => ({
  id,
  familyId,
  parentId,
  position,
})
// F1: A (with A1, A2 under it), B; F2: C.
const codes = [
  code('C', 'F2', null, 0),
  code('A2', 'F1', 'A', 5),
  code('B', 'F1', null, 3),
  code('A', 'F1', null, 1),
  code('A1', 'F1', 'A', 2),
]
const ids = (cs: { id: string }[]) => cs.map((c) => c.id)

describe('the codebook as a tree', () => {
  it('reads families in order, each one depth first, siblings by position', () => {
    expect(ids(treeOrder(families, codes))).toEqual(['A', 'A1', 'A2', 'B', 'C'])
    expect(descendantIds(codes, 'A')).toEqual(['A1', 'A2'])
  })

  it('moves a code with its sub-codes to another family, at an index, and renumbers', () => {
    const moved = relocate(families, codes, 'A', { familyId: 'F2', parentId: null, index: 0 })
    expect(ids(moved)).toEqual(['B', 'A', 'A1', 'A2', 'C'])
    expect(moved.map((c) => c.position)).toEqual([0, 1, 2, 3, 4])
    expect(moved.filter((c) => c.familyId === 'F2').map((c) => c.id)).toEqual(['A', 'A1', 'A2', 'C'])
  })

  it('nests a code under another, last among its sub-codes unless told', () => {
    expect(ids(relocate(families, codes, 'B', { familyId: 'F1', parentId: 'A' }))).toEqual(['A', 'A1', 'A2', 'B', 'C'])
    expect(ids(relocate(families, codes, 'B', { familyId: 'F1', parentId: 'A', index: 1 }))).toEqual([
      'A',
      'A1',
      'B',
      'A2',
      'C',
    ])
  })
})

describe('made-up code keys', () => {
  it('takes the first real word of the name in ASCII capitals, unique with a number', () => {
    expect(keySegment('Réunions inutiles')).toBe('REUNIONS')
    expect(keySegment('Le temps perdu')).toBe('TEMPS')
    expect(keySegment('???')).toBe('CODE')
    expect(suggestCodeKey('OUT', 'Meetings', ['OUT.MEETINGS', 'out.meetings2'])).toBe('OUT.MEETINGS3')
  })
})
