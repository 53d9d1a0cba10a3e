import type { AutocodeInput } from '../../../shared/api/search'
import { compilePattern } from '../../../shared/domain/search/autocode-pattern'
import { keywordList, keywordTerm } from '../../../shared/domain/search/search-query'
import type { CodingScope } from '../../../shared/domain/search/coding-scope'
import type { Group } from '../../../shared/domain/groups'
import type { DocumentKind } from '../../../shared/domain/interview'
import type { MessageKey, Params } from '../../../shared/i18n/translate'

/** The autocoding form as the consultant fills it in. */
export interface AutocodeRule {
  by: 'keywords' | 'regex'
  keywords: string
  pattern: string
  scope: CodingScope
  questionId: string
  group: Group | ''
  documentKind: DocumentKind | ''
  codeIds: string[]
}

export const EMPTY_RULE: AutocodeRule = {
  by: 'keywords',
  keywords: '',
  pattern: '',
  scope: 'sentence',
  questionId: '',
  group: '',
  documentKind: '',
  codeIds: [],
}

/** The rule as a contract input, or the message that says what to fix first. */
export function autocodeInput(
  rule: AutocodeRule,
  coderId: string | null,
): { input: AutocodeInput } | { problem: { key: MessageKey; params?: Params } } {
  let matcher: AutocodeInput['matcher']
  if (rule.by === 'keywords') {
    // A keyword of punctuation alone finds nothing: say so rather than send it.
    const keywords = keywordList(rule.keywords).filter((k) => keywordTerm(k) !== null)
    if (keywords.length === 0) return { problem: { key: 'autocode.noKeywords' } }
    matcher = { kind: 'keywords', keywords }
  } else {
    const compiled = compilePattern(rule.pattern)
    if (!compiled.ok)
      return { problem: { key: `autocode.problem.${compiled.problem}`, params: { detail: compiled.detail } } }
    matcher = { kind: 'regex', pattern: rule.pattern }
  }
  if (rule.codeIds.length === 0) return { problem: { key: 'codes.noneChosen' } }
  return {
    input: {
      matcher,
      scope: rule.scope,
      questionId: rule.questionId || null,
      group: rule.group || null,
      documentKind: rule.documentKind || null,
      codeIds: rule.codeIds,
      coderId: coderId ?? undefined,
    },
  }
}
