import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { SeededRandom } from '../../electron/core/demo/seeded-random'
import { openEngagementFile } from '../../electron/core/engagement/open-engagement'
import type { Engagement } from '../../electron/core/engagement/engagement'
import { mergeEngagementFile } from '../../electron/core/merge/merge-engagements'
import { writePartedCopy } from '../../electron/core/merge/parted-copy'
import { measure, print } from './measure'
import { scaleEngagement } from './scale-engagement'

const EDITS = 5_000

/**
 * 5,000 edits on one side of a 200-respondent / 50,000-coding engagement: codings changed,
 * deleted and added, each side on the codings of its own parity (no conflict), in one transaction.
 */
function diverge(e: Engagement, side: 0 | 1, seed: number): void {
  const random = new SeededRandom(seed)
  const ids = e.db
    .prepare<[], { id: string }>('SELECT id FROM codings ORDER BY id')
    .all()
    .map((r) => r.id)
    .filter((_, i) => i % 2 === side)
  const coder = e.coders.list()[0]!.id
  const codes = e.codebook.get().codes.map((c) => c.id)
  e.transaction(() => {
    for (let i = 0; i < EDITS; i++) {
      const what = random.int(0, 2)
      if (what === 0)
        e.codings.update(ids[random.int(0, ids.length - 1)]!, { valence: random.pick(['+', '-', '0'] as const) })
      else if (what === 1) {
        const id = ids.splice(random.int(0, ids.length - 1), 1)[0]!
        e.db.prepare('DELETE FROM collective_evidence WHERE coding_id = ?').run(id)
        e.codings.remove(id)
      } else {
        const model = e.codings.get(ids[random.int(0, ids.length - 1)]!)!
        e.codings.add({ ...model, start: model.start, end: model.end, codeId: random.pick(codes), coderId: coder })
      }
    }
  })
}

/** Two diverged copies of a large engagement merged: the median of three merges, with the sizes. */
export function run(): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'terrain-bench-merge-'))
  const origin = path.join(dir, 'a.terrain')
  fs.copyFileSync(scaleEngagement(200, 50_000), origin)
  const a = openEngagementFile(origin)
  const bFile = writePartedCopy(a, path.join(dir, 'b.terrain'))
  const b = openEngagementFile(bFile)
  diverge(a, 0, 1)
  diverge(b, 1, 2)
  b.close()
  const counts = a.counts()
  a.db.pragma('wal_checkpoint(TRUNCATE)')
  a.close()
  let n = 0
  let summary: ReturnType<typeof mergeEngagementFile> | null = null
  const figure = measure(
    'merge',
    'merge of two diverged copies (5,000 edits each), preview and backup included',
    { respondents: counts.respondents, codings: counts.codings },
    3,
    () => {
      const target = path.join(dir, `target-${n++}.terrain`)
      fs.copyFileSync(origin, target)
      const e = openEngagementFile(target)
      summary = mergeEngagementFile(e, bFile, { backupDir: dir })
      e.close()
    },
    0,
  )
  const s = summary as unknown as ReturnType<typeof mergeEngagementFile>
  print({
    ...figure,
    sizes: {
      ...figure.sizes,
      bytes: fs.statSync(origin).size,
      ...Object.fromEntries(Object.entries(s.tables.codings ?? {}).map(([k, v]) => [`codings ${k}`, v])),
      conflicts: s.conflicts.length,
    },
  })
  fs.rmSync(dir, { recursive: true, force: true })
}
