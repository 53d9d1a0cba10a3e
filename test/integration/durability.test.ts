import path from 'node:path'
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import Database from 'better-sqlite3-multiple-ciphers'
import { describe, expect, it } from 'vitest'
import { createEngagementFile } from '../../electron/core/engagement/create-engagement'
import { openEngagementFile } from '../../electron/core/engagement/open-engagement'
import { startInterview } from '../../electron/core/interviews/live-interview'
import { tempDir } from '../helpers/temp-engagement'
import { unlock } from '../../electron/core/db/cipher'

const WRITER = fileURLToPath(new URL('../helpers/answer-writer.ts', import.meta.url))

/** Runs the writer until a random moment after its first acknowledged write, then kills it (SIGKILL). */
function typeThenKill(
  file: string,
  interviewId: string,
  questionId: string,
  startAt: number,
  delayMs: number,
  passphrase: string | undefined,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, file, interviewId, questionId, String(startAt)], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...(passphrase ? { WRITER_PASSPHRASE: passphrase } : {}) },
    })
    let lastAck = startAt - 1
    let buffered = ''
    let armed = false
    let stderr = ''
    child.stderr.on('data', (d) => (stderr += d))
    child.stdout.on('data', (d: Buffer) => {
      buffered += d.toString()
      const lines = buffered.split('\n')
      buffered = lines.pop()!
      for (const l of lines) if (l.startsWith('ack ')) lastAck = Number(l.slice(4))
      if (!armed && lastAck >= startAt) {
        armed = true
        setTimeout(() => child.kill('SIGKILL'), delayMs)
      }
    })
    child.on('exit', (code, signal) =>
      signal === 'SIGKILL' ? resolve(lastAck) : reject(new Error(`writer exited ${code}: ${stderr}`)),
    )
  })
}

describe.each([
  ['a plain engagement', undefined],
  ['an encrypted engagement', 'correct horse battery staple'],
])('a live interview killed mid-answer, in %s', (_, passphrase) => {
  it('keeps every acknowledged write, and the file stays whole, kill after kill', async () => {
    const file = path.join(tempDir(), 'crash.terrain')
    const e = createEngagementFile(file, { language: 'fr', passphrase })
    const r = e.respondents.add({ code: 'R01', group: 'employee' })
    const interview = startInterview(e, r.id)
    const questionId = e.guides.get(interview.guideId!)!.questions[0]!.id
    e.close()

    let next = 1
    for (let round = 0; round < 12; round++) {
      const delay = Math.floor(Math.random() * 150)
      const acked = await typeThenKill(file, interview.id, questionId, next, delay, passphrase)
      // Check the file as it is on disk after the kill, before anything repairs it.
      const raw = new Database(file, { readonly: true })
      unlock(raw, passphrase)
      expect(raw.pragma('integrity_check', { simple: true })).toBe('ok')
      raw.close()
      const reopened = openEngagementFile(file, { passphrase })
      const text = reopened.documents.answerOf(interview.id, questionId)!.text
      reopened.close()
      // Every word acknowledged is there, in order; at most the write under way when killed is extra.
      const words = text.trim().split(' ')
      expect(words.slice(0, acked)).toEqual(Array.from({ length: acked }, (_, i) => `mot${i + 1}`))
      expect(words.length - acked).toBeLessThanOrEqual(1)
      next = words.length + 1
    }
    expect(next).toBeGreaterThan(12)
  }, 120_000)
})
