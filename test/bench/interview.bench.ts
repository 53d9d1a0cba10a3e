import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createEngagementFile } from '../../electron/core/engagement/create-engagement'
import { saveAnswer, startInterview } from '../../electron/core/interviews/live-interview'
import { AUTOSAVE_MS } from '../../shared/domain/autosave'
import { print, summarise } from './measure'

/**
 * The durable write of one edit of a live answer (the write path alone: one transaction,
 * synchronous=FULL), over 10,000 edits of a growing answer; and the autosave delay.
 */
export function run(): void {
  // Plain, then encrypted (SQLCipher 4: every page written is encrypted and authenticated).
  for (const passphrase of [undefined, 'bench passphrase, long enough']) typeAnswer(passphrase)
}

function typeAnswer(passphrase: string | undefined): void {
  const label = passphrase ? 'encrypted' : 'plain'
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'terrain-bench-interview-')), 'live.terrain')
  const e = createEngagementFile(file, { language: 'fr', passphrase })
  const r = e.respondents.add({ code: 'R01', group: 'employee' })
  const interview = startInterview(e, r.id)
  const questionId = e.guides.get(interview.guideId!)!.questions[1]!.id
  const edits = 10_000
  let text = ''
  const times: number[] = []
  for (let i = 0; i < edits; i++) {
    text += i % 7 === 6 ? ' ' : 'abcdefghij'[i % 10]!
    const t0 = process.hrtime.bigint()
    saveAnswer(e, interview.id, questionId, text)
    times.push(Number(process.hrtime.bigint() - t0) / 1e6)
  }
  e.close()
  const figure = summarise(
    'interview',
    `durable write of one edit of a growing answer, ${label}`,
    { edits, finalAnswerChars: text.length },
    times,
  )
  const sorted = [...times].sort((a, b) => a - b)
  print({ ...figure, ...{ p99Ms: Math.round(sorted[Math.ceil(0.99 * sorted.length) - 1]! * 1000) / 1000 } })
  process.stdout.write(
    `${JSON.stringify({ bench: 'interview', figure: 'longest delay between a keystroke and its write (the autosave debounce, stated)', debounceMs: AUTOSAVE_MS, worstCaseMs: AUTOSAVE_MS + Math.ceil(figure.p95Ms) })}\n`,
  )
  fs.rmSync(path.dirname(file), { recursive: true, force: true })
}
