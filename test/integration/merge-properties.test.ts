import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildDemo } from '../../electron/core/demo/build-demo'
import { SeededRandom } from '../../electron/core/demo/seeded-random'
import { engagementDiagnosis } from '../../electron/core/diagnosis/engagement-diagnosis'
import { openEngagementFile } from '../../electron/core/engagement/open-engagement'
import type { Engagement } from '../../electron/core/engagement/engagement'
import { mergeEngagementFile } from '../../electron/core/merge/merge-engagements'
import { writePartedCopy } from '../../electron/core/merge/parted-copy'
import { tempDir, track } from '../helpers/temp-engagement'
import { tick } from '../helpers/tick'

/** What one side did, to check after the merge that it is there. */
interface Done {
  respondents: string[]
  interviews: Map<string, string>
  added: string[]
  deleted: string[]
  valence: Map<string, string>
  renamed: Map<string, string>
  texts: Map<string, string>
}

/**
 * Random edits on one side: respondents and codings added, codings deleted and changed, codes
 * renamed, answers' texts extended, interviews' notes and places changed. Each side touches only the rows of its own parity (`side`),
 * so that no row is changed on both sides: the merge must then take everything, with no conflict.
 */
function edit(e: Engagement, side: 0 | 1, seed: number, steps: number): Done {
  const random = new SeededRandom(seed)
  const done: Done = {
    respondents: [],
    interviews: new Map(),
    added: [],
    deleted: [],
    valence: new Map(),
    renamed: new Map(),
    texts: new Map(),
  }
  const own = <T>(rows: T[]) => rows.filter((_, i) => i % 2 === side)
  const codings = own(
    e.db
      .prepare<[], { id: string }>('SELECT id FROM codings ORDER BY id')
      .all()
      .map((r) => r.id),
  )
  const codes = own(e.codebook.get().codes)
  const documents = own(
    e.db
      .prepare<[], { id: string }>("SELECT id FROM documents WHERE kind = 'answer' ORDER BY id")
      .all()
      .map((r) => r.id),
  )
  const interviews = own(e.interviews.list().map((i) => i.id))
  const coder = e.coders.list()[side]!
  for (let step = 0; step < steps; step++) {
    const what = random.int(0, 6)
    if (what === 6) {
      const id = random.pick(interviews)
      const notes = `Notes ${side ? 'B' : 'A'}${step}`
      e.interviews.update(id, { notes, place: random.pick(['Lyon', 'Lille', 'Visio']) })
      done.interviews.set(id, notes)
    } else if (what === 0) {
      const code = `${side ? 'B' : 'A'}${step}`
      e.respondents.add({ code, group: random.pick(['employee', 'manager', 'customer'] as const) })
      done.respondents.push(code)
    } else if (what === 1) {
      const doc = e.documents.get(random.pick(documents))!
      if (doc.text.length < 10) continue
      const start = random.int(0, doc.text.length - 6)
      const c = e.codings.add({
        documentId: doc.id,
        start,
        end: start + 5,
        codeId: random.pick(codes).id,
        coderId: coder.id,
        stance: 'SELF',
        target: null,
        valence: '0',
        intensity: null,
      })
      done.added.push(c.id)
    } else if (what === 2) {
      const id = codings.splice(random.int(0, codings.length - 1), 1)[0]!
      e.db.prepare('DELETE FROM collective_evidence WHERE coding_id = ?').run(id)
      e.codings.remove(id)
      done.deleted.push(id)
      done.valence.delete(id)
    } else if (what === 3) {
      const id = random.pick(codings)
      const valence = random.pick(['+', '-', '0'] as const)
      if (e.codings.get(id)!.valence === valence) continue
      e.codings.update(id, { valence })
      done.valence.set(id, valence)
    } else if (what === 4) {
      const code = random.pick(codes)
      const name = `${code.name.en} (${side ? 'B' : 'A'}${step})`
      e.db
        .prepare('UPDATE codes SET name_en = ?, updated_at = ? WHERE id = ?')
        .run(name, new Date().toISOString(), code.id)
      done.renamed.set(code.id, name)
    } else {
      const id = random.pick(documents)
      const text = `${e.documents.get(id)!.text} Ajout ${side}-${step}.`
      e.documents.setText(id, text)
      done.texts.set(id, text)
    }
  }
  return done
}

function expectAllOf(e: Engagement, done: Done): void {
  for (const code of done.respondents) expect(e.respondents.byCode(code), code).toBeDefined()
  for (const [id, notes] of done.interviews) expect(e.interviews.list().find((i) => i.id === id)!.notes).toBe(notes)
  for (const id of done.added) expect(e.codings.get(id), id).toBeDefined()
  for (const id of done.deleted) expect(e.codings.get(id), id).toBeUndefined()
  for (const [id, valence] of done.valence) expect(e.codings.get(id)?.valence, id).toBe(valence)
  for (const [id, name] of done.renamed) expect(e.codebook.code(id)!.name.en).toBe(name)
  for (const [id, text] of done.texts) expect(e.documents.get(id)!.text).toBe(text)
}

describe('merge, on random edits of two copies of one engagement', () => {
  const origin = () => track(buildDemo(path.join(tempDir(), 'origin.terrain'), 'en'))

  it.each([1, 2, 3])(
    'keeps every change of both sides, A+B as B+A, and changes nothing merged again (seed %i)',
    (seed) => {
      const a = origin()
      const bFile = writePartedCopy(a, path.join(tempDir(), 'b.terrain'))
      tick()
      const b = track(openEngagementFile(bFile))
      const doneA = edit(a, 0, seed, 40)
      const doneB = edit(b, 1, seed * 7919, 40)
      b.close()
      const aCopy = path.join(tempDir(), 'a-copy.terrain')
      a.db.prepare('VACUUM INTO ?').run(aCopy)
      const bCopy = path.join(tempDir(), 'b-copy.terrain')
      fs.copyFileSync(bFile, bCopy)

      const ab = mergeEngagementFile(a, bFile)
      expect(ab.conflicts).toEqual([])
      expectAllOf(a, doneA)
      expectAllOf(a, doneB)
      expect(a.db.pragma('integrity_check', { simple: true })).toBe('ok')
      expect(a.db.pragma('foreign_key_check')).toEqual([])

      const ba = track(openEngagementFile(bCopy))
      expect(mergeEngagementFile(ba, aCopy).conflicts).toEqual([])
      expectAllOf(ba, doneA)
      expectAllOf(ba, doneB)
      const diagnosis = JSON.stringify(engagementDiagnosis(a))
      expect(JSON.stringify(engagementDiagnosis(ba))).toBe(diagnosis)

      expect(mergeEngagementFile(a, bFile).tables).toEqual({})
      expect(JSON.stringify(engagementDiagnosis(a))).toBe(diagnosis)
    },
  )

  it('lists as a conflict every row changed on both sides, and writes none of them', () => {
    const a = origin()
    const bFile = writePartedCopy(a, path.join(tempDir(), 'b.terrain'))
    tick()
    const b = track(openEngagementFile(bFile))
    const random = new SeededRandom(11)
    const ids = e2(a)
    const both = random.sample(ids, 12)
    for (const id of both) {
      a.codings.update(id, { intensity: 1 })
      b.codings.update(id, { intensity: 3 })
    }
    b.close()
    const merged = mergeEngagementFile(a, bFile)
    expect(merged.written).toBe(false)
    expect(merged.conflicts.map((c) => c.key).sort()).toEqual([...both].sort())
    for (const id of both) expect(a.codings.get(id)!.intensity).toBe(1)
  })
})

const e2 = (e: Engagement) =>
  e.db
    .prepare<[], { id: string }>('SELECT id FROM codings ORDER BY id')
    .all()
    .map((r) => r.id)
