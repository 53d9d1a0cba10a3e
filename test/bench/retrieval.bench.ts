import { openEngagementFile } from '../../electron/core/engagement/open-engagement'
import { retrieveExcerpts } from '../../electron/core/retrieval/retrieve-excerpts'
import { retrievalCounts } from '../../electron/core/retrieval/retrieval-counts'
import { measure, print, type Figure } from './measure'
import { scaleEngagement } from './scale-engagement'

/** Retrieval on 200 respondents and 50,000 codings: the busiest code, two codes ANY and ALL, minus a third. */
export function run(): void {
  for (const f of retrievalFigures()) print(f)
}

/** The same figures on another engagement (the scale bench passes 1,000 respondents). */
export function retrievalFigures(file = scaleEngagement(200, 50_000)): Figure[] {
  const e = openEngagementFile(file)
  const counts = e.counts()
  const sizes = { respondents: counts.respondents, codings: counts.codings, documents: counts.documents }
  const [a, b, c] = e.db
    .prepare<[], { code_id: string }>('SELECT code_id FROM codings GROUP BY code_id ORDER BY count(*) DESC LIMIT 3')
    .all()
    .map((r) => r.code_id)
  const any = { codeIds: [a!, b!] }
  const all = { codeIds: [a!, b!], mode: 'all' as const, excludeCodeIds: [c!] }
  const figures = [
    measure('retrieval', 'first 500 excerpts of the busiest code', sizes, 10, () => {
      retrieveExcerpts(e, { query: { codeIds: [a!] }, limit: 500 })
    }),
    measure('retrieval', 'first 500 excerpts, two codes ANY', sizes, 10, () => {
      retrieveExcerpts(e, { query: any, limit: 500 })
    }),
    measure('retrieval', 'first 500 excerpts, two codes ALL, minus a third', sizes, 10, () => {
      retrieveExcerpts(e, { query: all, limit: 500 })
    }),
    measure('retrieval', 'counts by code and group, two codes ALL, minus a third', sizes, 10, () => {
      retrievalCounts(e, all)
    }),
  ]
  e.close()
  return figures
}
