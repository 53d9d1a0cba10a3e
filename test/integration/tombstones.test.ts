import path from 'node:path'
import Database from 'better-sqlite3-multiple-ciphers'
import { describe, expect, it } from 'vitest'
import { buildDemo } from '../../electron/core/demo/build-demo'
import { MIGRATIONS } from '../../electron/core/db/migrations'
import m14 from '../../electron/core/db/migrations/0014-tombstones'
import { migrate } from '../../electron/core/db/migrate'
import { openEngagementFile } from '../../electron/core/engagement/open-engagement'
import type { Engagement } from '../../electron/core/engagement/engagement'
import { MATCH_KEYS, rowKey } from '../../electron/core/merge/match-keys'
import { Session } from '../../electron/core/session'
import { tempDir, track } from '../helpers/temp-engagement'

const tombstones = (e: Engagement) =>
  e.db
    .prepare<[], { table_name: string; row_key: string; deleted_at: string; deleted_by: string | null }>(
      'SELECT * FROM tombstones ORDER BY table_name, row_key',
    )
    .all()

function demo(): Engagement {
  return track(buildDemo(path.join(tempDir(), 'demo.terrain'), 'en'))
}

describe('match keys', () => {
  it('declares every table of the schema, and each key is the table’s own primary key', () => {
    const e = demo()
    const tables = e.db
      .prepare<[], { name: string }>(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' AND name NOT LIKE '%fts%' AND name <> 'tombstones'",
      )
      .all()
      .map((t) => t.name)
      .sort()
    expect(Object.keys(MATCH_KEYS).sort()).toEqual(tables)
    for (const [table, key] of Object.entries(MATCH_KEYS)) {
      const pk = e.db
        .prepare<[string], { name: string }>('SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk')
        .all(table)
        .map((c) => c.name)
      if (key.kind === 'id') expect(pk, table).toEqual(['id'])
      if (key.kind === 'natural') expect(pk, table).toEqual(key.columns)
      // Every table with a key records its deletions.
      const triggers = e.db
        .prepare<[string], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?")
        .all(table)
        .map((t) => t.name)
      if (key.kind === 'id' || key.kind === 'natural')
        expect(triggers, table).toEqual(expect.arrayContaining([`${table}_tombstone`, `${table}_revived`]))
    }
  })
})

describe('tombstones', () => {
  it('records a deletion with when and by whom, cascades included, under the row’s match key', () => {
    const e = demo()
    const actor = e.coders.list()[1]!
    e.info.setActor(actor.id)
    const coding = e.db.prepare<[], Record<string, unknown>>('SELECT * FROM codings LIMIT 1').get()!
    const before = new Date().toISOString()
    e.codings.remove(String(coding.id))
    const [stone] = tombstones(e)
    expect(stone).toMatchObject({
      table_name: 'codings',
      row_key: rowKey(MATCH_KEYS.codings!, coding),
      deleted_by: actor.id,
    })
    expect(stone!.deleted_at >= before).toBe(true)
    // A document deleted takes its codings with it (a cascade): each is recorded.
    const doc = e.db
      .prepare<[], { id: string; n: number }>(
        'SELECT document_id AS id, count(*) AS n FROM codings GROUP BY document_id ORDER BY n DESC LIMIT 1',
      )
      .get()!
    e.db
      .prepare('DELETE FROM collective_evidence WHERE coding_id IN (SELECT id FROM codings WHERE document_id = ?)')
      .run(doc.id)
    e.db.prepare('DELETE FROM documents WHERE id = ?').run(doc.id)
    const stones = tombstones(e)
    expect(stones.filter((s) => s.table_name === 'codings')).toHaveLength(doc.n + 1)
    expect(stones.some((s) => s.table_name === 'documents' && s.row_key === doc.id)).toBe(true)
  })

  it('records a natural key as a JSON array, and a row put back (an undo) loses its tombstone', () => {
    const e = demo()
    e.reportChoices.setText('summary', 'en', 'Draft')
    e.db.prepare("DELETE FROM report_texts WHERE section = 'summary'").run()
    expect(tombstones(e).map((s) => [s.table_name, s.row_key])).toEqual([['report_texts', '["summary","en"]']])
    expect(rowKey(MATCH_KEYS.report_texts!, { section: 'summary', language: 'en' })).toBe('["summary","en"]')
    const coding = e.codings.get(e.db.prepare<[], { id: string }>('SELECT id FROM codings LIMIT 1').get()!.id)!
    e.db.prepare('DELETE FROM collective_evidence WHERE coding_id = ?').run(coding.id)
    e.codings.remove(coding.id)
    expect(tombstones(e).map((s) => s.table_name)).toContain('codings')
    e.codings.restore(coding)
    expect(tombstones(e).map((s) => s.table_name)).not.toContain('codings')
  })

  it('names the consultant working in the file when the app opens it', () => {
    const e = demo()
    const named = e.info.get().consultants[0]!
    e.close()
    const session = new Session({ dataDir: tempDir(), appVersion: 'test' })
    const opened = session.open(e.path)
    const actor = opened.db.prepare<[], { actor_id: string }>('SELECT actor_id FROM engagement').get()!.actor_id
    expect(opened.coders.get(actor)!.name).toBe(named)
    session.close()
  })

  it('comes to a file of version 13 with no tombstone and its rows as they were (migration 0014)', () => {
    const file = path.join(tempDir(), 'v13.terrain')
    const db = new Database(file)
    migrate(db, MIGRATIONS.slice(0, MIGRATIONS.indexOf(m14)))
    db.prepare(
      "INSERT INTO coders (id, name, created_at) VALUES ('00000000-0000-4000-8000-000000000001', 'Claire', '2026-01-01T00:00:00.000Z')",
    ).run()
    db.close()
    const e = track(openEngagementFile(file))
    expect(tombstones(e)).toEqual([])
    expect(e.coders.list().map((c) => c.name)).toEqual(['Claire'])
    e.db.prepare('DELETE FROM coders').run()
    expect(tombstones(e)).toEqual([
      expect.objectContaining({
        table_name: 'coders',
        row_key: '00000000-0000-4000-8000-000000000001',
        deleted_by: null,
      }),
    ])
  })
})
