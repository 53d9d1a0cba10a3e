import type { RetrievalQuery } from '../../../shared/api/retrieval'
import type { CodeSet } from './code-sets'

/** A FROM ... WHERE clause over codings `c` (with document `d`, interview `i`, question `q`, respondent `r`) and its parameters. */
export interface MatchingCodings {
  sql: string
  params: Record<string, string>
}

/**
 * The codings of `anchor` that pass the query's filters, that overlap (same document, shared
 * characters) a coding of every set in `overlapping`, and no coding of `excluded`. The coder
 * filter applies to the overlapping and excluded codings too: a query about one coder's work reads
 * only that coder's codings. SQLite does the filtering: codings_by_code finds the anchor codings,
 * codings_by_document(document_id, start) the overlapping ones.
 */
export function matchingCodings(
  q: RetrievalQuery,
  anchor: CodeSet,
  overlapping: readonly CodeSet[],
  excluded: CodeSet,
): MatchingCodings {
  const params: Record<string, string> = { anchor: JSON.stringify(anchor) }
  const where = ['c.code_id IN (SELECT value FROM json_each(@anchor))']
  const byCoder = q.coderIds.length > 0 ? ' AND o.coder_id IN (SELECT value FROM json_each(@coders))' : ''
  const overlap = (set: string) =>
    `EXISTS (SELECT 1 FROM codings o WHERE o.document_id = c.document_id AND o.start < c.end AND o.end > c.start
       AND o.code_id IN (SELECT value FROM json_each(@${set}))${byCoder})`
  if (q.coderIds.length > 0) {
    params.coders = JSON.stringify(q.coderIds)
    where.push('c.coder_id IN (SELECT value FROM json_each(@coders))')
  }
  overlapping.forEach((set, n) => {
    params[`with${n}`] = JSON.stringify(set)
    where.push(overlap(`with${n}`))
  })
  if (excluded.length > 0) {
    params.excluded = JSON.stringify(excluded)
    where.push(`NOT ${overlap('excluded')}`)
  }
  if (q.groups.length > 0) {
    params.groups = JSON.stringify(q.groups)
    where.push('r.group_key IN (SELECT value FROM json_each(@groups))')
  }
  if (q.stance) {
    params.stance = q.stance
    where.push('c.stance = @stance')
  }
  if (q.target) {
    params.target = q.target
    where.push('c.target = @target')
  }
  if (q.variable) {
    // Values are stored as JSON text (repositories/variables.ts), so compare the JSON of the value.
    params.variableId = q.variable.variableId
    params.variableValue = JSON.stringify(q.variable.value)
    where.push(`EXISTS (SELECT 1 FROM variable_values vv
       WHERE vv.respondent_id = r.id AND vv.variable_id = @variableId AND vv.value = @variableValue)`)
  }
  return {
    sql: `FROM codings c
      JOIN documents d ON d.id = c.document_id
      LEFT JOIN interviews i ON i.id = d.interview_id
      LEFT JOIN questions q ON q.id = d.question_id
      LEFT JOIN respondents r ON r.id = coalesce(d.respondent_id, i.respondent_id)
      WHERE ${where.join('\n AND ')}`,
    params,
  }
}
