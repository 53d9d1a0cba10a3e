import type { Corpus, Excerpt } from './corpus'
import { SELF } from './corpus'
import { lt, percent } from './compare'
import { refOf, type ExecutionBand, type ExecutionMaturity } from './result'

/**
 * E. Execution maturity (0-4): use cases voiced by at least two groups; governance that measures
 * more than activity; a say-do gap felt by fewer than 20 % of employees; leaders more pragmatic
 * than idealist. A point whose codes were never coded scores 0; null when no EXE or DIR code was.
 */
export function executionMaturity(corpus: Corpus, indicative: boolean): ExecutionMaturity {
  const everyone = corpus.input.respondents.filter((r) => r.inPopulation)
  // Counts are capped; "at least one" and "from at least two groups" are not.
  const selfOf = (key: string, people = everyone) => people.flatMap((r) => corpus.capped(r.id, key, SELF))
  const anyOf = (key: string, people = everyone) => people.flatMap((r) => corpus.excerpts(r.id, key, SELF))
  const evidence: Excerpt[] = []

  const useCases = anyOf('EXE.UC')
  evidence.push(...useCases)
  const useCaseGroups = new Set(useCases.map((x) => corpus.respondent(x.respondentId)!.group))

  const governance = anyOf('EXE.GOV')
  const outcomeGovernance = governance.filter((x) =>
    x.codings.some((c) => corpus.keysOf(c.codeId).includes('EXE.GOV') && !c.flags.includes('activityOnly')),
  )
  evidence.push(...outcomeGovernance)

  const employees = corpus.population('employee')
  const gapShare = percent(
    employees.filter((r) => corpus.excerpts(r.id, 'EXE.GAP', SELF).length > 0).length,
    employees.length,
  )

  const leaders = corpus.population('leadership')
  const prag = selfOf('DIR.PRAG', leaders).length
  const ideal = selfOf('DIR.IDEAL', leaders).length

  const points = {
    useCases: point(corpus.everCoded('EXE.UC') && useCaseGroups.size >= 2),
    governance: point(corpus.everCoded('EXE.GOV') && outcomeGovernance.length > 0),
    sayDo: point(corpus.everCoded('EXE.GAP') && gapShare !== null && lt(gapShare, corpus.settings.execution.gapShare)),
    leadership: point(prag + ideal > 0 && prag >= ideal),
  }
  const fed = [...corpus.familyKeys('EXE'), ...corpus.familyKeys('DIR')].some((k) => corpus.everCoded(k))
  const value = fed ? points.useCases + points.governance + points.sayDo + points.leadership : null
  return {
    value,
    band: executionBand(value, corpus.settings.execution),
    indicative: value !== null && indicative,
    points,
    evidence: evidence.map(refOf),
  }
}

const point = (yes: boolean): 0 | 1 => (yes ? 1 : 0)

export function executionBand(
  value: number | null,
  t: { emergingAt: number; operationalAt: number },
): ExecutionBand | null {
  if (value === null) return null
  return value >= t.operationalAt ? 'operational' : value >= t.emergingAt ? 'emerging' : 'declarative'
}
