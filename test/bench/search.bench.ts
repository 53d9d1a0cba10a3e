import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { openEngagementFile } from '../../electron/core/engagement/open-engagement'
import { searchDocuments } from '../../electron/core/search/search-documents'
import { previewAutocode } from '../../electron/core/search/autocode'
import { measureAsync, measure, print } from './measure'
import { scaleEngagement } from './scale-engagement'

/** Search and autocoding previews on a 200-respondent engagement (a copy: the bench never writes). */
export async function run(): Promise<void> {
  const copy = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'terrain-bench-search-')), 'copy.terrain')
  fs.copyFileSync(scaleEngagement(200, 50_000), copy)
  const e = openEngagementFile(copy)
  const c = e.counts()
  const sizes = { documents: c.documents, codings: c.codings }
  const codeIds = [e.codebook.codes()[0]!.id]
  for (const query of ['team', 'manag*', '"the network"'])
    print(measure('search', `search ${query}`, sizes, 10, () => searchDocuments(e, { query })))
  print(
    await measureAsync('search', 'autocode preview: keywords, sentence scope', sizes, 5, () =>
      previewAutocode(e, { matcher: { kind: 'keywords', keywords: ['team', 'manag*'] }, scope: 'sentence', codeIds }),
    ),
  )
  print(
    await measureAsync('search', 'autocode preview: regex over every document (in a worker)', sizes, 5, () =>
      previewAutocode(e, { matcher: { kind: 'regex', pattern: 'customers? (say|ask)' }, scope: 'match', codeIds }),
    ),
  )
  e.close()
  fs.rmSync(path.dirname(copy), { recursive: true, force: true })
}
