import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createEngagementFile } from '../../electron/core/engagement/create-engagement'
import { demoAnswers } from '../../electron/core/demo/demo-content'
import { SeededRandom } from '../../electron/core/demo/seeded-random'

export interface LongTranscript {
  file: string
  documentId: string
  chars: number
  codings: number
}

/**
 * An engagement holding one long transcript (speaker turns made of the demo's French answers) with
 * codings spread over it, some overlapping, written afresh in the temp folder.
 */
export function longTranscript(chars: number, codings: number): LongTranscript {
  const file = path.join(os.tmpdir(), `terrain-bench-transcript-${chars}c-${codings}k.terrain`)
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true })
  const e = createEngagementFile(file, { language: 'fr' })
  const rng = new SeededRandom(7)
  const fragments = Object.values(demoAnswers())
    .flat()
    .map((f) => f.fr)
  let text = ''
  for (let turn = 0; text.length < chars; turn++) {
    const speaker = turn % 2 === 0 ? 'Consultant' : 'R001'
    text += `${speaker} : ${rng.pick(fragments)} ${rng.pick(fragments)}\n`
  }
  text = text.slice(0, chars)
  const r = e.respondents.add({ code: 'R001', group: 'employee' })
  const coder = e.coders.add('Bench coder')
  const codes = e.codebook.codes()
  const doc = e.documents.add({ kind: 'transcript', respondentId: r.id, title: 'Entretien long', text })
  e.transaction(() => {
    for (let i = 0; i < codings; i++) {
      const start = Math.floor((i / codings) * (chars - 400)) + rng.int(0, 30)
      e.codings.add({
        documentId: doc.id,
        start,
        end: start + rng.int(20, 240),
        codeId: rng.pick(codes).id,
        coderId: coder.id,
        stance: 'SELF',
        target: null,
        valence: rng.pick(['+', '-', '0'] as const),
        intensity: null,
      })
    }
  })
  e.close()
  return { file, documentId: doc.id, chars: text.length, codings }
}
