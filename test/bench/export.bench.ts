import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { buildDemo } from '../../electron/core/demo/build-demo'
import { openEngagementFile } from '../../electron/core/engagement/open-engagement'
import { buildDeliverable } from '../../electron/core/deliverables/export-deliverable'
import { DELIVERABLE_FORMATS } from '../../shared/report/deliverable-formats'
import type { Engagement } from '../../electron/core/engagement/engagement'
import { measureAsync, print } from './measure'
import { scaleEngagement } from './scale-engagement'

/** Each client format (deck, workbook, Word report) for the demo and for 200 respondents / 50,000 codings, with sizes. */
export async function run(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'terrain-bench-export-'))
  const studies: [string, Engagement][] = [
    ['demo', buildDemo(path.join(dir, 'demo.terrain'), 'fr')],
    ['200 respondents', openEngagementFile(scaleEngagement(200, 50_000))],
  ]
  for (const [name, e] of studies) {
    const c = e.counts()
    for (const format of DELIVERABLE_FORMATS) {
      let bytes = 0
      const figure = await measureAsync(
        'export',
        `${format} of the ${name} (report model included)`,
        { respondents: c.respondents, codings: c.codings },
        3,
        async () => {
          bytes = (await buildDeliverable(e, format, 'fr')).bytes.length
        },
      )
      print({ ...figure, sizes: { ...figure.sizes, bytes } })
    }
    e.close()
  }
  fs.rmSync(dir, { recursive: true, force: true })
}
