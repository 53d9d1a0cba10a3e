import { describe, expect, it } from 'vitest'
import { autocodeInput, EMPTY_RULE, keywordList } from '../../renderer/features/coding/autocode-rule'

const CODE = '6f1c1a8e-8a0b-4c86-9d5b-4a3a7f1e2b10'

describe('the autocoding form', () => {
  it('reads keywords one per line or separated by commas or semicolons', () => {
    expect(keywordList(' reseau, télétravail\n\nmanag* ;  ')).toEqual(['reseau', 'télétravail', 'manag*'])
  })

  it('says what to fix before anything is sent', () => {
    expect(autocodeInput({ ...EMPTY_RULE, codeIds: [CODE] }, null)).toEqual({ problem: { key: 'autocode.noKeywords' } })
    expect(autocodeInput({ ...EMPTY_RULE, keywords: '!!, ?', codeIds: [CODE] }, null)).toEqual({
      problem: { key: 'autocode.noKeywords' },
    })
    expect(autocodeInput({ ...EMPTY_RULE, keywords: 'reseau' }, null)).toEqual({ problem: { key: 'codes.noneChosen' } })
    expect(autocodeInput({ ...EMPTY_RULE, by: 'regex', pattern: 'a(', codeIds: [CODE] }, null)).toMatchObject({
      problem: { key: 'autocode.problem.invalid', params: { detail: expect.stringMatching(/Unterminated group/) } },
    })
  })

  it('sends a rule with its restrictions, empty ones as none', () => {
    expect(autocodeInput({ ...EMPTY_RULE, keywords: 'reseau', group: 'manager', codeIds: [CODE] }, CODE)).toEqual({
      input: {
        matcher: { kind: 'keywords', keywords: ['reseau'] },
        scope: 'sentence',
        questionId: null,
        group: 'manager',
        documentKind: null,
        codeIds: [CODE],
        coderId: CODE,
      },
    })
  })
})
