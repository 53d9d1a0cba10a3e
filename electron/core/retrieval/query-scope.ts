import type { Database } from 'better-sqlite3-multiple-ciphers'
import type { RetrievalQuery } from '../../../shared/api/retrieval'
import { fail } from '../../../shared/domain/terrain-error'
import { queryCodeSets, type CodeSet, type QueryCodeSets } from './code-sets'

/** The query checked against the file, its codes expanded. */
export interface QueryScope {
  query: RetrievalQuery
  sets: QueryCodeSets
}

/** Refuses filters that name what this file does not hold, so an empty result always means "nothing said". */
export function queryScope(db: Database, query: RetrievalQuery): QueryScope {
  const exists = (table: string, id: string) => db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id) !== undefined
  if (query.variable && !exists('variables', query.variable.variableId))
    fail('NOT_FOUND', `No variable ${query.variable.variableId} in this engagement: choose the variable again.`)
  for (const id of query.coderIds)
    if (!exists('coders', id)) fail('NOT_FOUND', `No coder ${id} in this engagement: choose the coders again.`)
  return { query, sets: queryCodeSets(db, query) }
}

/** The codings the result list is made of: any chosen code, or the first one overlapping all the others. */
export function listedCodes(scope: QueryScope): { anchor: CodeSet; overlapping: CodeSet[] } {
  const [first, ...others] = scope.sets.chosen
  return scope.query.mode === 'all'
    ? { anchor: first!, overlapping: others }
    : { anchor: [...new Set(scope.sets.chosen.flat())], overlapping: [] }
}
