import { describe, expect, it } from 'vitest'
import { closedAfterKey } from '../../shared/domain/closed-answer-keys'
import type { Question } from '../../shared/domain/guide'

const scale = (min: number, max: number): Question => ({
  id: '00000000-0000-4000-8000-000000000000',
  guideId: '00000000-0000-4000-8000-000000000001',
  key: null,
  position: 0,
  text: { fr: 'Utilité', en: 'Usefulness' },
  probes: { fr: [], en: [] },
  type: 'scale',
  options: { min, max },
  stance: 'SELF',
  target: null,
  expectedCodes: [],
})

const items = ['tools', 'answers', 'people'].map((key) => ({ key, label: { fr: key, en: key } }))
const ranking: Question = { ...scale(1, 5), type: 'ranking', options: { items } }
const choice: Question = { ...scale(1, 5), type: 'choice', options: { items, multiple: true, rankTop: 2 } }

describe('answering a closed question with keys', () => {
  it('chooses a point of a scale with its digit, 0 standing for 10 on a scale from 1 to 10', () => {
    expect(closedAfterKey(scale(1, 5), undefined, '4', false)).toEqual({ kind: 'scale', value: 4 })
    expect(closedAfterKey(scale(1, 5), undefined, '6', false)).toBeNull()
    expect(closedAfterKey(scale(1, 5), undefined, '0', false)).toBeNull()
    expect(closedAfterKey(scale(1, 10), undefined, '0', false)).toEqual({ kind: 'scale', value: 10 })
    expect(closedAfterKey(scale(0, 9), undefined, '0', false)).toEqual({ kind: 'scale', value: 0 })
    expect(closedAfterKey(scale(1, 5), undefined, 'a', false)).toBeNull()
  })

  it('ranks items in the order of their letters, a second press taking one out', () => {
    let v = closedAfterKey(ranking, undefined, 'b', false)!
    v = closedAfterKey(ranking, v, 'c', false)!
    v = closedAfterKey(ranking, v, 'a', false)!
    expect(v).toEqual({ kind: 'ranking', order: ['answers', 'people', 'tools'] })
    expect(closedAfterKey(ranking, v, 'c', false)).toEqual({ kind: 'ranking', order: ['answers', 'tools'] })
    expect(closedAfterKey(ranking, v, 'd', false)).toBeNull()
  })

  it('ticks with a letter and ranks with Shift, up to the top-N the question allows', () => {
    let v = closedAfterKey(choice, undefined, 'a', false)!
    v = closedAfterKey(choice, v, 'C', true)!
    v = closedAfterKey(choice, v, 'B', true)!
    v = closedAfterKey(choice, v, 'A', true)!
    expect(v).toEqual({ kind: 'choice', ticked: ['tools', 'people', 'answers'], ranked: ['people', 'answers'] })
    expect(closedAfterKey(choice, v, 'c', false)).toEqual({
      kind: 'choice',
      ticked: ['tools', 'answers'],
      ranked: ['answers'],
    })
  })
})
