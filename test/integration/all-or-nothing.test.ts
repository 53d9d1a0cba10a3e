import path from 'node:path'
import Database from 'better-sqlite3-multiple-ciphers'
import { describe, expect, it, vi } from 'vitest'
import { editDocument } from '../../electron/core/coding/edit-document'
import { importCodings } from '../../electron/core/import/import-codings'
import { COLUMNS } from '../../electron/core/import/columns'
import { migrate } from '../../electron/core/db/migrate'
import migrate0001 from '../../electron/core/db/migrations/0001-initial'
import { SCHEMA_VERSION } from '../../electron/core/db/migrations'
import { codedDocument } from '../helpers/coded-document'
import { csv, writeFile } from '../helpers/import-files'
import { tempDir, tempEngagement } from '../helpers/temp-engagement'

/** What a write that fails half-way throws: the disk, not the data, is at fault. */
const diskFull = () => new Error('disk full')

describe('every write is one transaction: all of it lands, or none', () => {
  it('keeps the text and every coding as they were when moving one of the codings through an edit fails', () => {
    const text = 'Je cherche l’élève. Personne ne sait où sont les dossiers.'
    const { e, d, ids } = codedDocument(text, ['l’élève', 'les dossiers'])
    const before = ids.map((id) => e.codings.get(id))

    const moveSpan = e.codings.moveSpan
    const moves = vi.spyOn(e.codings, 'moveSpan').mockImplementation((id, span) => {
      if (id === ids[1]) throw diskFull()
      moveSpan(id, span)
    })
    try {
      expect(() => editDocument(e, d.id, [{ from: 0, to: 0, insert: 'Bonjour. ' }])).toThrow('disk full')
      // The first coding had been moved when the second failed.
      expect(moves.mock.calls.map(([id]) => id)).toEqual(ids)
    } finally {
      moves.mockRestore()
    }

    expect(e.documents.get(d.id)!.text).toBe(text)
    expect(ids.map((id) => e.codings.get(id))).toEqual(before)
    expect(e.documents.search('Bonjour').map((h) => h.documentId)).toEqual([])
  })

  it('leaves no respondent, question, document or coding behind when an import fails at its last coding', () => {
    const e = tempEngagement()
    const question = 'What slows you down when you look for an answer?'
    const file = writeFile(
      'notes.csv',
      csv([
        [...COLUMNS],
        ['R01', 'employee', question, 'I find what I need, quickly.', 'OUT.FIND', 'SELF', '', '+', '2', 'Anne Martin'],
        [
          'R01',
          'employee',
          question,
          'Nobody knows where the files are.',
          'OUT.FIND',
          'SELF',
          '',
          '-',
          '',
          'Anne Martin',
        ],
      ]),
    )
    const before = e.counts()
    const guides = e.guides.list().map((g) => g.id)

    const add = e.codings.add
    let calls = 0
    const adds = vi.spyOn(e.codings, 'add').mockImplementation((...args) => {
      if (++calls === 2) throw diskFull()
      return add(...args)
    })
    try {
      expect(() => importCodings(e, file)).toThrow('disk full')
      expect(calls).toBe(2)
    } finally {
      adds.mockRestore()
    }

    expect(e.counts()).toEqual(before)
    expect(e.respondents.list().map((r) => r.code)).not.toContain('R01')
    expect(e.guides.list().map((g) => g.id)).toEqual(guides)
    // Nothing stands in the way of importing the same file again once the disk has room.
    expect(importCodings(e, file)).toMatchObject({ codings: 2, respondentsCreated: 1, questionsCreated: 1 })
  })

  it('leaves a new file at version 0 with no table when a later migration fails, so that it migrates again', () => {
    const db = new Database(path.join(tempDir(), 'new.sqlite'))
    const tables = () =>
      db
        .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .all()
        .map((t) => t.name)
    const failing = () => {
      throw diskFull()
    }
    try {
      expect(() => migrate(db, [migrate0001, failing])).toThrow('disk full')
      expect(db.pragma('user_version', { simple: true })).toBe(0)
      expect(tables()).toEqual([])
      expect(migrate(db)).toEqual({ from: 0, to: SCHEMA_VERSION })
      expect(tables()).toContain('codings')
    } finally {
      db.close()
    }
  })
})
