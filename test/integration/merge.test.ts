import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3-multiple-ciphers'
import { describe, expect, it } from 'vitest'
import { MIGRATIONS } from '../../electron/core/db/migrations'
import m15 from '../../electron/core/db/migrations/0015-replicas'
import { migrate } from '../../electron/core/db/migrate'
import { buildDemo } from '../../electron/core/demo/build-demo'
import { engagementDiagnosis } from '../../electron/core/diagnosis/engagement-diagnosis'
import { openEngagementFile } from '../../electron/core/engagement/open-engagement'
import type { Engagement } from '../../electron/core/engagement/engagement'
import { mergeEngagementFile } from '../../electron/core/merge/merge-engagements'
import { writePartedCopy } from '../../electron/core/merge/parted-copy'
import { editDocument } from '../../electron/core/coding/edit-document'
import { fileHash, tempDir, track } from '../helpers/temp-engagement'
import { tick } from '../helpers/tick'

function demo(): Engagement {
  return track(buildDemo(path.join(tempDir(), 'lead.terrain'), 'en'))
}

/** A colleague's copy of the engagement, parted from it now, open. */
function parted(e: Engagement, name = 'colleague.terrain'): Engagement {
  const file = writePartedCopy(e, path.join(tempDir(), name))
  tick()
  return track(openEngagementFile(file))
}

const firstCoding = (e: Engagement, offset = 0) =>
  e.codings.get(
    e.db.prepare<[number], { id: string }>('SELECT id FROM codings ORDER BY id LIMIT 1 OFFSET ?').get(offset)!.id,
  )!

describe('merging a colleague’s copy', () => {
  it('brings in what changed there and keeps what changed here; an absent row is not a deleted one', () => {
    const lead = demo()
    const colleague = parted(lead)
    // Here: a new respondent. There: a code renamed, a coding deleted, a coding added.
    lead.respondents.add({ code: 'E90', group: 'employee' })
    const code = lead.codebook.get().codes[0]!
    colleague.db
      .prepare("UPDATE codes SET name_en = 'Renamed there', updated_at = ? WHERE id = ?")
      .run(new Date().toISOString(), code.id)
    const gone = firstCoding(colleague)
    colleague.db.prepare('DELETE FROM collective_evidence WHERE coding_id = ?').run(gone.id)
    colleague.codings.remove(gone.id)
    const model = firstCoding(colleague, 3)
    const added = colleague.codings.add({
      documentId: model.documentId,
      start: 0,
      end: 3,
      codeId: model.codeId,
      coderId: model.coderId,
      stance: 'SELF',
      target: null,
      valence: '0',
      intensity: null,
    })
    // A row the colleague's file lacks with no tombstone (a package never had it) stays here.
    const kept = firstCoding(lead, 5)
    colleague.db.prepare('DELETE FROM collective_evidence WHERE coding_id = ?').run(kept.id)
    colleague.codings.remove(kept.id)
    colleague.db
      .prepare("DELETE FROM tombstones WHERE table_name IN ('codings', 'collective_evidence') AND row_key LIKE ?")
      .run(`%${kept.id}%`)
    colleague.close()

    const summary = mergeEngagementFile(lead, colleague.path)
    expect(summary.conflicts).toEqual([])
    expect(summary.written).toBe(true)
    expect(lead.codebook.code(code.id)!.name.en).toBe('Renamed there')
    expect(lead.codings.get(gone.id)).toBeUndefined()
    expect(lead.codings.get(added.id)).toBeDefined()
    expect(lead.codings.get(kept.id)).toBeDefined()
    expect(lead.respondents.byCode('E90')).toBeDefined()
    expect(lead.db.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(lead.db.pragma('foreign_key_check')).toEqual([])
    // The deletion keeps who made it and when.
    expect(
      lead.db.prepare("SELECT deleted_at FROM tombstones WHERE table_name = 'codings' AND row_key = ?").get(gone.id),
    ).toBeDefined()
    expect(fs.existsSync(summary.backup!)).toBe(true)
  })

  it('changes nothing the second time, and A+B gives the diagnosis B+A gives', () => {
    const lead = demo()
    const colleague = parted(lead)
    lead.respondents.add({ code: 'E91', group: 'manager' })
    const c = firstCoding(colleague, 7)
    colleague.codings.update(c.id, { valence: c.valence === '-' ? '+' : '-' })
    colleague.close()
    const leadCopy = path.join(tempDir(), 'lead-copy.terrain')
    lead.db.prepare('VACUUM INTO ?').run(leadCopy)
    const colleagueCopy = path.join(tempDir(), 'colleague-copy.terrain')
    fs.copyFileSync(colleague.path, colleagueCopy)

    expect(mergeEngagementFile(lead, colleague.path).written).toBe(true)
    const once = JSON.stringify(engagementDiagnosis(lead))
    const again = mergeEngagementFile(lead, colleague.path)
    expect(again.tables).toEqual({})
    expect(JSON.stringify(engagementDiagnosis(lead))).toBe(once)

    const other = track(openEngagementFile(colleagueCopy))
    expect(mergeEngagementFile(other, leadCopy).conflicts).toEqual([])
    expect(JSON.stringify(engagementDiagnosis(other))).toBe(once)
  })

  it('surfaces a coding changed on both sides, and a deletion against a change, writing nothing', () => {
    const lead = demo()
    const colleague = parted(lead)
    const both = firstCoding(lead, 1)
    lead.codings.update(both.id, { intensity: 1 })
    colleague.codings.update(both.id, { intensity: 3 })
    const deletedHere = firstCoding(lead, 2)
    lead.db.prepare('DELETE FROM collective_evidence WHERE coding_id = ?').run(deletedHere.id)
    lead.codings.remove(deletedHere.id)
    tick()
    colleague.codings.update(deletedHere.id, { memo: 'Changed there' })
    colleague.close()
    lead.db.pragma('wal_checkpoint(TRUNCATE)')
    const before = fileHash(lead.path)
    const summary = mergeEngagementFile(lead, colleague.path)
    expect(summary.written).toBe(false)
    expect(summary.conflicts.map((c) => [c.table, c.key, c.kind]).sort()).toEqual(
      [
        ['codings', both.id, 'bothChanged'],
        ['codings', deletedHere.id, 'deletedHere'],
      ].sort(),
    )
    expect(lead.codings.get(both.id)!.intensity).toBe(1)
    expect(fileHash(lead.path)).toBe(before)
    // The consultant takes the colleague's side for all of them: the change is kept, the coding comes back.
    const taken = mergeEngagementFile(lead, colleague.path, { prefer: 'source' })
    expect(taken.written).toBe(true)
    expect(lead.codings.get(both.id)!.intensity).toBe(3)
    expect(lead.codings.get(deletedHere.id)!.memo).toBe('Changed there')
  })

  it('never adds a second respondent E07 or a second code key: the name taken twice is a conflict', () => {
    const lead = demo()
    const colleague = parted(lead)
    lead.respondents.add({ code: 'E77', group: 'employee' })
    colleague.respondents.add({ code: 'e77', group: 'customer' })
    colleague.close()
    const summary = mergeEngagementFile(lead, colleague.path, { prefer: 'source' })
    expect(summary.written).toBe(false)
    expect(summary.conflicts).toEqual([
      expect.objectContaining({
        table: 'respondents',
        kind: 'sameName',
        source: expect.objectContaining({ code: 'e77' }),
      }),
    ])
  })

  it('refuses another study unless asked, and a preview writes nothing', () => {
    const lead = demo()
    const other = track(buildDemo(path.join(tempDir(), 'other.terrain'), 'en'))
    other.close()
    expect(() => mergeEngagementFile(lead, other.path)).toThrow(/another study/)
    const colleague = parted(lead)
    colleague.respondents.add({ code: 'E92', group: 'employee' })
    colleague.close()
    lead.db.pragma('wal_checkpoint(TRUNCATE)')
    const before = fileHash(lead.path)
    const preview = mergeEngagementFile(lead, colleague.path, { preview: true })
    expect(preview.tables.respondents).toEqual({ added: 1, updated: 0, deleted: 0 })
    expect(preview.written).toBe(false)
    expect(fileHash(lead.path)).toBe(before)
  })

  it('counts every differing row as a conflict between two copies made by hand (nothing says which side changed)', () => {
    const lead = demo()
    lead.close()
    const copy = path.join(tempDir(), 'by-hand.terrain')
    fs.copyFileSync(lead.path, copy)
    const a = track(openEngagementFile(lead.path))
    const b = track(openEngagementFile(copy))
    const c = firstCoding(b, 4)
    b.codings.update(c.id, { intensity: c.intensity === 2 ? 3 : 2 })
    b.close()
    expect(mergeEngagementFile(a, copy).conflicts).toEqual([
      expect.objectContaining({ key: c.id, kind: 'bothChanged' }),
    ])
  })
})

describe('migration 0015: each file knows itself', () => {
  it('gives a file of version 14 an identity of its own, no merge yet, its rows as they were', () => {
    const file = path.join(tempDir(), 'v14.terrain')
    const db = new Database(file)
    migrate(db, MIGRATIONS.slice(0, MIGRATIONS.indexOf(m15)))
    db.prepare(
      "INSERT INTO coders (id, name, created_at) VALUES ('00000000-0000-4000-8000-000000000001', 'Claire', '2026-01-01T00:00:00.000Z')",
    ).run()
    db.close()
    const e = track(openEngagementFile(file))
    expect(e.db.prepare('SELECT id, parted_from, parted_at FROM replica').get()).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{32}$/),
      parted_from: null,
      parted_at: null,
    })
    expect(e.db.prepare('SELECT count(*) AS n FROM merges').get()).toEqual({ n: 0 })
    expect(e.coders.list().map((c) => c.name)).toEqual(['Claire'])
  })
})

describe('a text edited on both sides', () => {
  it('keeps both sides’ codings, each on its own words in the kept text, or flagged for review', () => {
    const lead = demo()
    const doc = lead.db
      .prepare<[], { id: string }>(
        'SELECT document_id AS id FROM codings GROUP BY document_id HAVING count(*) >= 2 ORDER BY count(*) DESC LIMIT 1',
      )
      .get()!.id
    const colleague = parted(lead)
    // The lead adds words at the start; the colleague at the end, and codes words of the end.
    editDocument(lead, doc, [{ from: 0, to: 0, insert: 'Note de la consultante. ' }])
    const length = colleague.documents.get(doc)!.text.length
    editDocument(colleague, doc, [{ from: length, to: length, insert: ' Et voilà le fond du problème.' }])
    const text = colleague.documents.get(doc)!.text
    const any = colleague.codings.ofDocument(doc)[0]!
    const onTheirWords = colleague.codings.add({
      ...any,
      start: text.indexOf('le fond'),
      end: text.indexOf('le fond') + 'le fond'.length,
    })
    const onNewWords = colleague.codings.add({
      ...any,
      start: text.indexOf('Et voilà'),
      end: text.indexOf('Et voilà') + 'Et voilà'.length,
    })
    colleague.close()
    const merged = mergeEngagementFile(lead, colleague.path, { prefer: 'target' })
    expect(merged.written).toBe(true)
    const kept = lead.documents.get(doc)!.text
    expect(kept.startsWith('Note de la consultante.')).toBe(true)
    // Every coding of the document sits on its own words in the kept text, or is flagged.
    for (const c of lead.codings.ofDocument(doc)) {
      if (c.needsReview) continue
      expect(kept.slice(c.start, c.end), c.id).toBe(c.text)
    }
    // The colleague's words are not in the text kept: their codings are flagged, never moved onto other words.
    expect(lead.codings.get(onTheirWords.id)!.needsReview).toBe(true)
    expect(lead.codings.get(onNewWords.id)!.needsReview).toBe(true)
    // Taking the colleague's text instead puts the lead's codings on their words in it.
    const again = parted(lead, 'second.terrain')
    editDocument(again, doc, [{ from: 0, to: 0, insert: '» ' }])
    editDocument(lead, doc, [{ from: 0, to: 0, insert: '« ' }])
    again.close()
    expect(mergeEngagementFile(lead, again.path, { prefer: 'source' }).written).toBe(true)
    const theirs = lead.documents.get(doc)!.text
    expect(theirs.startsWith('» ')).toBe(true)
    for (const c of lead.codings.ofDocument(doc))
      if (!c.needsReview) expect(theirs.slice(c.start, c.end), c.id).toBe(c.text)
  })
})
