import type { z } from 'zod'
import { RetrievalQuery, type RetrievalCountRow, type RetrievalCounts } from '../../../shared/api/retrieval'
import type { Group } from '../../../shared/domain/groups'
import type { Engagement } from '../engagement/engagement'
import type { CodeSet } from './code-sets'
import { matchingCodings } from './matching-codings'
import { listedCodes, queryScope } from './query-scope'

/**
 * Excerpts and distinct respondents by code and group, for the same filters as the list. A code's
 * row counts its excerpts that pass the filters and exclusions; in ALL mode, those that overlap
 * every other chosen code. The `all` row counts the excerpts the list shows.
 */
export function retrievalCounts(e: Engagement, input: z.input<typeof RetrievalQuery>): RetrievalCounts {
  const query = RetrievalQuery.parse(input)
  const scope = queryScope(e.db, query)
  const { chosen, excluded } = scope.sets
  const row = (anchor: CodeSet, overlapping: CodeSet[]) =>
    countRow(e, matchingCodings(query, anchor, overlapping, excluded))
  const listed = listedCodes(scope)
  return {
    codes: query.codeIds.map((codeId, n) => ({
      codeId,
      ...row(chosen[n]!, query.mode === 'all' ? chosen.filter((_, m) => m !== n) : []),
    })),
    all: row(listed.anchor, listed.overlapping),
  }
}

function countRow(e: Engagement, from: ReturnType<typeof matchingCodings>): RetrievalCountRow {
  // One span counts once however many codings it carries; it belongs to one respondent.
  const cells = e.db
    .prepare<Record<string, string>, { group_key: Group; excerpts: number; respondents: number }>(
      `SELECT group_key, count(*) AS excerpts, count(DISTINCT respondent) AS respondents
       FROM (SELECT r.group_key, r.id AS respondent ${from.sql} AND r.id IS NOT NULL
             GROUP BY c.document_id, c.start, c.end)
       GROUP BY group_key`,
    )
    .all(from.params)
  const byGroup: RetrievalCountRow['byGroup'] = {}
  for (const c of cells) byGroup[c.group_key] = { excerpts: c.excerpts, respondents: c.respondents }
  return {
    byGroup,
    total: {
      excerpts: cells.reduce((n, c) => n + c.excerpts, 0),
      respondents: cells.reduce((n, c) => n + c.respondents, 0),
    },
  }
}
