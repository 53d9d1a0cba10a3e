import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { openEngagementFile } from '../../electron/core/engagement/open-engagement'
import { exportQdpx } from '../../electron/core/refi-qda/export-qdpx'
import { importQdpx } from '../../electron/core/refi-qda/import/import-qdpx'
import { unzipSync, zipSync } from 'fflate'
import { measure, print } from './measure'
import { scaleEngagement } from './scale-engagement'

/**
 * A REFI-QDA project of 200 respondents / 50,000 codings: exported, then imported into a new
 * engagement (as Terrain's own, its terrain/ data put back), and imported as any tool's project
 * would be (without terrain/), with the project's and the new file's sizes.
 */
export function run(): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'terrain-bench-qdpx-'))
  const e = openEngagementFile(scaleEngagement(200, 50_000))
  const c = e.counts()
  const sizes = { respondents: c.respondents, codings: c.codings }
  const project = path.join(dir, 'study.qdpx')
  const exported = measure('qdpx', 'export of the project', sizes, 3, () => {
    fs.rmSync(project, { force: true })
    exportQdpx(e, project, { origin: 'Terrain bench', allowNames: true })
  })
  print({ ...exported, sizes: { ...exported.sizes, bytes: fs.statSync(project).size } })
  e.close()
  // The same project as another tool would give it: no terrain/ folder.
  const files = unzipSync(fs.readFileSync(project))
  delete files['terrain/extras.json']
  const foreign = path.join(dir, 'foreign.qdpx')
  fs.writeFileSync(foreign, zipSync(files))
  let n = 0
  for (const [source, what] of [
    [project, 'import of the project into a new engagement (terrain/ put back)'],
    [foreign, "import of the project as any tool's (no terrain/)"],
  ] as const) {
    let target = ''
    const imported = measure(
      'qdpx',
      what,
      sizes,
      3,
      () => {
        target = path.join(dir, `back-${n++}.terrain`)
        importQdpx(target, source, { language: 'fr', groupVariable: 'Group' }).engagement.close()
      },
      1,
    )
    print({ ...imported, sizes: { ...imported.sizes, bytes: fs.statSync(target).size } })
  }
  fs.rmSync(dir, { recursive: true, force: true })
}
