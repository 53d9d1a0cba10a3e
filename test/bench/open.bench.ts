import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { openEngagementFile } from '../../electron/core/engagement/open-engagement'
import { summarise } from '../../electron/core/engagement/summary'
import { measure, print } from './measure'
import { scaleEngagement } from './scale-engagement'
import { reencryptFile } from '../../electron/core/db/re-encrypt'

const PASSPHRASE = 'bench passphrase, long enough'

/** Opening a 200-respondent engagement as the app does, and loading its home screen's data. */
export function run(): void {
  const file = scaleEngagement(200, 50_000)
  const backupDir = fs.mkdtempSync(path.join(os.tmpdir(), 'terrain-bench-backups-'))
  const probe = openEngagementFile(file)
  const sizes = {
    respondents: probe.counts().respondents,
    documents: probe.counts().documents,
    codings: probe.counts().codings,
    fileBytes: fs.statSync(file).size,
  }
  probe.close()

  // The same engagement encrypted (SQLCipher 4: a key derivation on each connection, AES per page).
  const encrypted = path.join(backupDir, 'encrypted.terrain')
  fs.copyFileSync(file, encrypted)
  reencryptFile(encrypted, undefined, PASSPHRASE)
  for (const [label, f, passphrase] of [
    ['plain', file, undefined],
    ['encrypted', encrypted, PASSPHRASE],
  ] as const) {
    print(
      measure('open', `open (identity check, pragmas) + home screen data, ${label}`, sizes, 15, () => {
        const e = openEngagementFile(f, { passphrase })
        summarise(e)
        e.respondents.list()
        e.close()
      }),
    )
    print(
      measure('open', `open with the rotating session backup, as the app does, ${label}`, sizes, 8, () => {
        const e = openEngagementFile(f, { backupDir, passphrase })
        summarise(e)
        e.close()
      }),
    )
  }
  const e = openEngagementFile(file)
  print(
    measure('open', 'home screen data alone (summary, respondents, guides, codebook)', sizes, 30, () => {
      summarise(e)
      e.respondents.list()
      e.guides.list()
      e.codebook.get()
    }),
  )
  e.close()
  fs.rmSync(backupDir, { recursive: true, force: true })
}
