import path from 'node:path'
import { expect } from 'vitest'
import { createEngagementFile } from '../../electron/core/engagement/create-engagement'
import type { Engagement } from '../../electron/core/engagement/engagement'
import { openEngagementFile } from '../../electron/core/engagement/open-engagement'
import { fileHash, tempDir } from './temp-engagement'

/** One respondent and one planned interview, for a transcript to be imported into. */
export function withInterview(e: Engagement): void {
  const respondent = e.respondents.add({ code: 'R01', group: 'employee' })
  e.interviews.add({ respondentId: respondent.id, status: 'planned' })
}

/**
 * Runs `refused` on an engagement opened from a closed file (made with `fill`), expects it to
 * throw, closes the file and checks that its bytes are those it had before: a refusal writes
 * nothing. Returns the error.
 */
export function refusedLeavingFileIntact(
  refused: (e: Engagement) => unknown,
  fill?: (e: Engagement) => void,
  language: 'fr' | 'en' = 'en',
): unknown {
  const file = path.join(tempDir(), 'study.terrain')
  createEngagementFile(file, { language, client: 'Client', title: 'Study' }, fill).close()
  const before = fileHash(file)
  const e = openEngagementFile(file)
  let error: unknown
  try {
    refused(e)
  } catch (err) {
    error = err
  } finally {
    e.close()
  }
  expect(error, 'the call was refused').toBeDefined()
  expect(fileHash(file), 'the engagement file is byte-identical').toBe(before)
  return error
}
