import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createHash } from 'node:crypto'
import { afterEach } from 'vitest'
import { createEngagementFile } from '../../electron/core/engagement/create-engagement'
import type { Engagement } from '../../electron/core/engagement/engagement'
import { buildDemo } from '../../electron/core/demo/build-demo'

const dirs: string[] = []
const open: Engagement[] = []

afterEach(() => {
  for (const e of open.splice(0)) e.close()
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true })
})

/** A fresh folder, removed after the test. */
export function tempDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'terrain-test-'))
  dirs.push(d)
  return d
}

/** A real engagement file with the default codebook and guides, closed after the test. */
export function tempEngagement(language: 'fr' | 'en' = 'en'): Engagement {
  const e = createEngagementFile(path.join(tempDir(), 'study.terrain'), { language, client: 'Client', title: 'Study' })
  open.push(e)
  return e
}

/** Closes the engagement after the test (for ones opened by the test itself). */
export function track(e: Engagement): Engagement {
  open.push(e)
  return e
}

export function fileHash(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex')
}

/**
 * The demo with a verbatim picked for the report that names a respondent (their real name): what
 * the names gate must stop. Closed, so that the command line can open it.
 */
export function demoQuotingAName(lang: 'fr' | 'en'): { path: string; name: string } {
  const e = track(buildDemo(path.join(tempDir(), 'demo.terrain'), lang))
  const name = e.identities.realNames()[0]!
  const doc = e.documents.add({
    kind: 'notes',
    respondentId: e.respondents.list()[0]!.id,
    text: `Il faut demander à ${name}, elle sait tout.`,
  })
  e.reportChoices.setVerbatims('attention', [{ documentId: doc.id, start: 0, end: doc.text.length }])
  e.close()
  return { path: e.path, name }
}
