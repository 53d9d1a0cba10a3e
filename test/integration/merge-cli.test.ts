import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { openEngagementFile } from '../../electron/core/engagement/open-engagement'
import { writePartedCopy } from '../../electron/core/merge/parted-copy'
import { terrain } from '../helpers/run-terrain'
import { fileHash, tempDir } from '../helpers/temp-engagement'
import { tick } from '../helpers/tick'

function passFile(dir: string, name: string, text: string): string {
  const f = path.join(dir, name)
  fs.writeFileSync(f, `${text}\n`)
  return f
}

/** A lead's engagement and a colleague's copy of it, parted now; each may hold its own passphrase. */
function leadAndColleague(passphrases?: { lead: string; colleague: string }) {
  const dir = tempDir()
  const lead = path.join(dir, 'lead.terrain')
  const leadPass = passphrases ? passFile(dir, 'lead.txt', passphrases.lead) : null
  const encrypt = leadPass ? ['--encrypt', '--passphrase-file', leadPass] : []
  expect(terrain(['demo', lead, '--lang', 'en', ...encrypt]).code).toBe(0)
  const e = openEngagementFile(lead, { passphrase: passphrases?.lead })
  const colleague = writePartedCopy(e, path.join(dir, 'colleague.terrain'), passphrases?.lead)
  e.close()
  tick()
  let colleaguePass: string | null = null
  if (passphrases && leadPass) {
    colleaguePass = passFile(dir, 'colleague.txt', passphrases.colleague)
    expect(
      terrain(['rekey', colleague, '--passphrase-file', leadPass, '--new-passphrase-file', colleaguePass]).code,
    ).toBe(0)
  }
  return { dir, lead, colleague, leadPass, colleaguePass }
}

describe('terrain merge', () => {
  it('previews without writing, merges, and refuses a conflict with the list of them (exit 2, nothing written)', () => {
    const { lead, colleague } = leadAndColleague()
    const c = openEngagementFile(colleague)
    c.respondents.add({ code: 'E93', group: 'customer' })
    const coding = c.db.prepare<[], { id: string }>('SELECT id FROM codings ORDER BY id LIMIT 1').get()!.id
    c.codings.update(coding, { memo: 'There' })
    c.close()

    const before = fileHash(lead)
    const preview = terrain(['merge', lead, colleague, '--preview', '--json'])
    expect(preview.code).toBe(0)
    expect(JSON.parse(preview.stdout)).toEqual([
      expect.objectContaining({
        written: false,
        tables: expect.objectContaining({ respondents: { added: 1, updated: 0, deleted: 0 } }),
      }),
    ])
    expect(preview.stderr).toContain('would bring: 1 added, 1 updated, 0 deleted')
    expect(fileHash(lead)).toBe(before)

    // The lead changed the same coding meanwhile: a conflict, listed; nothing of the colleague's file comes in.
    const l = openEngagementFile(lead)
    l.codings.update(coding, { memo: 'Here' })
    l.close()
    const refused = terrain(['merge', lead, colleague])
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain('Changed in both files: codings')
    expect(refused.stderr).toContain('--prefer target|source')
    const after = openEngagementFile(lead)
    expect(after.respondents.byCode('E93')).toBeUndefined()
    after.close()

    const merged = terrain(['merge', lead, colleague, '--prefer', 'target'])
    expect(merged.code).toBe(0)
    expect(merged.stderr).toContain('Merged colleague.terrain: 1 added')
    const done = openEngagementFile(lead)
    expect(done.respondents.byCode('E93')).toBeDefined()
    expect(done.codings.get(coding)!.memo).toBe('Here')
    done.close()

    expect(terrain(['merge', lead]).code).toBe(2)
    expect(terrain(['merge', lead, colleague, '--prefer', 'mine']).code).toBe(2)
  })

  it('opens each encrypted file with its own passphrase', () => {
    const { lead, colleague, leadPass, colleaguePass } = leadAndColleague({
      lead: 'the lead consultant secret',
      colleague: 'the second consultant secret',
    })
    const c = openEngagementFile(colleague, { passphrase: 'the second consultant secret' })
    c.respondents.add({ code: 'E94', group: 'employee' })
    c.close()
    const wrong = terrain([
      'merge',
      lead,
      colleague,
      '--passphrase-file',
      leadPass!,
      '--source-passphrase-file',
      leadPass!,
    ])
    expect(wrong.code).toBe(2)
    const r = terrain([
      'merge',
      lead,
      colleague,
      '--passphrase-file',
      leadPass!,
      '--source-passphrase-file',
      colleaguePass!,
    ])
    expect(r.code).toBe(0)
    const done = openEngagementFile(lead, { passphrase: 'the lead consultant secret' })
    expect(done.respondents.byCode('E94')).toBeDefined()
    expect(done.encrypted).toBe(true)
    done.close()
  })
})
